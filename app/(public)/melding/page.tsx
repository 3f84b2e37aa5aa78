import type { Metadata } from 'next';
import { leefgebiedVoorInwoner } from '@/lib/domain/melding';
import { getPublicGemeente, listPublicLeefgebieden } from '@/lib/server/melding/get-public-gemeente';
import { MeldingForm } from './melding-form';

export const metadata: Metadata = { title: 'Melding doen' };

export default async function MeldingPage() {
  const gemeente = await getPublicGemeente();
  const leefgebieden = await listPublicLeefgebieden();
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">Hulp vragen aan het sociaal wijkteam</h1>
      <p className="mt-4">
        Heeft u hulp nodig, of maakt u zich zorgen over iemand anders? Vertel het ons. Het sociaal wijkteam van {gemeente.naam} kijkt samen met u wat
        er nodig is. Dit kost u niets.
      </p>
      <p className="mt-2">Het invullen duurt ongeveer 5 minuten. U heeft geen account nodig.</p>
      <MeldingForm leefgebieden={leefgebieden.map((l) => ({ id: l.id, label: leefgebiedVoorInwoner(l) }))} />
    </>
  );
}
