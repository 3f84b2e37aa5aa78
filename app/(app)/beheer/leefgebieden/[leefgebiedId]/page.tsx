import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { listLeefgebieden } from '@/lib/server/beheer/list-leefgebieden';
import { LeefgebiedForm } from '../leefgebied-form';

export const metadata: Metadata = { title: 'Leefgebied · Beheer' };

export default async function LeefgebiedPage({ params }: { params: Promise<{ leefgebiedId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { leefgebiedId } = await params;
  const leefgebied = (await listLeefgebieden(actor)).find((l) => l.id === leefgebiedId);
  if (!leefgebied) notFound();
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/leefgebieden">← Leefgebieden</Link>
      </p>
      <PageHeader title={leefgebied.naam} description={`Code ${leefgebied.code}`} />
      <Section title="Leefgebied">
        <LeefgebiedForm leefgebied={leefgebied} />
      </Section>
    </>
  );
}
