import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Field, Input, Select } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { EmptyState } from '@/components/ui/page';
import { Pager } from '@/components/ui/pager';
import { DataTable } from '@/components/ui/table';
import { requirePartner } from '@/lib/auth/partner';
import { omvangTekst } from '@/lib/domain/beschikking';
import { formatDatum } from '@/lib/domain/dates';
import { leesPartnerToewijzingFilters, ZORG_STAND_LABELS, ZORG_STAND_PARAM, ZORG_STAND_VALUES, type PartnerToewijzingFilters } from '@/lib/domain/partner-toewijzingen';
import { getPartnerToewijzingen } from '@/lib/server/partner/get-partner-toewijzingen';

export const metadata: Metadata = { title: 'Toewijzingen' };

const href = (f: PartnerToewijzingFilters, pagina: number) => {
  const params = new URLSearchParams();
  if (f.zoek) params.set('zoek', f.zoek);
  if (f.stand) params.set('stand', ZORG_STAND_PARAM[f.stand]);
  if (pagina > 1) params.set('pagina', String(pagina));
  const q = params.toString();
  return q ? `/partner/toewijzingen?${q}` : '/partner/toewijzingen';
};

/**
 * Issue 22: an aanbieder's toewijzingen as a planner's worklist: 25 per page, not yet started first and then the oldest
 * ingangsdatum; each row opens the toewijzing, where start and stop of care are confirmed and a change is asked for.
 */
export default async function PartnerToewijzingenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const partner = await requirePartner();
  const filters = leesPartnerToewijzingFilters(await searchParams);
  const r = await getPartnerToewijzingen(partner, filters);
  return (
    <>
      <h1 className="text-3xl font-bold">Toewijzingen aan {partner.organisatieNaam}</h1>
      <p className="mt-2 text-slate-700">
        Open een toewijzing om door te geven wanneer de zorg begon of stopte, of om een wijziging te vragen. Werk je met berichtenverkeer (305, 307, 315 en 317)? Dan hoeft dat niet ook hier.
      </p>
      {!partner.aanbiederId ? (
        <EmptyState>Jouw organisatie is geen aanbieder met toewijzingen.</EmptyState>
      ) : (
        <>
          <p className="mt-4 flex flex-wrap gap-4">
            <Link href="/partner/verzoeken">Verzoeken aan de gemeente</Link>
            <Link href="/partner/verzoeken/nieuw">Nieuwe toewijzing aanvragen</Link>
          </p>
          <div className="mt-6">
            <FilterForm action="/partner/toewijzingen" hasErrors={false} columns={3}>
              <Field label="Zoeken" name="zoek" hint="Toewijzingnummer, BSN of naam van de cliënt">
                <Input type="search" defaultValue={filters.zoek ?? ''} />
              </Field>
              <Field label="Zorg" name="stand">
                <Select options={ZORG_STAND_VALUES.map((s) => ({ value: ZORG_STAND_PARAM[s], label: ZORG_STAND_LABELS[s] }))} placeholder="Alle toewijzingen" defaultValue={filters.stand ? ZORG_STAND_PARAM[filters.stand] : ''} />
              </Field>
            </FilterForm>
          </div>
          <div className="mt-6">
            <DataTable
              caption="Lopende toewijzingen: eerst die nog niet gestart zijn, dan de oudste ingangsdatum"
              rows={r.rijen}
              rowKey={(t) => t.id}
              empty={<EmptyState>{filters.zoek || filters.stand ? 'Geen toewijzingen die passen bij dit filter.' : 'Er lopen nu geen toewijzingen aan jouw organisatie.'}</EmptyState>}
              columns={[
                { header: 'Toewijzing', cell: (t) => <a href={`/partner/toewijzingen/${t.id}`} className="font-mono">{t.toewijzingNummer}</a> },
                { header: 'Cliënt', cell: (t) => t.persoon },
                { header: 'Product', cell: (t) => { const omvang = omvangTekst(t); return <>{t.productCode} {t.product}{omvang ? <span className="block text-slate-700">{omvang}</span> : null}</>; } },
                { header: 'Periode', cell: (t) => <>{formatDatum(t.ingangsdatum)}{t.einddatum ? ` tot en met ${formatDatum(t.einddatum)}` : ''}</> },
                {
                  header: 'Zorg',
                  cell: (t) => (
                    <Badge tone={t.stand === 'NIET_GESTART' ? 'warning' : t.stand === 'IN_ZORG' ? 'info' : 'neutral'}>
                      {t.stand === 'IN_ZORG' && t.lopendeLevering ? `In zorg sinds ${formatDatum(t.lopendeLevering.begindatum)}` : ZORG_STAND_LABELS[t.stand]}
                    </Badge>
                  ),
                },
              ]}
            />
          </div>
          <Pager page={r.page} pages={r.pages} total={r.total} noun="toewijzingen" href={(p) => href(filters, p)} />
        </>
      )}
    </>
  );
}
