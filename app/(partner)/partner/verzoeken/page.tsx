import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { DataTable } from '@/components/ui/table';
import { requirePartner } from '@/lib/auth/partner';
import { formatDatum } from '@/lib/domain/dates';
import { VERZOEK_KANAAL_LABELS } from '@/lib/domain/labels';
import { PARTNER_VERZOEK_STATUS_LABELS } from '@/lib/domain/partner-toewijzingen';
import { REDEN_AFWIJZING_VERZOEK } from '@/lib/iwmo/inkomend';
import { getPartnerVerzoeken } from '@/lib/server/partner/get-partner-verzoeken';

export const metadata: Metadata = { title: 'Verzoeken' };

/** Issue 22 item 4: the organisation's verzoeken om toewijzing of wijziging, with the gemeente's answer. */
export default async function PartnerVerzoekenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const partner = await requirePartner();
  const search = await searchParams;
  const pagina = Number.parseInt(typeof search.pagina === 'string' ? search.pagina : '1', 10);
  const r = await getPartnerVerzoeken(partner, Number.isFinite(pagina) ? pagina : 1);
  return (
    <>
      <h1 className="text-3xl font-bold">Verzoeken aan de gemeente</h1>
      <p className="mt-2 text-slate-700">Wat jouw organisatie vroeg om een nieuwe of gewijzigde toewijzing, hier of met berichtenverkeer (315 en 317), en wat de gemeente antwoordde. De gemeente antwoordt binnen 5 werkdagen.</p>
      {!partner.aanbiederId ? (
        <EmptyState>Jouw organisatie is geen aanbieder met toewijzingen.</EmptyState>
      ) : (
        <>
          <p className="mt-4 flex flex-wrap gap-4">
            <a href="/partner/verzoeken/nieuw">Nieuwe toewijzing aanvragen</a>
            <a href="/partner/toewijzingen">Naar de toewijzingen</a>
          </p>
          <div className="mt-6">
            <DataTable
              caption="Verzoeken, nieuwste eerst"
              rows={r.rijen}
              rowKey={(v) => v.id}
              empty={<EmptyState>Jouw organisatie heeft nog niets gevraagd.</EmptyState>}
              columns={[
                { header: 'Gevraagd op', cell: (v) => formatDatum(v.ontvangenOp) },
                { header: 'Verzoek', cell: (v) => <>{v.soort === 'TOEWIJZING' ? 'Nieuwe toewijzing' : 'Wijziging'} <span className="font-mono">{v.referentieAanbieder}</span><span className="block text-slate-700">{VERZOEK_KANAAL_LABELS[v.kanaal]}{v.ingediendDoor ? ` door ${v.ingediendDoor.naam}` : ''}</span></> },
                { header: 'Cliënt', cell: (v) => v.client ?? `BSN ${v.bsn}` },
                { header: 'Motivatie', cell: (v) => (v.motivatie ? <span className="whitespace-pre-line">{v.motivatie}</span> : '—') },
                {
                  header: 'Antwoord van de gemeente',
                  cell: (v) =>
                    v.status === 'OPEN' ? (
                      <>{PARTNER_VERZOEK_STATUS_LABELS.OPEN} <span className="block text-slate-700">uiterlijk {formatDatum(v.uiterlijkOp)}</span></>
                    ) : v.status === 'TOEGEWEZEN' ? (
                      <><Badge tone="success">{PARTNER_VERZOEK_STATUS_LABELS.TOEGEWEZEN}</Badge>{v.beantwoordOp && <span className="block text-slate-700">op {formatDatum(v.beantwoordOp)}</span>}</>
                    ) : (
                      <>
                        <Badge tone="danger">{PARTNER_VERZOEK_STATUS_LABELS.AFGEWEZEN}</Badge>
                        {v.redenAfwijzing && <span className="block">{REDEN_AFWIJZING_VERZOEK[v.redenAfwijzing] ?? v.redenAfwijzing}</span>}
                        {v.beantwoordOp && <span className="block text-slate-700">op {formatDatum(v.beantwoordOp)}</span>}
                      </>
                    ),
                },
              ]}
            />
          </div>
          <Pager page={r.page} pages={r.pages} total={r.total} noun="verzoeken" href={(p) => (p > 1 ? `/partner/verzoeken?pagina=${p}` : '/partner/verzoeken')} />
        </>
      )}
    </>
  );
}
