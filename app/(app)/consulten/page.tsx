import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { termStatus } from '@/lib/domain/deadlines';
import { CONSULT_SOORT_LABELS, CONSULT_STATUS_LABELS } from '@/lib/domain/labels';
import { listOpenConsulten } from '@/lib/server/overview/list-consulten';

export const metadata: Metadata = { title: 'Consulten' };

export default async function ConsultenPage() {
  const actor = await requirePagePermission('consult:read');
  const today = new Date();
  const consulten = await listOpenConsulten(actor);
  const overdue = consulten.filter((c) => termStatus(c.uiterlijkOp, today) === 'OVERDUE').length;
  return (
    <>
      <PageHeader title="Consulten" description="Vragen van wijkcoaches over veiligheid en niet-pluis, op volgorde van de uiterste datum." />
      <StatGrid stats={[{ label: 'Open consulten', value: consulten.length }, { label: 'Over de datum', value: overdue, tone: overdue ? 'danger' : undefined }]} />
      <Section title="Open consulten">
        <DataTable
          caption="Open consulten"
          rows={consulten}
          rowKey={(c) => c.id}
          empty={<EmptyState>Er zijn geen open consulten.</EmptyState>}
          columns={[
            { header: 'Huishouden', cell: (c) => c.huishouden.naam },
            { header: 'Casus', cell: (c) => <span className="font-mono">{c.casus.nummer}</span> },
            { header: 'Soort', cell: (c) => CONSULT_SOORT_LABELS[c.soort] },
            { header: 'Status', cell: (c) => CONSULT_STATUS_LABELS[c.status] },
            { header: 'Uiterlijk', cell: (c) => <span className="flex items-center gap-2">{formatDatum(c.uiterlijkOp)}{termStatus(c.uiterlijkOp, today) === 'OVERDUE' && <Badge tone="danger">Te laat</Badge>}</span> },
          ]}
        />
      </Section>
    </>
  );
}
