import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { getPartner } from '@/lib/auth/partner';
import { audienceConfig } from '@/lib/auth/oidc-audience';

export const metadata: Metadata = { title: 'Inloggen' };

const FOUTEN: Record<string, string> = {
  verlopen: 'Het inloggen duurde te lang. Probeer het opnieuw.',
  afgebroken: 'Je hebt het inloggen afgebroken.',
  mislukt: 'Het inloggen is niet gelukt. Probeer het opnieuw.',
  'niet-beschikbaar': 'Inloggen kan nu niet. Probeer het later opnieuw.',
};

/** Issue 22: sign-in for ketenpartners, with eHerkenning at level EH3 or higher. */
export default async function PartnerInloggenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getPartner()) redirect('/partner');
  const params = await searchParams;
  const fout = typeof params.fout === 'string' ? FOUTEN[params.fout] : undefined;
  const config = audienceConfig('partner');
  return (
    <>
      <h1 className="text-3xl font-bold">Inloggen voor ketenpartners</h1>
      {fout && <Alert variant="error">{fout}</Alert>}
      {params.verlopen && <Alert variant="info">Je was een tijd niet actief. Log opnieuw in.</Alert>}
      {params.uitgelogd && <Alert variant="success">Je bent uitgelogd.</Alert>}
      <p className="mt-4">
        Werk je bij een aanbieder, huisartsenpraktijk, school, woningcorporatie of andere ketenpartner van de gemeente? Hier zie je de acties
        van jouw organisatie in de plannen van huishoudens die daar toestemming voor gaven, en meld je voortgang en zorgsignalen.
      </p>
      {config ? (
        <p className="mt-6">
          <a href="/partner/auth/start" className={buttonClasses('primary', 'text-lg no-underline')}>Inloggen met {config.name}</a>
        </p>
      ) : (
        <Alert variant="warning">Inloggen met eHerkenning is nog niet ingesteld. Neem contact op met de gemeente.</Alert>
      )}
      <p className="mt-6 text-base text-slate-700">Je hebt eHerkenning nodig op niveau EH3 of hoger, en de gemeente moet je als gebruiker van je organisatie hebben vastgelegd.</p>
    </>
  );
}
