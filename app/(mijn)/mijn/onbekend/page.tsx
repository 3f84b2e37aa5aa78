import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Geen plan gevonden' };

const UITLEG: Record<string, string> = {
  TE_JONG: 'U bent jonger dan 16 jaar. Uw ouder of voogd kan inloggen en uw plan bekijken.',
  GEEN_HUISHOUDEN: 'U woont niet (meer) op een adres waar het wijkteam mee werkt.',
};

export default async function OnbekendPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reden } = await searchParams;
  const uitleg = typeof reden === 'string' ? UITLEG[reden] : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold">We hebben geen plan voor u gevonden</h1>
      <p className="mt-4">U bent ingelogd met DigiD, maar het wijkteam werkt nog niet met u. {uitleg}</p>
      <p className="mt-4">Wilt u hulp of advies? Vertel ons wat er speelt. Dat kan online en het kost niets.</p>
      <p className="mt-6"><a href="/melding" className="text-lg font-semibold">Hulp vragen aan het wijkteam</a></p>
      <p className="mt-4">Denkt u dat dit niet klopt? Bel de gemeente. Het nummer staat onderaan deze pagina.</p>
    </>
  );
}
