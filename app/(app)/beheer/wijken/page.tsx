import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatPostcode } from '@/lib/domain/postcode';
import { listWijken } from '@/lib/server/beheer/list-wijken';
import { WijkForm } from './wijk-forms';
import { formatAantal } from '@/lib/domain/getallen';

export const metadata: Metadata = { title: 'Wijken · Beheer' };

export default async function WijkenPage() {
  const actor = await requirePagePermission('beheer:manage');
  const wijken = await listWijken(actor);
  return (
    <>
      <PageHeader title="Wijken" description="Met de postcodereeksen van een wijk komt een nieuw adres vanzelf in de goede wijk, en zo bij het team dat die wijk bedient." />
      <Section title="Alle wijken">
        <DataTable
          caption="Wijken"
          rows={wijken}
          rowKey={(w) => w.id}
          empty={<EmptyState>Er zijn nog geen wijken.</EmptyState>}
          columns={[
            { header: 'Code', cell: (w) => <span className="font-mono">{w.code}</span> },
            { header: 'Wijk', cell: (w) => <Link href={`/beheer/wijken/${w.id}`}>{w.naam}</Link> },
            { header: 'Inwoners', cell: (w) => (w.inwoners !== null && w.inwoners !== undefined ? formatAantal(w.inwoners) : '—') },
            {
              header: 'Postcodes',
              cell: (w) =>
                w.postcodeGebieden.length ? (
                  w.postcodeGebieden.map((g) => `${formatPostcode(g.postcodeVan)} – ${formatPostcode(g.postcodeTot)}`).join(', ')
                ) : (
                  <Badge tone="warning">Geen postcodes</Badge>
                ),
            },
            { header: 'Teams', cell: (w) => w.teams.map((t) => t.team.naam).join(', ') || '—' },
            { header: 'Status', cell: (w) => (w.actief ? <Badge tone="success">Actief</Badge> : <Badge>Inactief</Badge>) },
          ]}
        />
      </Section>
      <Section title="Nieuwe wijk">
        <WijkForm />
      </Section>
    </>
  );
}
