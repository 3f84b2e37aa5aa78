import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { getMedewerkerKeuzes } from '@/lib/server/beheer/get-medewerker-keuzes';
import { NieuweMedewerkerForm } from './medewerker-form';

export const metadata: Metadata = { title: 'Nieuwe medewerker · Beheer' };

export default async function NieuweMedewerkerPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { teams, wijken } = await getMedewerkerKeuzes(actor);
  return (
    <>
      <p className="mb-2">
        <Link href="/beheer/medewerkers">← Medewerkers</Link>
      </p>
      <PageHeader title="Nieuwe medewerker" description="Mandaten voeg je toe nadat het account bestaat." />
      <Section title="Gegevens">
        <NieuweMedewerkerForm teams={teams} wijken={wijken} />
      </Section>
    </>
  );
}
