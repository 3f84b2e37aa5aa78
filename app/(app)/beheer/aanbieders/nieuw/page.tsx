import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { AanbiederForm } from '../aanbieder-forms';

export const metadata: Metadata = { title: 'Nieuwe aanbieder · Beheer' };

export default async function NieuweAanbiederPage() {
  await requirePagePermission('beheer:manage');
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/aanbieders">← Aanbieders</Link>
      </p>
      <PageHeader title="Nieuwe aanbieder" description="Contracten met tarieven voeg je toe nadat de aanbieder bestaat." />
      <Section title="Aanbieder">
        <AanbiederForm />
      </Section>
    </>
  );
}
