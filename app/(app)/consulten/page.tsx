import type { Metadata } from 'next';
import Link from 'next/link';
import { VeiligheidBadge } from '@/components/gesprek/veiligheid-badge';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { termStatus } from '@/lib/domain/deadlines';
import { CONSULT_SOORT_LABELS, CONSULT_STATUS_LABELS } from '@/lib/domain/labels';
import { listConsulten } from '@/lib/server/consult/list-consulten';

export const metadata: Metadata = { title: 'Consulten' };

const TERM_BADGE = { OVERDUE: <Badge tone="danger">Te laat</Badge>, DUE_SOON: <Badge tone="warning">Bijna</Badge>, ON_TRACK: null } as const;

export default async function ConsultenPage() {
  const actor = await requirePagePermission('consult:read');
  const today = new Date();
  const { open, afgerond } = await listConsulten(actor, today);
  const overdue = open.filter((c) => termStatus(c.uiterlijkOp, today) === 'OVERDUE').length;
  const veiligheid = open.filter((c) => c.soort === 'VEILIGHEID').length;
  return (
    <>
      <PageHeader title="Consulten" description="Vragen van wijkcoaches over veiligheid en niet-pluis, op volgorde van de uiterste datum. Een open veiligheidsconsult houdt het afsluiten van de casus tegen." />
      <StatGrid
        stats={[
          { label: 'Open consulten', value: open.length },
          { label: 'Over veiligheid', value: veiligheid, tone: veiligheid ? 'warning' : undefined },
          { label: 'Over de datum', value: overdue, tone: overdue ? 'danger' : undefined },
        ]}
      />
      <Section title="Open consulten">
        <DataTable
          caption="Open consulten"
          rows={open}
          rowKey={(c) => c.id}
          empty={<EmptyState>Er zijn geen open consulten.</EmptyState>}
          columns={[
            { header: 'Huishouden', cell: (c) => <Link href={`/consulten/${c.id}`}>{c.huishouden.naam}</Link> },
            { header: 'Casus', cell: (c) => <span className="font-mono">{c.casus.nummer}</span> },
            { header: 'Soort', cell: (c) => CONSULT_SOORT_LABELS[c.soort] },
            { header: 'Veiligheid', cell: (c) => <VeiligheidBadge niveau={c.casus.veiligheid} /> },
            { header: 'Status', cell: (c) => <>{CONSULT_STATUS_LABELS[c.status]}{c.gedragswetenschapper && <span className="block text-sm text-slate-600">{c.gedragswetenschapper}</span>}</> },
            { header: 'Uiterlijk', cell: (c) => <span className="flex flex-wrap items-center gap-2">{formatDatum(c.uiterlijkOp)}{TERM_BADGE[termStatus(c.uiterlijkOp, today)]}</span> },
          ]}
        />
      </Section>
      {afgerond.length > 0 && (
        <Section title="Door jou beantwoord (laatste 30 dagen)">
          <DataTable
            caption="Door jou beantwoord"
            rows={afgerond}
            rowKey={(c) => c.id}
            columns={[
              { header: 'Huishouden', cell: (c) => <Link href={`/consulten/${c.id}`}>{c.huishouden.naam}</Link> },
              { header: 'Soort', cell: (c) => CONSULT_SOORT_LABELS[c.soort] },
              { header: 'Beantwoord op', cell: (c) => (c.afgerondOp ? formatDatum(c.afgerondOp) : '—') },
            ]}
          />
        </Section>
      )}
    </>
  );
}
