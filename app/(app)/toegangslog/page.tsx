import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { listRecentAudit } from '@/lib/server/overview/list-audit';

export const metadata: Metadata = { title: 'Toegangslog' };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

export default async function ToegangslogPage() {
  const actor = await requirePagePermission('auditlog:read');
  const entries = await listRecentAudit(actor);
  return (
    <>
      <PageHeader title="Toegangslog" description="Wie wanneer welke persoonsgegevens inzag of wijzigde. Het log kan niet worden gewijzigd of verwijderd." />
      <Section title="Laatste 100 regels">
        <DataTable
          caption="Toegangslog"
          rows={entries}
          rowKey={(e) => e.id}
          empty={<EmptyState>Het toegangslog is nog leeg.</EmptyState>}
          columns={[
            { header: 'Wanneer', cell: (e) => dateTime.format(e.op) },
            { header: 'Wie', cell: (e) => e.actorNaam },
            { header: 'Handeling', cell: (e) => <span className="font-mono text-xs">{e.actie}</span> },
            { header: 'Gegevens', cell: (e) => e.entiteit },
            { header: 'Context', cell: (e) => (e.breakTheGlass ? <Badge tone="danger">Break the glass: {e.context}</Badge> : e.context ?? '—') },
          ]}
        />
      </Section>
    </>
  );
}
