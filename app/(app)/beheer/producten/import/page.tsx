import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Catalogus importeren · Beheer' };

export default async function ImportPage() {
  await requirePagePermission('beheer:manage');
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/producten">← Productcatalogus</Link>
      </p>
      <PageHeader
        title="Catalogus importeren"
        description="Eerst controleert Wijkregie elke regel; je ziet per regel wat er verandert of wat er mis is. Pas na je bevestiging wordt alles in één keer opgeslagen, of niets."
      />
      <Section title="Bestand kiezen">
        <ImportForm />
      </Section>
    </>
  );
}
