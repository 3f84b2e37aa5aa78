import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { VOORZIENING_SOORT_LABELS } from '@/lib/domain/labels';
import { getVoorzieningKeuzes } from '@/lib/server/beheer/get-voorziening-keuzes';
import { listVoorzieningen } from '@/lib/server/beheer/list-voorzieningen';

export const metadata: Metadata = { title: 'Sociale kaart · Beheer' };

export default async function BeheerSocialeKaartPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePagePermission('beheer:manage');
  const flags = await searchParams;
  const [voorzieningen, { leefgebieden }] = await Promise.all([listVoorzieningen(actor), getVoorzieningKeuzes(actor)]);
  const naam = new Map(leefgebieden.map((l) => [l.code, l.naam]));
  return (
    <>
      <PageHeader
        title="Sociale kaart"
        description="Algemene voorzieningen en voorliggende partners. De frontoffice en wijkcoaches zoeken erin bij triage en in het plan."
        actions={
          <Link href="/beheer/sociale-kaart/nieuw" className={buttonClasses('primary', 'no-underline')}>
            Nieuwe voorziening
          </Link>
        }
      />
      {flags.nieuw && <Alert variant="success">De voorziening staat op de sociale kaart.</Alert>}
      <Section title={`${voorzieningen.length} ${voorzieningen.length === 1 ? 'voorziening' : 'voorzieningen'}`}>
        <DataTable
          caption="Voorzieningen op de sociale kaart"
          rows={voorzieningen}
          rowKey={(v) => v.id}
          empty={<EmptyState>De sociale kaart is nog leeg.</EmptyState>}
          columns={[
            { header: 'Voorziening', cell: (v) => <Link href={`/beheer/sociale-kaart/${v.id}`}>{v.naam}</Link> },
            { header: 'Soort', cell: (v) => VOORZIENING_SOORT_LABELS[v.soort] },
            { header: 'Leefgebieden', cell: (v) => v.leefgebiedCodes.map((c) => naam.get(c) ?? c).join(', ') },
            { header: 'Wijk', cell: (v) => v.wijk?.naam ?? 'Hele gemeente' },
            { header: 'Status', cell: (v) => (v.actief ? <Badge tone="success">Actief</Badge> : <Badge>Inactief</Badge>) },
          ]}
        />
      </Section>
    </>
  );
}
