import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatEuroCent, isActiefOp } from '@/lib/domain/catalogus';
import { formatDatumKort, toCalendarDay } from '@/lib/domain/dates';
import { WET_VALUES, type Wet } from '@/lib/domain/enums';
import { EENHEID_LABELS, FREQUENTIE_LABELS, isEenheid, isFrequentie, WET_LABELS } from '@/lib/domain/labels';
import { listProducten } from '@/lib/server/beheer/list-producten';

export const metadata: Metadata = { title: 'Producten · Beheer' };

export default async function ProductenPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const params = await searchParams;
  const wet = (WET_VALUES as readonly string[]).includes(params.wet ?? '') ? (params.wet as Wet) : null;
  const producten = await listProducten(actor, { wet });
  const today = toCalendarDay(new Date());
  const status = (p: { actiefVan: Date; actiefTot: Date | null }) =>
    isActiefOp({ van: p.actiefVan, tot: p.actiefTot }, today) ? (
      <Badge tone="success">Actief</Badge>
    ) : p.actiefVan > today ? (
      <Badge tone="info">Toekomstig</Badge>
    ) : (
      <Badge>Verlopen</Badge>
    );
  return (
    <>
      <PageHeader
        title="Productcatalogus"
        description="Maatwerkproducten per wet met hun iWmo/iJw-code, eenheid, frequentie, leveringsvormen, tarief en looptijd. Wat actief is, staat in het plan en bij de beschikking als keuze."
        actions={
          <>
            <Link href="/beheer/producten/nieuw" className={buttonClasses('primary', 'no-underline')}>
              Nieuw product
            </Link>
            <Link href="/beheer/producten/import" className={buttonClasses('secondary', 'no-underline')}>
              Importeren (CSV)
            </Link>
            <a href="/beheer/producten/export" className={buttonClasses('secondary', 'no-underline')} download>
              Exporteren (CSV)
            </a>
          </>
        }
      />
      {params.nieuw !== undefined && (
        <Alert variant="success" title="De catalogus is ingelezen.">
          {params.nieuw} nieuw, {params.gewijzigd ?? 0} gewijzigd.
        </Alert>
      )}
      <nav aria-label="Filter op wet" className="mb-4 flex flex-wrap gap-2">
        {[{ value: null, label: 'Alle wetten' }, ...WET_VALUES.map((w) => ({ value: w, label: WET_LABELS[w] }))].map((f) => (
          <Link
            key={f.label}
            href={f.value ? `/beheer/producten?wet=${f.value}` : '/beheer/producten'}
            aria-current={wet === f.value ? 'page' : undefined}
            className={`rounded border px-3 py-1 font-semibold no-underline ${wet === f.value ? 'border-brand-700 bg-brand-700 text-white hover:text-white' : 'border-slate-300 bg-white'}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <Section title={`${producten.length} ${producten.length === 1 ? 'product' : 'producten'}`}>
        <DataTable
          caption="Producten"
          rows={producten}
          rowKey={(p) => p.id}
          empty={<EmptyState>Geen producten{wet ? ` onder de ${WET_LABELS[wet]}` : ''}.</EmptyState>}
          columns={[
            { header: 'Code', cell: (p) => <span className="font-mono">{p.code}</span> },
            { header: 'Product', cell: (p) => <Link href={`/beheer/producten/${p.id}`}>{p.naam}</Link> },
            { header: 'Wet', cell: (p) => WET_LABELS[p.wet] },
            {
              header: 'Omvang',
              cell: (p) => `${isEenheid(p.eenheid) ? EENHEID_LABELS[p.eenheid] : p.eenheid}, ${isFrequentie(p.standaardFrequentie) ? FREQUENTIE_LABELS[p.standaardFrequentie].toLowerCase() : p.standaardFrequentie}`,
            },
            { header: 'Levering', cell: (p) => p.leveringsvormen.join(', ') },
            { header: 'Tarief', cell: (p) => (p.tariefCent === null ? '—' : formatEuroCent(p.tariefCent)) },
            { header: 'Looptijd', cell: (p) => `${formatDatumKort(p.actiefVan)} – ${p.actiefTot ? formatDatumKort(p.actiefTot) : ''}` },
            { header: 'Status', cell: status },
            { header: 'Contracten', cell: (p) => p._count.contracten },
          ]}
        />
      </Section>
    </>
  );
}
