import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { ZRM_DOMEIN_LABELS } from '@/lib/domain/labels';
import { listLeefgebieden } from '@/lib/server/beheer/list-leefgebieden';
import { LeefgebiedForm } from './leefgebied-form';

export const metadata: Metadata = { title: 'Leefgebieden · Beheer' };

export default async function LeefgebiedenPage() {
  const actor = await requirePagePermission('beheer:manage');
  const leefgebieden = await listLeefgebieden(actor);
  const volgende = (leefgebieden.reduce((max, l) => Math.max(max, l.volgorde), 0) ?? 0) + 10;
  return (
    <>
      <PageHeader
        title="Leefgebieden"
        description="De eigen lijst van de gemeente, gestart vanuit de domeinen van de Zelfredzaamheid-Matrix. Hernoemen is veilig: vastgelegde meldingen, gesprekken en plannen houden hun naam."
      />
      <Section title="Lijst in volgorde">
        <DataTable
          caption="Leefgebieden"
          rows={leefgebieden}
          rowKey={(l) => l.id}
          empty={<EmptyState>Er zijn nog geen leefgebieden.</EmptyState>}
          columns={[
            { header: 'Volgorde', cell: (l) => l.volgorde },
            { header: 'Leefgebied', cell: (l) => <Link href={`/beheer/leefgebieden/${l.id}`}>{l.naam}</Link> },
            { header: 'Code', cell: (l) => <span className="font-mono">{l.code}</span> },
            { header: 'ZRM-domein', cell: (l) => (l.zrmDomein ? ZRM_DOMEIN_LABELS[l.zrmDomein] : '—') },
            { header: 'Status', cell: (l) => (l.actief ? <Badge tone="success">Actief</Badge> : <Badge>Inactief</Badge>) },
          ]}
        />
      </Section>
      <Section title="Nieuw leefgebied">
        <LeefgebiedForm volgendeVolgorde={volgende} />
      </Section>
    </>
  );
}
