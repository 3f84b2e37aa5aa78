import type { Metadata } from 'next';
import Link from 'next/link';
import { bevestigingTermijnen, CONTACT_BINNEN_WERKDAGEN } from '@/lib/domain/melding';
import { formatDatum } from '@/lib/domain/dates';
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
  const { onderzoekUiterlijk, persoonlijkPlanUiterlijk } = bevestigingTermijnen(bevestiging.ontvangenOp, await getBesluitdagen(), bevestiging.termijnDagen);
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
      {bevestiging.urgent && <HulpNu titel="U gaf aan dat iemand misschien niet veilig is." />}
      <p>Bewaar dit kenmerk. Noem het als u contact met ons opneemt.</p>

      <h2 className="mt-8 text-2xl font-bold">Wat gebeurt er nu?</h2>
      <ol className="mt-4 list-decimal space-y-3 pl-6">
        <li>Een medewerker van het sociaal wijkteam leest uw melding.</li>
        <li>
          {bevestiging.urgent
            ? 'Omdat u zorgen heeft over iemands veiligheid, nemen wij zo snel mogelijk contact met u op.'
            : `Wij nemen binnen ${CONTACT_BINNEN_WERKDAGEN} werkdagen contact met u op, met de telefoon of per e-mail.`}
        </li>
        <li>Samen met u kijken wij wat er aan de hand is en welke hulp past. Vaak is dat een gesprek bij u thuis.</li>
        <li>
          Wij ronden dit onderzoek af <strong>uiterlijk op {formatDatum(onderzoekUiterlijk)}</strong>: binnen 6 weken na uw melding, zo staat het in de
          Wet maatschappelijke ondersteuning. U krijgt daarna een verslag van het gesprek.
        </li>
      </ol>
      <p className="mt-6">
        Wilt u zelf opschrijven welke hulp u nodig heeft? Dat mag: stuur ons dan uw eigen plan uiterlijk op {formatDatum(persoonlijkPlanUiterlijk)}.
      </p>
      <p className="mt-6">
        Valt de laatste dag in het weekend of op een feestdag? Dan hebben wij en u tot de eerste werkdag daarna. Zo staat het in de Algemene
        termijnenwet, en zo hebben wij de data hierboven al berekend.
      </p>
      <p className="mt-6">
        Vragen? Bel de gemeente op <a href={`tel:${gemeente.telefoon.replace(/\s/g, '')}`}>{gemeente.telefoon}</a>.
      </p>
    </>
  );
}
