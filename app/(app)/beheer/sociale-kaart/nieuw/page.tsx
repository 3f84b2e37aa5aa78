import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { getVoorzieningKeuzes } from '@/lib/server/beheer/get-voorziening-keuzes';
import { VoorzieningForm } from '../voorziening-form';

export const metadata: Metadata = { title: 'Nieuwe voorziening · Beheer' };

export default async function NieuweVoorzieningPage() {
  const actor = await requirePagePermission('beheer:manage');
  const keuzes = await getVoorzieningKeuzes(actor);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/sociale-kaart">← Sociale kaart</Link>
      </p>
      <PageHeader title="Nieuwe voorziening" />
      <Section title="Voorziening">
        <VoorzieningForm keuzes={keuzes} />
      </Section>
    </>
  );
}
