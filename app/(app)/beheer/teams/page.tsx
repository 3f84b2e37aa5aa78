import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { TEAM_SOORT_LABELS } from '@/lib/domain/labels';
import { listTeams } from '@/lib/server/beheer/list-teams';
import { getMedewerkerKeuzes } from '@/lib/server/beheer/get-medewerker-keuzes';
import { TeamForm } from './team-form';

export const metadata: Metadata = { title: 'Teams · Beheer' };

export default async function TeamsPage() {
  const actor = await requirePagePermission('beheer:manage');
  const [teams, { wijken }] = await Promise.all([listTeams(actor), getMedewerkerKeuzes(actor)]);
  return (
    <>
      <PageHeader title="Teams" description="Wijkteams, jeugdteams, Wmo-teams, de backoffice en de frontoffice, met de wijken die ze bedienen." />
      <Section title="Alle teams">
        <DataTable
          caption="Teams"
          rows={teams}
          rowKey={(t) => t.id}
          empty={<EmptyState>Er zijn nog geen teams.</EmptyState>}
          columns={[
            { header: 'Team', cell: (t) => <Link href={`/beheer/teams/${t.id}`}>{t.naam}</Link> },
            { header: 'Soort', cell: (t) => TEAM_SOORT_LABELS[t.soort] },
            { header: 'Wijken', cell: (t) => t.wijken.map((w) => w.wijk.naam).join(', ') || '—' },
            { header: 'Leden', cell: (t) => t.leden.length },
            { header: 'Leiding', cell: (t) => t.leden.filter((l) => l.isLead).map((l) => l.user.naam).join(', ') || '—' },
            { header: 'Status', cell: (t) => (t.actief ? <Badge tone="success">Actief</Badge> : <Badge>Inactief</Badge>) },
          ]}
        />
      </Section>
      <Section title="Nieuw team">
        <TeamForm wijken={wijken} />
      </Section>
    </>
  );
}
