import type { Metadata } from 'next';
import { ZoekForm } from '@/components/dossier/zoek-form';
import { PageHeader } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { zoekAction } from './actions';

export const metadata: Metadata = { title: 'Zoeken' };

export default async function ZoekenPage() {
  await requirePagePermission('dossier:search');
  return (
    <>
      <PageHeader
        title="Zoeken"
        description="Zoek een huishouden op BSN, naam (eventueel met geboortedatum), postcode en huisnummer, of het kenmerk van een melding. Je ziet alleen huishoudens waarvoor je toegang hebt; elke zoekopdracht wordt gelogd."
      />
      <ZoekForm action={zoekAction} />
    </>
  );
}
