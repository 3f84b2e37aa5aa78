import type { Metadata } from 'next';
import { PageHeader, Section } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { InzageZoekForm } from './zoek-form';

export const metadata: Metadata = { title: 'Inzage' };

export default async function InzagePage() {
  await requirePagePermission('inzage:export');
  return (
    <>
      <PageHeader
        title="Inzageverzoek"
        description="Een inwoner vraagt welke gegevens wij over hem of haar bewaren (AVG artikel 15). Zoek de persoon, bekijk het overzicht en download het als PDF (leesbaar, voor de inwoner) en als JSON (alle velden). Het openen van het overzicht en elke download komen in het toegangslog."
      />
      <Section title="Persoon zoeken">
        <InzageZoekForm />
      </Section>
    </>
  );
}
