import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { daysLeft, termStatus } from '@/lib/domain/deadlines';
import { AANVRAAG_STATUS_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { listOpenAanvragen } from '@/lib/server/overview/list-aanvragen';

export const metadata: Metadata = { title: 'Aanvragen' };

export default async function AanvragenPage() {
  const actor = await requirePagePermission('aanvraag:read');
  const today = new Date();
  const aanvragen = await listOpenAanvragen(actor, today);
  const overdue = aanvragen.filter((a) => termStatus(a.uiterlijk, today) === 'OVERDUE').length;
  return (
    <>
      <PageHeader title="Aanvragen" description="Open aanvragen op volgorde van de wettelijke beslistermijn. Verlopen termijnen staan bovenaan." />
      <StatGrid stats={[{ label: 'Open aanvragen', value: aanvragen.length }, { label: 'Termijn verlopen', value: overdue, tone: overdue ? 'danger' : undefined }]} />
      <Section title="Wachtrij">
        <DataTable
          caption="Open aanvragen"
          rows={aanvragen}
          rowKey={(a) => a.id}
          empty={<EmptyState>Er zijn geen open aanvragen.</EmptyState>}
          columns={[
            { header: 'Aanvraag', cell: (a) => <span className="font-mono">{a.nummer}</span> },
            { header: 'Inwoner', cell: (a) => [a.persoon.voornamen, a.persoon.tussenvoegsel, a.persoon.achternaam].filter(Boolean).join(' ') },
            { header: 'Product', cell: (a) => `${a.product.code} ${a.product.naam}` },
            { header: 'Wet', cell: (a) => WET_LABELS[a.wet] },
            { header: 'Status', cell: (a) => AANVRAAG_STATUS_LABELS[a.status] },
            {
              header: 'Uiterlijk',
              cell: (a) => {
                const left = daysLeft(a.uiterlijk, today);
                const status = termStatus(a.uiterlijk, today);
                return (
                  <span className="flex flex-wrap items-center gap-2">
                    {formatDatum(a.uiterlijk)}
                    <Badge tone={status === 'OVERDUE' ? 'danger' : status === 'DUE_SOON' ? 'warning' : 'neutral'}>
                      {left < 0 ? `${-left} dagen te laat` : `nog ${left} dagen`}
                    </Badge>
                  </span>
                );
              },
            },
          ]}
        />
      </Section>
    </>
  );
}
