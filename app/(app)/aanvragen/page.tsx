import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import { Pager } from '@/components/ui/pager';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { TermijnBadge } from '@/components/beschikking/termijn-badge';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { countNogVersturen } from '@/lib/server/beschikking/list-nog-versturen';
import { formatDatum } from '@/lib/domain/dates';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { AANVRAAG_STATUS_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { listAanvragen } from '@/lib/server/aanvraag/list-aanvragen';
import { parseAanvraagFilters, type AanvraagFilters } from '@/lib/validations/aanvraag';

export const metadata: Metadata = { title: 'Aanvragen' };

const FILTER = 'mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5';

function href(filters: AanvraagFilters, pagina: number) {
  const params = new URLSearchParams();
  if (filters.zoek) params.set('zoek', filters.zoek);
  if (filters.wet) params.set('wet', filters.wet);
  if (filters.termijn) params.set('termijn', filters.termijn);
  if (pagina > 1) params.set('pagina', String(pagina));
  const query = params.toString();
  return `/aanvragen${query ? `?${query}` : ''}`;
}

export default async function AanvragenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission('aanvraag:read');
  const filters = parseAanvraagFilters(await searchParams);
  const [result, nogVersturen] = await Promise.all([listAanvragen(actor, filters), can(actor, 'beschikking:draft') ? countNogVersturen(actor) : Promise.resolve(null)]);
  const t = result.tellingen;
  return (
    <>
      <PageHeader
        title="Aanvragen"
        description="Open aanvragen op volgorde van de wettelijke beslistermijn: Wmo 2015 twee weken, Jeugdwet en Participatiewet hooguit acht weken (Awb). Verlopen termijnen staan bovenaan; een opschorting schuift de datum op."
        actions={can(actor, 'aanvraag:behandelen') && <a href="/aanvragen/nieuw" className={buttonClasses('primary', 'no-underline')}>Schriftelijke aanvraag registreren</a>}
      />
      <StatGrid
        stats={[
          { label: 'Open aanvragen', value: t.open },
          { label: 'Termijn verlopen', value: t.verlopen, tone: t.verlopen ? 'danger' : undefined },
          { label: 'Nog 3 dagen of minder', value: t.bijnaVerlopen, tone: t.bijnaVerlopen ? 'warning' : undefined },
          { label: 'Opgeschort', value: t.opgeschort },
        ]}
      />
      {nogVersturen && (
        <Section title="Nog versturen" actions={<a href="/beschikkingen">Naar nog versturen</a>}>
          <p className="mb-3 text-slate-700">Vastgesteld, maar nog niet verstuurd: de bezwaartermijn begint pas als de brief de deur uit is.</p>
          <StatGrid
            stats={[
              { label: 'Beschikkingen nog versturen', value: nogVersturen.beschikkingen, tone: nogVersturen.beschikkingen ? 'warning' : undefined },
              { label: 'Toewijzingen nog versturen', value: nogVersturen.toewijzingen, tone: nogVersturen.toewijzingen ? 'warning' : undefined },
            ]}
          />
        </Section>
      )}
      <Section title="Wachtrij">
        <form method="get" action="/aanvragen" className="mb-4 flex flex-wrap items-end gap-4" role="search" aria-label="Aanvragen filteren">
          <div>
            <label htmlFor="filter-zoek" className="block text-sm font-semibold">Aanvraagnummer, achternaam of productcode</label>
            <input id="filter-zoek" name="zoek" defaultValue={filters.zoek ?? ''} placeholder="A-2026-000123" className={`${FILTER} w-64`} />
          </div>
          <div>
            <label htmlFor="filter-wet" className="block text-sm font-semibold">Wet</label>
            <select id="filter-wet" name="wet" defaultValue={filters.wet ?? ''} className={FILTER}>
              <option value="">Alle wetten</option>
              {(['WMO', 'JEUGDWET', 'PARTICIPATIEWET'] as const).map((w) => <option key={w} value={w}>{WET_LABELS[w]}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-termijn" className="block text-sm font-semibold">Termijn</label>
            <select id="filter-termijn" name="termijn" defaultValue={filters.termijn ?? ''} className={FILTER}>
              <option value="">Alle open aanvragen</option>
              <option value="verlopen">Termijn verlopen</option>
              <option value="opgeschort">Opgeschort</option>
            </select>
          </div>
          <button type="submit" className={buttonClasses('secondary')}>Filteren</button>
          {(filters.zoek || filters.wet || filters.termijn) && <a href="/aanvragen">Filters wissen</a>}
        </form>
        <DataTable
          caption="Aanvragen, vroegste uiterlijke beslisdatum eerst"
          rows={result.aanvragen}
          rowKey={(a) => a.id}
          empty={<EmptyState>{filters.zoek ? 'Geen aanvraag gevonden met deze zoekterm.' : 'Er zijn geen open aanvragen die aan deze filters voldoen.'}</EmptyState>}
          columns={[
            { header: 'Aanvraag', cell: (a) => <a href={`/aanvragen/${a.id}`} className="font-mono whitespace-nowrap">{a.nummer}</a> },
            { header: 'Inwoner', cell: (a) => a.inwoner },
            { header: 'Product', cell: (a) => <><span className="font-mono">{a.product.code}</span> {a.product.naam}</> },
            { header: 'Wet', cell: (a) => <span className="whitespace-nowrap">{WET_LABELS[a.wet]}</span> },
            { header: 'Ontvangen', cell: (a) => formatDatum(a.ontvangenOp) },
            {
              header: 'Uiterlijk beslissen',
              cell: (a) =>
                isOpenAanvraag(a.status) ? (
                  <>
                    <span className="termijn">
                      {formatDatum(a.termijn.uiterlijk)}
                      <TermijnBadge termijn={a.termijn} />
                      {a.verdaagd && <Badge tone="info">Verdaagd</Badge>}
                    </span>
                    <TermijnUitleg uitleg={a.termijn.uitleg} />
                  </>
                ) : (
                  '—'
                ),
            },
            {
              header: 'Status',
              cell: (a) => (
                <span className="badges">
                  <Badge tone={a.status === 'BESCHIKT' ? 'success' : 'neutral'}>{AANVRAAG_STATUS_LABELS[a.status]}</Badge>
                  {a.heeftConcept && <Badge tone="info">Concept-beschikking</Badge>}
                </span>
              ),
            },
          ]}
        />
        <Pager page={result.page} pages={result.pages} total={result.total} noun="aanvragen" href={(p) => href(filters, p)} />
      </Section>
    </>
  );
}
