import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { listLeefgebieden } from '@/lib/server/beheer/list-leefgebieden';
import { LeefgebiedForm } from '../leefgebied-form';
import { refuseRead } from '@/lib/auth/refuse';

export const metadata: Metadata = { title: 'Leefgebied · Beheer' };

export default async function LeefgebiedPage({ params }: { params: Promise<{ leefgebiedId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { leefgebiedId } = await params;
  const leefgebied = (await listLeefgebieden(actor)).find((l) => l.id === leefgebiedId);
  if (!leefgebied) return refuseRead();
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
