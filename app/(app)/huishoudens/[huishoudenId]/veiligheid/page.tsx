import type { Metadata } from 'next';
import { readDossier } from '@/components/dossier/read-dossier';
import { VeiligheidBadge } from '@/components/gesprek/veiligheid-badge';
import { RequestConsultForm, VeiligheidsanalyseForm } from '@/components/gesprek/veiligheid-forms';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { termStatus } from '@/lib/domain/deadlines';
import { CONSULT_SOORT_LABELS, CONSULT_STATUS_LABELS, VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { ANTWOORD_LABELS, VEILIGHEID_ADVIES, VEILIGHEID_CHECKLIST } from '@/lib/domain/veiligheid';
import { getVeiligheid } from '@/lib/server/veiligheid/get-veiligheid';
import { recordVeiligheidsanalyseAction, requestConsultAction } from './actions';

export const metadata: Metadata = { title: 'Veiligheid' };

export default async function VeiligheidPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const data = await readDossier(getVeiligheid(actor, huishoudenId));
  if (!data) return null; // refused: the dossier layout shows why, with break the glass
  const today = new Date();
  const mayWrite = can(actor, 'veiligheid:write');
  const niveau = data.casus?.veiligheid ?? 'GEEN_ZORGEN';
  const openVeiligheid = data.consulten.filter((c) => c.soort === 'VEILIGHEID' && c.status !== 'AFGEROND');

  return (
    <>
      <div className="mb-6">
        <h2 className="flex flex-wrap items-center gap-3 text-xl font-bold text-slate-900">
          Veiligheid <VeiligheidBadge niveau={niveau} />
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Veiligheid speelt in elke fase. Doe de veiligheidsanalyse bij het eerste gesprek en opnieuw bij nieuwe signalen. Bij twijfel,
          risico of acuut gevaar wordt de gedragswetenschapper ingeschakeld.
        </p>
      </div>

      {/* One warning (issue 16 item 13): the dossier header above already warns about the level; here its advice and
          the open consult are plain text, not two more alerts saying the same. */}
      {(niveau !== 'GEEN_ZORGEN' || openVeiligheid.length > 0) && (
        <div className="mb-6 max-w-3xl rounded border border-slate-200 bg-white p-4 text-slate-800">
          {niveau !== 'GEEN_ZORGEN' && <p>{VEILIGHEID_ADVIES[niveau]}</p>}
          {openVeiligheid.length > 0 && (
            <p className={niveau !== 'GEEN_ZORGEN' ? 'mt-2' : undefined}>
              Het veiligheidsconsult staat open: de casus kan niet worden afgesloten tot de gedragswetenschapper het heeft beantwoord
              (uiterlijk {formatDatum(openVeiligheid[0].uiterlijkOp)}).
            </p>
          )}
        </div>
      )}

      <Section title="Consulten">
        <DataTable
          caption="Consulten bij de gedragswetenschapper en adviesvragen aan ketenpartners"
          rows={data.consulten}
          rowKey={(c) => c.id}
          empty={<EmptyState>Er zijn geen consulten voor dit huishouden.</EmptyState>}
          columns={[
            { header: 'Soort', cell: (c) => (c.adviseur ? <>Advies van ketenpartner<span className="block text-sm text-slate-600">{c.adviseur}</span></> : CONSULT_SOORT_LABELS[c.soort]) },
            { header: 'Aangevraagd', cell: (c) => <>{formatDatum(c.createdAt)}<span className="block text-sm text-slate-600">door {c.aangevraagdDoor}</span></> },
            {
              header: 'Uiterlijk',
              cell: (c) => (
                <span className="flex flex-wrap items-center gap-2">
                  {formatDatum(c.uiterlijkOp)}
                  {c.status !== 'AFGEROND' && termStatus(c.uiterlijkOp, today) === 'OVERDUE' && <Badge tone="danger">Te laat</Badge>}
                </span>
              ),
            },
            { header: 'Status', cell: (c) => <Badge tone={c.status === 'AFGEROND' ? 'success' : 'warning'}>{CONSULT_STATUS_LABELS[c.status]}</Badge> },
            { header: 'Advies', cell: (c) => (c.advies ? <><span className="whitespace-pre-line">{c.advies}</span><span className="block text-sm text-slate-600">{c.adviseur ?? c.gedragswetenschapper}, {c.adviesOp ? formatDatum(c.adviesOp) : c.afgerondOp ? formatDatum(c.afgerondOp) : ''}</span></> : '—') },
          ]}
        />
        {mayWrite && data.casus && (
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-brand-800">Zelf een consult aanvragen (niet-pluis, meedenken)</summary>
            <div className="mt-3 max-w-2xl">
              <RequestConsultForm action={requestConsultAction} huishoudenId={huishoudenId} />
            </div>
          </details>
        )}
      </Section>

      {mayWrite && data.casus && (
        <Section title="Veiligheidsanalyse">
          <p className="mb-4 max-w-3xl text-slate-700">
            De standaardlijst van de gemeente, naar de meldcode huiselijk geweld en kindermishandeling. Beantwoord elke vraag; bij twijfel
            kies je &lsquo;Weet ik niet&rsquo;.
          </p>
          <VeiligheidsanalyseForm action={recordVeiligheidsanalyseAction} huishoudenId={huishoudenId} />
        </Section>
      )}
      {mayWrite && !data.casus && <p className="mb-6 text-slate-700">Er is geen open casus: een nieuwe veiligheidsanalyse kan pas als de casus weer open is.</p>}

      <Section title="Eerdere veiligheidsanalyses">
        {data.analyses.length === 0 ? (
          <EmptyState>Er is nog geen veiligheidsanalyse gedaan.</EmptyState>
        ) : (
          <ol className="grid gap-4">
            {data.analyses.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 p-4">
                <p className="flex flex-wrap items-center gap-2 font-semibold">
                  {formatDatum(a.op)} · {a.door} <VeiligheidBadge niveau={a.niveau} />
                </p>
                {a.toelichting && <p className="mt-2 whitespace-pre-line">{a.toelichting}</p>}
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-800">Antwoorden</summary>
                  <dl className="mt-2 grid gap-1 text-sm">
                    {VEILIGHEID_CHECKLIST.map((item) => (
                      <div key={item.code} className="grid gap-2 sm:grid-cols-[1fr_8rem]">
                        <dt>{item.vraag}</dt>
                        <dd className="font-semibold">{a.antwoorden.antwoorden?.[item.code] ? ANTWOORD_LABELS[a.antwoorden.antwoorden[item.code]] : '—'}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
