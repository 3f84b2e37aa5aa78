import type { Metadata } from 'next';
import { DoelVoortgangForm, PlanReactieForm } from '@/components/mijn/plan-forms';
import { Alert } from '@/components/ui/alert';
import { requireInwoner } from '@/lib/auth/inwoner';
import { formatDatum } from '@/lib/domain/dates';
import { ARRANGEMENT_INWONER, HORIZON_INWONER, PLAN_STATUS_INWONER, UITVOERDER_INWONER, VOORTGANG_SCHAAL } from '@/lib/domain/inwoner';
import { getMijnPlan, type MijnPlanVersie } from '@/lib/server/inwoner/get-mijn-plan';
import { doelVoortgangAction, planReactieAction } from './actions';

export const metadata: Metadata = { title: 'Mijn plan' };

export default async function MijnPlanPage() {
  const inwoner = await requireInwoner();
  const { geldend, concept } = await getMijnPlan(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Mijn plan</h1>
      {!geldend && !concept && <p className="mt-4">Er is nog geen plan. Uw regisseur maakt het plan samen met u.</p>}
      {concept && (
        <section aria-labelledby="concept-kop" className="mt-6">
          <h2 id="concept-kop" className="text-2xl font-bold">{geldend ? 'Nieuw plan (concept)' : 'Uw plan (concept)'}</h2>
          <Versie versie={concept} kop="concept" />
        </section>
      )}
      {geldend && (
        <section aria-labelledby="geldend-kop" className="mt-10">
          <h2 id="geldend-kop" className="text-2xl font-bold">{concept ? 'Het plan dat nu geldt' : 'Uw plan'}</h2>
          <Versie versie={geldend} kop="geldend" />
        </section>
      )}
    </>
  );
}

function Versie({ versie, kop }: { versie: MijnPlanVersie; kop: string }) {
  const akkoordMogelijk = versie.status === 'TER_AKKOORD' && !versie.akkoordInwonerOp;
  const voortgangMogelijk = versie.status !== 'CONCEPT';
  return (
    <div>
      <p className="mt-2">{PLAN_STATUS_INWONER[versie.status]}</p>
      {versie.akkoordInwonerOp && (
        <Alert variant="success">U was het op {formatDatum(versie.akkoordInwonerOp)} eens met dit plan. Uw regisseur ziet dat.</Alert>
      )}
      {versie.regisseur && <p className="mt-1">Uw regisseur is {versie.regisseur.naam}{versie.regisseur.telefoon ? `, telefoon ${versie.regisseur.telefoon}` : ''}.</p>}
      {versie.evaluatieDatum && <p className="mt-1">We bespreken samen hoe het gaat rond {formatDatum(versie.evaluatieDatum)}.</p>}
      {versie.watGaatGoed && (
        <>
          <h3 className="mt-6 text-xl font-bold">Wat goed gaat</h3>
          <p className="mt-1 whitespace-pre-line">{versie.watGaatGoed}</p>
        </>
      )}
      <h3 className="mt-6 text-xl font-bold">Uw doelen</h3>
      {versie.doelen.length === 0 && <p className="mt-1">Er staan nog geen doelen in dit plan.</p>}
      <ol className="mt-2 space-y-4">
        {versie.doelen.map((d, i) => (
          <li key={d.id} className="border-l-4 border-brand-600 bg-brand-50 p-3" aria-labelledby={`${kop}-doel-${i + 1}`}>
            <h4 id={`${kop}-doel-${i + 1}`} className="font-bold">Doel {i + 1}: {d.omschrijving}</h4>
            <p className="text-base text-slate-700">{d.leefgebied} · {HORIZON_INWONER[d.horizon]}{d.voor ? ` · voor ${d.voor}` : ''}</p>
            <p className="mt-1">Zo merken we dat het lukt: {d.zichtbaarAan}</p>
            {d.acties.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {d.acties.map((a) => (
                  <li key={a.id}>{a.wieNaam || UITVOERDER_INWONER[a.wie]}: {a.wat}{a.uiterlijk ? ` (uiterlijk ${formatDatum(a.uiterlijk)})` : ''}</li>
                ))}
              </ul>
            )}
            {d.voortgang.length > 0 && (
              <div className="mt-2">
                <p className="font-semibold">Hoe het ging</p>
                <ul className="mt-1 space-y-1">
                  {d.voortgang.map((v) => (
                    <li key={v.id}>{formatDatum(v.op)}: {VOORTGANG_SCHAAL[v.schaal]}. {v.tekst}{v.vanMij ? '' : ' (iemand anders uit uw huishouden)'}</li>
                  ))}
                </ul>
              </div>
            )}
            {voortgangMogelijk && <DoelVoortgangForm action={doelVoortgangAction} doelId={d.id} nummer={i + 1} />}
          </li>
        ))}
      </ol>
      {versie.algemeneActies.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Wie doet wat</h3>
          <ul className="mt-2 list-disc pl-6">
            {versie.algemeneActies.map((a) => <li key={a.id}>{a.wieNaam || UITVOERDER_INWONER[a.wie]}: {a.wat}</li>)}
          </ul>
        </>
      )}
      {versie.arrangement.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Welke hulp er is</h3>
          <ul className="mt-2 space-y-2">
            {versie.arrangement.map((a) => (
              <li key={a.id}>
                <span className="font-semibold">{ARRANGEMENT_INWONER[a.soort]}:</span> {a.omschrijving}
                {[a.voorziening?.naam, a.product].filter((n): n is string => !!n && !a.omschrijving.includes(n)).map((n) => ` (${n})`).join('')}
                {a.voor ? `, voor ${a.voor}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {versie.reacties.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Uw antwoorden</h3>
          <ul className="mt-2 space-y-1">
            {versie.reacties.map((r) => (
              <li key={r.id}>{formatDatum(r.op)}: {r.soort === 'AKKOORD' ? 'U was het eens met het plan.' : 'U vroeg om iets anders.'}{r.opmerking ? ` “${r.opmerking}”` : ''}</li>
            ))}
          </ul>
        </>
      )}
      {akkoordMogelijk && (
        <div className="mt-8 border-4 border-brand-600 p-4">
          <PlanReactieForm action={planReactieAction} versieId={versie.id} version={versie.version} />
        </div>
      )}
    </div>
  );
}
