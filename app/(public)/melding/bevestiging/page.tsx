import type { Metadata } from 'next';
import Link from 'next/link';
import { bevestigingTekst } from '@/lib/domain/melding';
import { readBevestigingToken } from '@/lib/server/melding/bevestiging-token';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';
import { getBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { HulpNu } from '../hulp-nu';

export const metadata: Metadata = { title: 'Melding verstuurd' };

export default async function BevestigingPage({ searchParams }: { searchParams: Promise<{ b?: string }> }) {
  const { b } = await searchParams;
  const bevestiging = readBevestigingToken(typeof b === 'string' ? b : undefined);
  const gemeente = await getPublicGemeente();
  if (!bevestiging) {
    return (
      <>
        <h1 className="text-3xl font-bold">Deze pagina is verlopen</h1>
        <p className="mt-4">
          Wij kunnen de bevestiging van uw melding hier niet meer tonen. Heeft u uw melding verstuurd, dan staat het kenmerk in uw eigen
          aantekeningen. Vragen? Bel {gemeente.telefoon}.
        </p>
        <p className="mt-4">
          <Link href="/melding">Een nieuwe melding doen</Link>
        </p>
      </>
    );
  }
  const tekst = bevestigingTekst({ ...bevestiging, besluitdagen: await getBesluitdagen() });
  return (
    <>
      <div className="mb-8 bg-green-800 p-6 text-center text-white">
        <h1 className="text-3xl font-bold">Uw melding is verstuurd</h1>
        <p className="mt-3 text-xl">
          Uw kenmerk is
          <br />
          <strong className="font-mono text-2xl" data-testid="kenmerk">
            {bevestiging.kenmerk}
          </strong>
        </p>
      </div>
      {tekst.hulpNuSlot && <HulpNu titel="U gaf aan dat iemand misschien niet veilig is." slot={tekst.hulpNuSlot} />}
      <p>Bewaar dit kenmerk. Noem het als u contact met ons opneemt.</p>

      <h2 className="mt-8 text-2xl font-bold">Wat gebeurt er nu?</h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        {tekst.stappen.map((stap) => (
          <li key={stap}>{stap}</li>
        ))}
      </ol>
      {tekst.eigenPlan && (
        <>
          <p className="mt-6">{tekst.eigenPlan}</p>
          <p className="mt-6">
            Valt de laatste dag in het weekend of op een feestdag? Dan hebben wij en u tot de eerste werkdag daarna. Zo staat het in de Algemene
            termijnenwet, en zo hebben wij de data hierboven al berekend.
          </p>
        </>
      )}
      <p className="mt-6">
        Vragen? Bel de gemeente op <a href={`tel:${gemeente.telefoon.replace(/\s/g, '')}`}>{gemeente.telefoon}</a>.
      </p>
    </>
  );
}
