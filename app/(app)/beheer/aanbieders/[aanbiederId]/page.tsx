import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatEuroCent } from '@/lib/domain/catalogus';
import { formatDatum, toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { WET_LABELS } from '@/lib/domain/labels';
import { getAanbieder } from '@/lib/server/beheer/get-aanbieder';
import { RowActionForm } from '../../_components/row-action-form';
import { endContractAction } from '../actions';
import { AanbiederForm, ContractForm } from '../aanbieder-forms';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Aanbieder · Beheer' };

export default async function AanbiederPage({ params, searchParams }: { params: Promise<{ aanbiederId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { aanbiederId } = await params;
  const flags = await searchParams;
  if (!isUuid(aanbiederId)) await refuseRead();
  const { aanbieder, producten } = await readOrRefuse(getAanbieder(actor, aanbiederId));
  const today = toCalendarDay(new Date());
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/aanbieders">← Aanbieders</Link>
      </p>
      <PageHeader title={aanbieder.naam} description={`AGB-code ${aanbieder.agbCode}`} />
      {flags.nieuw && <Alert variant="success">De aanbieder is toegevoegd. Voeg hieronder de gecontracteerde producten toe.</Alert>}
      <Section title="Aanbieder">
        <AanbiederForm aanbieder={aanbieder} />
      </Section>
      <Section title="Contracten">
        <DataTable
          caption="Gecontracteerde producten"
          rows={aanbieder.contracten}
          rowKey={(c) => c.id}
          empty={<EmptyState>Deze aanbieder heeft nog geen contracten.</EmptyState>}
          columns={[
            { header: 'Product', cell: (c) => <Link href={`/beheer/producten/${c.product.id}`}>{`${c.product.code} ${c.product.naam}`}</Link> },
            { header: 'Wet', cell: (c) => WET_LABELS[c.product.wet] },
            { header: 'Tarief', cell: (c) => formatEuroCent(c.tariefCent) },
            { header: 'Periode', cell: (c) => `${formatDatum(c.van)} – ${c.tot ? formatDatum(c.tot) : 'heden'}` },
            {
              header: 'Actie',
              cell: (c) =>
                c.tot && c.tot <= today ? (
                  <Badge>Beëindigd</Badge>
                ) : (
                  <RowActionForm action={endContractAction} fields={{ contractId: c.id, tot: toIsoDate(today) }} label="Beëindigen per vandaag" context={`contract ${c.product.code}`} />
                ),
            },
          ]}
        />
        <ContractForm
          aanbiederId={aanbieder.id}
          producten={producten.map((p) => ({ id: p.id, label: `${p.code} ${p.naam} (${WET_LABELS[p.wet]}, vanaf ${formatDatum(p.actiefVan)})` }))}
        />
      </Section>
    </>
  );
}
