import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { persoonNaam } from '@/lib/domain/gesprek';
import { ROL_LABELS } from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import type { Rol } from '@/lib/generated/prisma/enums';
import { getInzageGegevens, INZAGE_CATEGORIEEN } from '@/lib/server/inzage/inzage-gegevens';
import { inzageRegels } from '@/lib/server/inzage/inzage-pdf';
import { isUuid } from '@/lib/domain/ids';
import { auditLabel } from '@/lib/domain/audit-labels';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';

export const metadata: Metadata = { title: 'Inzage: overzicht' };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const VOORBEELDEN = 3;

export default async function InzageOverzichtPage({ params }: { params: Promise<{ persoonId: string }> }) {
  const actor = await requirePagePermission('inzage:export');
  const { persoonId } = await params;
  if (!isUuid(persoonId)) await refuseRead();
  const { gegevens } = await readOrRefuse(getInzageGegevens(actor, persoonId, { actie: 'INZAGE_BEKEKEN' }));
  const p = gegevens.persoon;
  const naam = persoonNaam(p);
  return (
    <>
      <PageHeader
        title={`Inzage: ${naam}`}
        description="Alles wat Wijkregie over deze persoon bewaart, per huishouden en per soort gegeven. Dit overzicht openen staat in het toegangslog met de reden inzageverzoek. Beoordeel voor je het afgeeft of er gegevens van anderen (melders, netwerk, huisgenoten) in staan die je moet afschermen."
        actions={
          <div className="flex flex-wrap gap-3">
            <a href={`/inzage/${p.id}/pdf`} download className={buttonClasses('primary')}>
              Download PDF voor de inwoner
            </a>
            <a href={`/inzage/${p.id}/json`} download className={buttonClasses('secondary')}>
              Download alle gegevens (JSON)
            </a>
          </div>
        }
      />
      <p className="mb-6">
        <Link href="/inzage">Andere persoon zoeken</Link>
      </p>
      <Section title="Persoonsgegevens">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Naam</dt>
          <dd>{naam}</dd>
          <dt className="font-semibold">BSN</dt>
          <dd>{p.bsn ?? '—'}</dd>
          <dt className="font-semibold">Geboortedatum</dt>
          <dd>{p.geboortedatum ? formatDatum(p.geboortedatum) : '—'}</dd>
          <dt className="font-semibold">Telefoon en e-mail</dt>
          <dd>{[p.telefoon, p.email].filter(Boolean).join(', ') || '—'}</dd>
        </dl>
      </Section>
      {gegevens.huishoudens.length === 0 && <EmptyState>Deze persoon hoort bij geen huishouden: er is geen dossier.</EmptyState>}
      {gegevens.huishoudens.map((h) => {
        const adres = `${h.huishouden.straat} ${h.huishouden.huisnummer}${h.huishouden.huisnummerToevoeging ? ` ${h.huishouden.huisnummerToevoeging}` : ''}, ${formatPostcode(h.huishouden.postcode)} ${h.huishouden.woonplaats}`;
        const rijen = INZAGE_CATEGORIEEN.map((c) => ({ ...c, regels: inzageRegels(c.key, h.categorieen[c.key]) }));
        return (
          <Section key={h.huishouden.id} title={`${h.huishouden.naam}, ${adres}`}>
            {h.huishouden.geanonimiseerdOp && (
              <p className="mb-3">
                <Badge tone="info">Geanonimiseerd op {formatDatum(h.huishouden.geanonimiseerdOp)}</Badge>
              </p>
            )}
            <StatGrid stats={rijen.filter((r) => ['meldingen', 'gesprekken', 'plannen', 'beschikkingen', 'documenten'].includes(r.key)).map((r) => ({ label: r.label, value: r.regels.length }))} />
            <DataTable
              caption={`Gegevens per soort: ${h.huishouden.naam}`}
              rows={rijen}
              rowKey={(r) => r.key}
              columns={[
                { header: 'Soort gegeven', cell: (r) => r.label },
                { header: 'Aantal', cell: (r) => r.regels.length, className: 'text-right' },
                {
                  header: 'Wat er staat',
                  cell: (r) =>
                    r.regels.length === 0 ? (
                      <span className="text-slate-600">Niets vastgelegd</span>
                    ) : (
                      <ul className="list-disc pl-5">
                        {r.regels.slice(0, VOORBEELDEN).map((regel, i) => (
                          <li key={i}>{regel}</li>
                        ))}
                        {r.regels.length > VOORBEELDEN && <li className="text-slate-600">en nog {r.regels.length - VOORBEELDEN} (zie de downloads)</li>}
                      </ul>
                    ),
                },
              ]}
            />
          </Section>
        );
      })}
      <Section title={`Toegangslog over deze persoon (${gegevens.toegangslog.length} regels)`}>
        <DataTable
          caption="Toegangslog, nieuwste eerst (de laatste 20)"
          rows={[...gegevens.toegangslog].reverse().slice(0, 20)}
          rowKey={(e) => e.id}
          empty={<EmptyState>Geen regels.</EmptyState>}
          columns={[
            { header: 'Wanneer', cell: (e) => dateTime.format(e.op) },
            { header: 'Functie', cell: (e) => (e.actorRol ? e.actorRol.split(',').map((r) => ROL_LABELS[r as Rol] ?? r).join(', ') : 'Systeem') },
            { header: 'Handeling', cell: (e) => (<><span className="block">{auditLabel(e.actie)}</span><span className="text-xs text-slate-600">{e.entiteit}</span></>) },
            { header: 'Reden', cell: (e) => (<>{e.breakTheGlass && <Badge tone="danger">Break the glass</Badge>} {e.context ?? '—'}</>) },
          ]}
        />
      </Section>
    </>
  );
}
