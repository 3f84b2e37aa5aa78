import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { VOORZIENING_SOORT_LABELS } from '@/lib/domain/labels';
import { DomainError } from '@/lib/errors';
import { getVoorziening } from '@/lib/server/beheer/get-voorziening';
import { getVoorzieningKeuzes } from '@/lib/server/beheer/get-voorziening-keuzes';
import { VoorzieningForm } from '../voorziening-form';

export const metadata: Metadata = { title: 'Voorziening · Beheer' };

export default async function VoorzieningPage({ params }: { params: Promise<{ voorzieningId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { voorzieningId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(voorzieningId)) notFound();
  const [voorziening, keuzes] = await Promise.all([
    getVoorziening(actor, voorzieningId).catch((error) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
      throw error;
    }),
    getVoorzieningKeuzes(actor),
  ]);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/sociale-kaart">← Sociale kaart</Link>
      </p>
      <PageHeader title={voorziening.naam} description={VOORZIENING_SOORT_LABELS[voorziening.soort]} />
      <Section title="Voorziening">
        <VoorzieningForm voorziening={voorziening} keuzes={keuzes} />
      </Section>
    </>
  );
}
