import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { ProductForm } from '../product-form';

export const metadata: Metadata = { title: 'Nieuw product · Beheer' };

export default async function NieuwProductPage() {
  await requirePagePermission('beheer:manage');
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/producten">← Productcatalogus</Link>
      </p>
      <PageHeader title="Nieuw product" description="Een nieuw tariefjaar van een bestaand product is een nieuwe versie met dezelfde code: geef de oude versie eerst een einddatum." />
      <Section title="Product">
        <ProductForm />
      </Section>
    </>
  );
}
