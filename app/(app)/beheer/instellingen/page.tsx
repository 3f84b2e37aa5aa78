import type { Metadata } from 'next';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { getInstellingen } from '@/lib/server/beheer/get-instellingen';
import { BewaartermijnenForm, GemeenteForm } from './instellingen-forms';

export const metadata: Metadata = { title: 'Instellingen · Beheer' };

export default async function InstellingenPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { gemeente, bewaartermijnen } = await getInstellingen(actor);
  return (
    <>
      <PageHeader title="Instellingen" description="Gegevens van de gemeente, teksten voor brieven, termijnen uit de verordening en bewaartermijnen." />
      <Section title="Gemeente, brieven en termijnen">
        <GemeenteForm gemeente={gemeente} />
      </Section>
      <Section title="Bewaartermijnen">
        <p className="mb-3 max-w-3xl text-slate-700">Hoeveel jaar na het afsluiten van een casus het dossier bewaard blijft. Daarna wordt het vernietigd of geanonimiseerd.</p>
        <BewaartermijnenForm termijnen={bewaartermijnen} />
      </Section>
    </>
  );
}
