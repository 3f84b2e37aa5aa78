import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { listAanbieders } from '@/lib/server/beheer/list-aanbieders';

export const metadata: Metadata = { title: 'Aanbieders · Beheer' };

export default async function AanbiedersPage() {
  const actor = await requirePagePermission('beheer:manage');
  const aanbieders = await listAanbieders(actor);
  return (
    <>
      <PageHeader
        title="Aanbieders"
        description="Zorgaanbieders met hun AGB-code, contactgegevens en gecontracteerde producten."
        actions={
          <Link href="/beheer/aanbieders/nieuw" className={buttonClasses('primary', 'no-underline')}>
            Nieuwe aanbieder
          </Link>
        }
      />
      <Section title={`${aanbieders.length} ${aanbieders.length === 1 ? 'aanbieder' : 'aanbieders'}`}>
        <DataTable
          caption="Aanbieders"
          rows={aanbieders}
          rowKey={(a) => a.id}
          empty={<EmptyState>Er zijn nog geen aanbieders.</EmptyState>}
          columns={[
            { header: 'Aanbieder', cell: (a) => <Link href={`/beheer/aanbieders/${a.id}`}>{a.naam}</Link> },
            { header: 'AGB-code', cell: (a) => <span className="font-mono">{a.agbCode}</span> },
            { header: 'Contact', cell: (a) => [a.contactNaam, a.telefoon, a.email].filter(Boolean).join(' · ') || '—' },
            { header: 'Producten', cell: (a) => [...new Set(a.contracten.map((c) => c.product.code))].join(', ') || '—' },
            { header: 'Status', cell: (a) => (a.actief ? <Badge tone="success">Actief</Badge> : <Badge>Inactief</Badge>) },
          ]}
        />
      </Section>
    </>
  );
}
