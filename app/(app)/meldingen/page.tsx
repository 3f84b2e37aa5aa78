import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { KANAAL_LABELS } from '@/lib/domain/labels';
import { listOpenMeldingen } from '@/lib/server/overview/list-meldingen';

export const metadata: Metadata = { title: 'Meldingen' };

export default async function MeldingenPage() {
  const actor = await requirePagePermission('melding:read');
  const { meldingen, total, urgent } = await listOpenMeldingen(actor);
  return (
    <>
      <PageHeader title="Meldingen" description="Nieuwe meldingen die nog getrieerd moeten worden. Urgente meldingen staan bovenaan." />
      <StatGrid stats={[{ label: 'Open meldingen', value: total }, { label: 'Urgent', value: urgent, tone: urgent ? 'danger' : undefined }]} />
      <Section title="Te trieren">
        <DataTable
          caption="Open meldingen"
          rows={meldingen}
          rowKey={(m) => m.id}
          empty={<EmptyState>Er zijn geen open meldingen.</EmptyState>}
          columns={[
            { header: 'Kenmerk', cell: (m) => <span className="font-mono">{m.kenmerk}</span> },
            { header: 'Over', cell: (m) => m.naam },
            { header: 'Kanaal', cell: (m) => KANAAL_LABELS[m.kanaal] },
            { header: 'Ontvangen', cell: (m) => formatDatum(m.ontvangenOp) },
            { header: 'Status', cell: (m) => (m.urgent ? <Badge tone="danger">Urgent</Badge> : <Badge>{m.status === 'NIEUW' ? 'Nieuw' : 'In triage'}</Badge>) },
          ]}
        />
      </Section>
    </>
  );
}
