import type { Metadata } from 'next';
import { GebruikerActiefKnop, PartnerGebruikerForm } from '@/components/partner/partner-forms';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { requirePartner } from '@/lib/auth/partner';
import { getEigenGebruikers } from '@/lib/server/partner/get-eigen-gebruikers';
import { partnerGebruikerAction } from '../actions';

export const metadata: Metadata = { title: 'Gebruikers' };

/** Issue 22: the organisation's coordinator manages its own users (who may sign in with eHerkenning). */
export default async function PartnerGebruikersPage() {
  const partner = await requirePartner();
  if (!partner.coordinator) {
    return (
      <>
        <h1 className="text-3xl font-bold">Gebruikers</h1>
        <Alert variant="info">Alleen de coördinator van {partner.organisatieNaam} beheert de gebruikers.</Alert>
      </>
    );
  }
  const gebruikers = await getEigenGebruikers(partner);
  return (
    <>
      <h1 className="text-3xl font-bold">Gebruikers van {partner.organisatieNaam}</h1>
      <ul className="mt-4">
        {gebruikers.map((g) => (
          <li key={g.id} className="mt-2 flex flex-wrap items-center gap-x-4">
            <span>{g.naam} · {g.email}{g.coordinator ? ' · coördinator' : ''}</span>
            {!g.actief && <Badge tone="neutral">Uitgeschakeld</Badge>}
            {g.id !== partner.gebruikerId && <GebruikerActiefKnop action={partnerGebruikerAction} organisatieId={partner.organisatieId} gebruiker={g} />}
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-2xl font-bold">Gebruiker toevoegen</h2>
      <PartnerGebruikerForm action={partnerGebruikerAction} organisatieId={partner.organisatieId} />
    </>
  );
}
