import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { getActorGemeente, requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { KANAAL_VALUES, MELDING_STATUS_VALUES, type Kanaal } from '@/lib/domain/enums';
import { KANAAL_LABELS, MELDING_STATUS_LABELS } from '@/lib/domain/labels';
import { isOpen, meldingTermijn } from '@/lib/domain/melding';
import { normalizeKenmerk } from '@/lib/domain/nummering';
import { formatPostcode } from '@/lib/domain/postcode';
import { listMeldingen, type StatusFilter } from '@/lib/server/melding/list-meldingen';
import { isUuid } from '@/lib/domain/ids';
import { dagenGeleden } from '@/lib/domain/dagen-geleden';

export const metadata: Metadata = { title: 'Meldingen' };

type Search = { wijk?: string; kanaal?: string; status?: string; pagina?: string; kenmerk?: string };

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Nog te triëren' },
  { value: 'alle', label: 'Alle meldingen' },
  ...MELDING_STATUS_VALUES.map((s) => ({ value: s, label: MELDING_STATUS_LABELS[s] })),
];


function parseFilters(search: Search) {
  const status = STATUS_OPTIONS.some((o) => o.value === search.status) ? (search.status as StatusFilter) : 'open';
  const kanaal = (KANAAL_VALUES as readonly string[]).includes(search.kanaal ?? '') ? (search.kanaal as Kanaal) : undefined;
  const wijkId = isUuid(search.wijk) ? search.wijk : undefined;
  const pagina = Number.parseInt(search.pagina ?? '1', 10);
  const kenmerkInput = (search.kenmerk ?? '').slice(0, 40);
  const kenmerk = kenmerkInput.trim() ? (normalizeKenmerk(kenmerkInput) ?? kenmerkInput.trim().toUpperCase()) : undefined;
  // A kenmerk names one melding: look in every status.
  return { status: kenmerk ? ('alle' as const) : status, kanaal, wijkId, kenmerk, pagina: Number.isFinite(pagina) ? pagina : 1 };
}

export default async function MeldingenPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePagePermission('melding:read');
  const filters = parseFilters(await searchParams);
  const [result, gemeente] = await Promise.all([listMeldingen(actor, filters), getActorGemeente(actor)]);
  const { besluitdagen } = result;
  const today = new Date();
  // Once per row, for the two columns that show it.
  const termijnen = new Map(result.meldingen.map((m) => [m.id, meldingTermijn(m.ontvangenOp, today, besluitdagen, gemeente.onderzoekTermijnDagen)]));
  const href = (pagina: number) => {
    const params = new URLSearchParams();
    if (filters.wijkId) params.set('wijk', filters.wijkId);
    if (filters.kanaal) params.set('kanaal', filters.kanaal);
    if (filters.status !== 'open') params.set('status', filters.status);
    if (filters.kenmerk) params.set('kenmerk', filters.kenmerk);
    if (pagina > 1) params.set('pagina', String(pagina));
    const query = params.toString();
    return `/meldingen${query ? `?${query}` : ''}`;
  };
  return (
    <>
      <PageHeader
        title="Meldingen"
        description="Meldingen die nog getrieerd moeten worden staan bovenaan: urgent eerst, dan de oudste."
        actions={can(actor, 'melding:register') ? <a href="/meldingen/nieuw" className={buttonClasses('primary', 'no-underline')}>Melding registreren</a> : undefined}
      />
      <StatGrid
        stats={[
          { label: 'Nog te triëren', value: result.openCount },
          { label: 'Urgent', value: result.urgentCount, tone: result.urgentCount ? 'danger' : undefined },
        ]}
      />
      <Section title="Werkvoorraad meldingen">
        <form method="get" action="/meldingen" className="mb-4 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="filter-kenmerk" className="block text-sm font-semibold">Kenmerk</label>
            <input id="filter-kenmerk" name="kenmerk" defaultValue={filters.kenmerk ?? ''} placeholder="M-2026-000123" className="mt-1 w-40 rounded border-2 border-slate-700 bg-white px-2 py-1.5 font-mono" />
          </div>
          <div>
            <label htmlFor="filter-status" className="block text-sm font-semibold">Status</label>
            <select id="filter-status" name="status" defaultValue={filters.status} className="mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5">
              {STATUS_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-wijk" className="block text-sm font-semibold">Wijk</label>
            <select id="filter-wijk" name="wijk" defaultValue={filters.wijkId ?? ''} className="mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5">
              <option value="">Alle wijken</option>
              {result.wijken.map((w) => <option key={w.id} value={w.id}>{w.naam}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="filter-kanaal" className="block text-sm font-semibold">Kanaal</label>
            <select id="filter-kanaal" name="kanaal" defaultValue={filters.kanaal ?? ''} className="mt-1 rounded border-2 border-slate-700 bg-white px-2 py-1.5">
              <option value="">Alle kanalen</option>
              {KANAAL_VALUES.map((k) => <option key={k} value={k}>{KANAAL_LABELS[k]}</option>)}
            </select>
          </div>
          <button type="submit" className={buttonClasses('secondary')}>Filteren</button>
        </form>
        <DataTable
          caption="Meldingen"
          rows={result.meldingen}
          rowKey={(m) => m.id}
          empty={<EmptyState>Er zijn geen meldingen die aan deze filters voldoen.</EmptyState>}
          columns={[
            { header: 'Kenmerk', cell: (m) => <a href={`/meldingen/${m.id}`} className="font-mono">{m.kenmerk}</a> },
            { header: 'Over', cell: (m) => m.naam },
            { header: 'Kanaal', cell: (m) => KANAAL_LABELS[m.kanaal] },
            { header: 'Wijk', cell: (m) => m.wijk?.naam ?? (m.postcode ? formatPostcode(m.postcode) : '—') },
            { header: 'Ontvangen', cell: (m) => <>{formatDatum(m.ontvangenOp)}<span className="onder">{dagenGeleden(termijnen.get(m.id)!.dagenOud)}</span></> },
            {
              header: 'Onderzoek uiterlijk',
              cell: (m) => {
                const t = termijnen.get(m.id)!;
                const datum = <span title={t.uitleg}>{formatDatum(t.onderzoekUiterlijk)}</span>;
                if (!isOpen(m.status)) return datum;
                return <>{datum}{t.dagenOver < 0 ? <> <Badge tone="danger">Verlopen</Badge></> : t.dagenOver <= 7 ? <> <Badge tone="warning">Nog {t.dagenOver} dagen</Badge></> : null}</>;
              },
            },
            {
              header: 'Status',
              cell: (m) => (
                <span className="badges">
                  {m.urgent && isOpen(m.status) && <Badge tone="danger">Urgent</Badge>}
                  <Badge tone={isOpen(m.status) ? 'info' : 'neutral'}>{MELDING_STATUS_LABELS[m.status]}</Badge>
                </span>
              ),
            },
          ]}
        />
        <Pager page={result.page} pages={result.pages} total={result.total} noun="meldingen" href={href} />
      </Section>
    </>
  );
}
