import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { VOORZIENING_SOORT_LABELS } from '@/lib/domain/labels';
import { getVoorziening } from '@/lib/server/beheer/get-voorziening';
import { getVoorzieningKeuzes } from '@/lib/server/beheer/get-voorziening-keuzes';
import { VoorzieningForm } from '../voorziening-form';
import { readOrRefuse, refuseRead } from '@/lib/auth/refuse';
import { isUuid } from '@/lib/domain/ids';

export const metadata: Metadata = { title: 'Voorziening · Beheer' };

export default async function VoorzieningPage({ params }: { params: Promise<{ voorzieningId: string }> }) {
  const actor = await requirePagePermission('beheer:manage');
  const { voorzieningId } = await params;
  if (!isUuid(voorzieningId)) await refuseRead();
  const [voorziening, keuzes] = await Promise.all([
    readOrRefuse(getVoorziening(actor, voorzieningId)),
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
