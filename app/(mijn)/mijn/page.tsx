import type { Metadata } from 'next';
import { requireInwoner } from '@/lib/auth/inwoner';
import { formatDatum } from '@/lib/domain/dates';
import { AANVRAAG_STATUS_INWONER, BESLUIT_INWONER, MELDING_STATUS_INWONER, PLAN_STATUS_INWONER } from '@/lib/domain/inwoner';
import { getMijnOverzicht } from '@/lib/server/inwoner/get-mijn-overzicht';

export const metadata: Metadata = { title: 'Overzicht' };

export default async function MijnOverzichtPage() {
  const inwoner = await requireInwoner();
  const overzicht = await getMijnOverzicht(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Welkom, {inwoner.naam}</h1>
      <p className="mt-2 text-slate-700">{overzicht.huishouden}</p>

      <section aria-labelledby="plan-kop" className="mt-8">
        <h2 id="plan-kop" className="text-2xl font-bold">Uw plan</h2>
        {overzicht.plan ? (
          <p className="mt-2">{PLAN_STATUS_INWONER[overzicht.plan.status]} <a href="/mijn/plan">Bekijk uw plan</a></p>
        ) : (
          <p className="mt-2">Er is nog geen plan. Uw regisseur maakt het plan samen met u.</p>
        )}
      </section>

      <section aria-labelledby="aanvragen-kop" className="mt-8">
        <h2 id="aanvragen-kop" className="text-2xl font-bold">Uw aanvragen</h2>
        {overzicht.aanvragen.length === 0 ? <p className="mt-2">U heeft geen aanvragen.</p> : (
          <ul className="mt-2 space-y-3">
            {overzicht.aanvragen.map((a) => (
              <li key={a.id} className="border-l-4 border-brand-600 bg-brand-50 p-3">
                <p className="font-semibold">{a.product}{a.voor ? ` voor ${a.voor}` : ''}</p>
                <p>{AANVRAAG_STATUS_INWONER[a.status]}. Aangevraagd op {formatDatum(a.ontvangenOp)}.</p>
                {a.uiterlijk && <p>De gemeente beslist uiterlijk op {formatDatum(a.uiterlijk)}.</p>}
                {a.besluit && <p>{BESLUIT_INWONER[a.besluit.besluit]}{a.besluit.datum ? ` (besluit van ${formatDatum(a.besluit.datum)})` : ''}.</p>}
                <p className="text-base text-slate-700">Nummer {a.nummer}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meldingen-kop" className="mt-8">
        <h2 id="meldingen-kop" className="text-2xl font-bold">Uw meldingen</h2>
        {overzicht.meldingen.length === 0 ? <p className="mt-2">Er zijn geen meldingen.</p> : (
          <ul className="mt-2 space-y-3">
            {overzicht.meldingen.map((m) => (
              <li key={m.id} className="border-l-4 border-slate-400 bg-slate-50 p-3">
                <p className="font-semibold">Melding van {formatDatum(m.ontvangenOp)}</p>
                <p>{MELDING_STATUS_INWONER[m.status]}</p>
                {m.onderzoekUiterlijk && <p>Het wijkteam praat uiterlijk op {formatDatum(m.onderzoekUiterlijk)} met u over wat er nodig is.</p>}
                <p className="text-base text-slate-700">Nummer {m.kenmerk}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
