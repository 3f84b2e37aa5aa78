import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { getInwoner } from '@/lib/auth/inwoner';
import { audienceConfig } from '@/lib/auth/oidc-audience';

export const metadata: Metadata = { title: 'Inloggen' };

const FOUTEN: Record<string, string> = {
  verlopen: 'Het inloggen duurde te lang. Probeer het opnieuw.',
  afgebroken: 'U heeft het inloggen afgebroken. Probeer het opnieuw als u wilt.',
  mislukt: 'Het inloggen is niet gelukt. Probeer het opnieuw.',
  'niet-beschikbaar': 'Inloggen kan nu niet. Probeer het later opnieuw.',
};

export default async function InloggenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getInwoner()) redirect('/mijn');
  const params = await searchParams;
  const fout = typeof params.fout === 'string' ? FOUTEN[params.fout] : undefined;
  const config = audienceConfig('inwoner');
  return (
    <>
      <h1 className="text-3xl font-bold">Inloggen bij Mijn plan</h1>
      {fout && <Alert variant="error">{fout}</Alert>}
      {params.verlopen && <Alert variant="info">U was een tijd niet actief. Log opnieuw in.</Alert>}
      {params.uitgelogd && <Alert variant="success">U bent uitgelogd.</Alert>}
      <p className="mt-4">In Mijn plan ziet u uw plan en uw aanvragen. U kunt zeggen of u het eens bent met het plan en uw vragen stellen aan uw regisseur.</p>
      {config ? (
        <p className="mt-6">
          <a href="/mijn/auth/start" className={buttonClasses('primary', 'text-lg no-underline')}>Inloggen met {config.name}</a>
        </p>
      ) : (
        <Alert variant="warning">Inloggen met DigiD is nog niet ingesteld. Bel de gemeente als u vragen heeft.</Alert>
      )}
      <p className="mt-6">Nog geen contact met het wijkteam? <a href="/melding">Vraag hulp met het formulier</a>. Daarvoor hoeft u niet in te loggen.</p>
    </>
  );
}
