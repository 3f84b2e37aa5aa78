import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { ROL_LABELS } from '@/lib/auth/roles';
import { getBeheerOverzicht } from '@/lib/server/overview/get-beheer-overzicht';

export const metadata: Metadata = { title: 'Beheer' };

export default async function BeheerPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { users, counts } = await getBeheerOverzicht(actor);
  return (
    <>
      <PageHeader title="Beheer" description="De inrichting van de gemeente: medewerkers, teams, wijken, productcatalogus, aanbieders en sociale kaart." />
      <StatGrid
        stats={[
          { label: 'Medewerkers', value: users.length },
          { label: 'Teams', value: counts.teams },
          { label: 'Wijken', value: counts.wijken },
          { label: 'Producten', value: counts.producten },
          { label: 'Aanbieders', value: counts.aanbieders },
          { label: 'Voorzieningen (sociale kaart)', value: counts.voorzieningen },
          { label: 'Leefgebieden', value: counts.leefgebieden },
        ]}
      />
      <Section title="Medewerkers">
        <DataTable
          caption="Medewerkers"
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: 'Naam', cell: (u) => u.naam },
            { header: 'E-mailadres', cell: (u) => u.email },
            { header: 'Rollen', cell: (u) => u.rollen.map((r) => ROL_LABELS[r]).join(', ') },
            { header: 'Team', cell: (u) => u.teams.map((t) => t.team.naam).join(', ') || '—' },
            { header: 'Status', cell: (u) => (u.actief ? <Badge tone="success">Actief</Badge> : <Badge>Gedeactiveerd</Badge>) },
          ]}
        />
      </Section>
    </>
  );
}
