import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Geen toegang' };

/** Issue 22: signed in with eHerkenning, but not a user here, or at too low a level. */
export default async function PartnerOnbekendPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  return (
    <>
      <h1 className="text-3xl font-bold">Geen toegang</h1>
      {reden === 'NIVEAU' ? (
        <p className="mt-4">Je logde in met eHerkenning op een te laag niveau. Voor deze gegevens is niveau EH3 of hoger nodig. Vraag de beheerder van eHerkenning in je organisatie om een hoger niveau.</p>
      ) : (
        <p className="mt-4">Je organisatie of jouw e-mailadres is bij de gemeente niet (meer) bekend als ketenpartner. Vraag de coördinator van je organisatie of de gemeente om je toe te voegen.</p>
      )}
      <p className="mt-6"><a href="/partner/inloggen">Terug naar inloggen</a></p>
    </>
  );
}
