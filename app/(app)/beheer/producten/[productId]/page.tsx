import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatBedrag, formatEuroCent } from '@/lib/domain/catalogus';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { WET_LABELS } from '@/lib/domain/labels';
import { getProduct } from '@/lib/server/beheer/get-product';
import { ProductForm } from '../product-form';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Product · Beheer' };

export default async function ProductPage({ params, searchParams }: { params: Promise<{ productId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { productId } = await params;
  const flags = await searchParams;
  if (!isUuid(productId)) await refuseRead();
  const product = await readOrRefuse(getProduct(actor, productId));
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/producten">← Productcatalogus</Link>
      </p>
      <PageHeader
        title={`${product.code} ${product.naam}`}
        description={`${WET_LABELS[product.wet]} · categorie ${product.categorie} · gebruikt in ${product._count.arrangementItems} ${product._count.arrangementItems === 1 ? 'plan' : 'plannen'} en ${product._count.aanvragen} ${product._count.aanvragen === 1 ? 'aanvraag' : 'aanvragen'}`}
      />
      {flags.nieuw && <Alert variant="success">Het product is toegevoegd aan de catalogus.</Alert>}
      <Section title="Product">
        <p className="mb-3 text-slate-700">Wet en code blijven gelijk: aanvragen, beschikkingen en toewijzingen verwijzen naar deze versie.</p>
        <ProductForm
          product={{
            id: product.id,
            version: product.version,
            naam: product.naam,
            eenheid: product.eenheid,
            standaardFrequentie: product.standaardFrequentie,
            leveringsvormen: product.leveringsvormen,
            tarief: product.tariefCent === null ? '' : formatBedrag(product.tariefCent),
            actiefVan: toIsoDate(product.actiefVan),
            actiefTot: product.actiefTot ? toIsoDate(product.actiefTot) : '',
          }}
        />
      </Section>
      <Section title="Gecontracteerd bij">
        <DataTable
          caption="Contracten voor dit product"
          rows={product.contracten}
          rowKey={(c) => c.id}
          empty={<EmptyState>Nog geen aanbieder heeft een contract voor dit product.</EmptyState>}
          columns={[
            { header: 'Aanbieder', cell: (c) => <Link href={`/beheer/aanbieders/${c.aanbieder.id}`}>{c.aanbieder.naam}</Link> },
            { header: 'Tarief', cell: (c) => formatEuroCent(c.tariefCent) },
            { header: 'Periode', cell: (c) => `${formatDatum(c.van)} – ${c.tot ? formatDatum(c.tot) : 'heden'}` },
          ]}
        />
      </Section>
    </>
  );
}
