import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { TermijnBadge } from '@/components/beschikking/termijn-badge';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import {
  AANVRAAG_STATUS_LABELS,
  BESCHIKKING_STATUS_LABELS,
  BESLUIT_SOORT_LABELS,
  isRedenWijziging,
  LEVERINGSVORM_LABELS,
  REDEN_WIJZIGING_LABELS,
  TOEWIJZING_STATUS_LABELS,
  WET_LABELS,
} from '@/lib/domain/labels';
import { getHuishoudenBeschikkingen } from '@/lib/server/beschikking/get-huishouden-beschikkingen';
import { readDossier } from '@/components/dossier/read-dossier';

export const metadata: Metadata = { title: 'Aanvragen en beschikkingen' };

async function read(actor: Parameters<typeof getHuishoudenBeschikkingen>[0], huishoudenId: string) {
  return readDossier(getHuishoudenBeschikkingen(actor, huishoudenId));
}

export default async function HuishoudenBeschikkingenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const data = await read(actor, huishoudenId);
  if (!data) return null; // the layout shows "Geen toegang" with break the glass
  const naarAanvraag = (id: string, nummer: string) => (data.magBackoffice ? <Link href={`/aanvragen/${id}`} className="font-mono">{nummer}</Link> : <span className="font-mono">{nummer}</span>);
  const naarBeschikking = (id: string, nummer: string) =>
    data.magBackoffice ? <Link href={`/beschikkingen/${id}`} className="font-mono">{nummer}</Link> : <span className="font-mono">{nummer}</span>;

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Aanvragen en beschikkingen</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          De aanvragen voor maatwerk uit het plan, de besluiten van de gemeente en de toewijzingen aan aanbieders, met hun einddatum.
        </p>
      </div>

      <Section title="Aanvragen">
        <DataTable
          caption="Aanvragen van dit huishouden"
          rows={data.aanvragen}
          rowKey={(a) => a.id}
          empty={<EmptyState>Dit huishouden heeft geen aanvragen.</EmptyState>}
          columns={[
            { header: 'Aanvraag', cell: (a) => naarAanvraag(a.id, a.nummer) },
            { header: 'Voor', cell: (a) => a.inwoner },
            { header: 'Product', cell: (a) => <><span className="font-mono">{a.product.code}</span> {a.product.naam} · {LEVERINGSVORM_LABELS[a.leveringsvorm]}</> },
            { header: 'Ontvangen', cell: (a) => formatDatum(a.ontvangenOp) },
            { header: 'Status', cell: (a) => AANVRAAG_STATUS_LABELS[a.status] },
            {
              header: 'Uiterlijk beslissen',
              cell: (a) => (a.termijn ? <><span className="flex flex-wrap items-center gap-2">{formatDatum(a.termijn.uiterlijk)} <TermijnBadge termijn={a.termijn} /></span><TermijnUitleg uitleg={a.termijn.uitleg} /></> : '—'),
            },
          ]}
        />
      </Section>

      <Section title="Beschikkingen">
        <DataTable
          caption="Beschikkingen van dit huishouden"
          rows={data.beschikkingen}
          rowKey={(b) => b.id}
          empty={<EmptyState>Er zijn nog geen beschikkingen.</EmptyState>}
          columns={[
            { header: 'Beschikking', cell: (b) => naarBeschikking(b.id, b.identificatie) },
            { header: 'Besluit', cell: (b) => <>{BESLUIT_SOORT_LABELS[b.besluit]}<span className="block text-sm text-slate-700">{WET_LABELS[b.wet]} · {b.inwoner}</span></> },
            { header: 'Producten', cell: (b) => (b.producten.length ? b.producten.map((p) => `${p.product.code} ${p.product.naam}`).join(', ') : '—') },
            { header: 'Status', cell: (b) => <Badge tone={b.status === 'VERZONDEN' ? 'success' : b.status === 'VERVALLEN' ? 'neutral' : 'info'}>{BESCHIKKING_STATUS_LABELS[b.status]}</Badge> },
            { header: 'Verzonden', cell: (b) => (b.verzenddatum ? formatDatum(b.verzenddatum) : '—') },
            { header: 'Bezwaar tot', cell: (b) => (b.uiterlijkeReactiedatum ? <>{formatDatum(b.uiterlijkeReactiedatum)}{b.bezwaarUitleg && <TermijnUitleg uitleg={b.bezwaarUitleg} />}</> : '—') },
            { header: 'Brief', cell: (b) => (b.status === 'CONCEPT' ? '—' : <a href={`/beschikkingen/${b.id}/brief`} aria-label={`Brief ${b.identificatie} (pdf)`}>Pdf</a>) },
          ]}
        />
      </Section>

      <Section title="Toewijzingen">
        <DataTable
          caption="Toewijzingen aan aanbieders, eerst eindigend bovenaan"
          rows={data.toewijzingen}
          rowKey={(t) => t.id}
          empty={<EmptyState>Er zijn nog geen toewijzingen aan aanbieders.</EmptyState>}
          columns={[
            { header: 'Nummer', cell: (t) => <span className="font-mono">{t.toewijzingNummer}</span> },
            { header: 'Product', cell: (t) => <><span className="font-mono">{t.product.code}</span> {t.product.naam}<span className="block text-sm text-slate-700">{t.inwoner}</span></> },
            { header: 'Aanbieder', cell: (t) => t.aanbieder.naam },
            { header: 'Vanaf', cell: (t) => formatDatum(t.ingangsdatum) },
            { header: 'Tot en met', cell: (t) => (t.einddatum ? formatDatum(t.einddatum) : 'Geen einddatum') },
            {
              header: 'Status',
              cell: (t) => (
                <>
                  {TOEWIJZING_STATUS_LABELS[t.status]}
                  {t.redenWijziging && isRedenWijziging(t.redenWijziging) && <span className="block text-sm text-slate-700">{REDEN_WIJZIGING_LABELS[t.redenWijziging]}</span>}
                </>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}
