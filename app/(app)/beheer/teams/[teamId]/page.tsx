import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { ROL_LABELS, TEAM_SOORT_LABELS } from '@/lib/domain/labels';
import { getTeam } from '@/lib/server/beheer/get-team';
import { TeamForm } from '../team-form';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Team · Beheer' };

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { teamId } = await params;
  if (!isUuid(teamId)) await refuseRead();
  const { team, wijken } = await readOrRefuse(getTeam(actor, teamId));
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/teams">← Teams</Link>
      </p>
      <PageHeader title={team.naam} description={`${TEAM_SOORT_LABELS[team.soort]} · ${team.openCasussen} open ${team.openCasussen === 1 ? 'casus' : 'casussen'}`} />
      <Section title="Team">
        <TeamForm
          team={{ id: team.id, version: team.version, naam: team.naam, soort: team.soort, actief: team.actief, wijkIds: team.wijken.map((w) => w.wijkId) }}
          wijken={wijken.filter((w) => w.actief || team.wijken.some((t) => t.wijkId === w.id))}
        />
      </Section>
      <Section title="Leden">
        <p className="mb-3 text-slate-700">Leden voeg je toe of haal je weg op de pagina van de medewerker.</p>
        <DataTable
          caption="Huidige leden"
          rows={team.leden}
          rowKey={(l) => l.id}
          empty={<EmptyState>Dit team heeft nog geen leden.</EmptyState>}
          columns={[
            { header: 'Naam', cell: (l) => <Link href={`/beheer/medewerkers/${l.user.id}`}>{l.user.naam}</Link> },
            { header: 'Rollen', cell: (l) => l.user.rollen.map((r) => ROL_LABELS[r]).join(', ') },
            { header: 'In team', cell: (l) => `${l.isLead ? 'Leidinggevende' : 'Lid'} sinds ${formatDatum(l.vanaf)}` },
            { header: 'Status', cell: (l) => (l.user.actief ? <Badge tone="success">Actief</Badge> : <Badge>Gedeactiveerd</Badge>) },
          ]}
        />
      </Section>
    </>
  );
}
