import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { formatDatum, formatDatumTijd } from '@/lib/domain/dates';
import { VOORTGANG_SCHAAL } from '@/lib/domain/inwoner';
import type { ActieStatus, ArrangementSoort, PlanStatus } from '@/lib/domain/enums';
import {
  AANVRAAG_STATUS_LABELS,
  ACTIE_STATUS_LABELS,
  ARRANGEMENT_SOORT_LABELS,
  HORIZON_LABELS,
  LEVERINGSVORM_LABELS,
  PLAN_STATUS_LABELS,
  UITVOERDER_LABELS,
  WET_LABELS,
  WIJZE_LABELS,
} from '@/lib/domain/labels';
import type { PlanVersieWeergave } from '@/lib/server/plan/get-plan';

export const PLAN_STATUS_TONE: Record<PlanStatus, BadgeTone> = {
  CONCEPT: 'warning',
  TER_AKKOORD: 'info',
  VASTGESTELD: 'success',
  IN_UITVOERING: 'success',
  GEEVALUEERD: 'neutral',
  VERVANGEN: 'neutral',
};

const ACTIE_TONE: Record<ActieStatus, BadgeTone> = { OPEN: 'neutral', BEZIG: 'info', GEDAAN: 'success', VERVALLEN: 'neutral' };
const SOORTEN: ArrangementSoort[] = ['EIGEN_KRACHT', 'NETWERK', 'ALGEMENE_VOORZIENING', 'MAATWERK'];

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return <Badge tone={PLAN_STATUS_TONE[status]}>{PLAN_STATUS_LABELS[status]}</Badge>;
}

type Actie = PlanVersieWeergave['acties'][number];

/** One version of the plan, read-only. `actieStatus` renders the progress control of an action while in uitvoering. */
export function PlanView({ versie, actieStatus }: { versie: PlanVersieWeergave; actieStatus?: (actie: Actie) => ReactNode }) {
  const actieRij = (a: Actie) => (
    <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 py-2 last:border-0">
      <div>
        <p>{a.wat}</p>
        <p className="text-sm text-slate-700">
          {UITVOERDER_LABELS[a.wie]}
          {a.wieNaam ? ` (${a.wieNaam})` : ''}
          {a.uiterlijk ? ` · uiterlijk ${formatDatum(a.uiterlijk)}` : ''}
        </p>
      </div>
      {actieStatus ? actieStatus(a) : <Badge tone={ACTIE_TONE[a.status]}>{ACTIE_STATUS_LABELS[a.status]}</Badge>}
    </li>
  );
  const losseActies = versie.acties.filter((a) => !a.doelId || !versie.doelen.some((d) => d.id === a.doelId));

  return (
    <>
      {versie.inwonerReacties.length > 0 && (
        <Section title="Antwoord van het huishouden in Mijn plan">
          <ul className="grid gap-2">
            {versie.inwonerReacties.map((r) => (
              <li key={r.id} className="border-l-4 border-brand-600 pl-3">
                <p className="font-semibold">{r.soort === 'AKKOORD' ? 'Akkoord met het plan' : 'Vraagt om wijziging'}</p>
                <p className="text-sm text-slate-700">{r.door ?? 'Inwoner'} · {formatDatumTijd(r.op)} · {WIJZE_LABELS[r.wijze].toLowerCase()} (Mijn plan)</p>
                {r.opmerking && <p className="mt-1 whitespace-pre-line">{r.opmerking}</p>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Wat gaat goed">
        {versie.watGaatGoed ? <p className="whitespace-pre-line">{versie.watGaatGoed}</p> : <EmptyState>Nog niet ingevuld.</EmptyState>}
      </Section>

      <Section title="Vragen en zorgen">
        {versie.vragen.length === 0 ? (
          <EmptyState>Nog geen vragen per leefgebied.</EmptyState>
        ) : (
          <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            {versie.vragen.map((v) => (
              <div key={v.id} className="contents">
                <dt className="font-semibold">{v.leefgebied}</dt>
                <dd>{v.tekst}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>

      <Section title="Doelen en acties">
        {versie.doelen.length === 0 && <EmptyState>Nog geen doelen.</EmptyState>}
        <ol className="grid gap-4">
          {versie.doelen.map((d) => {
            const acties = versie.acties.filter((a) => a.doelId === d.id);
            return (
              <li key={d.id} className="rounded border border-slate-200 p-4">
                <h3 className="text-base font-bold text-slate-900">
                  Doel {d.nummer}: {d.omschrijving}
                </h3>
                <p className="mt-1 text-sm text-slate-700">
                  {d.leefgebied} · {HORIZON_LABELS[d.horizon]}
                  {d.persoon ? ` · voor ${d.persoon}` : ''}
                </p>
                <p className="mt-2">
                  <span className="font-semibold">Zo weten we dat het gelukt is: </span>
                  {d.zichtbaarAan}
                </p>
                {acties.length > 0 && (
                  <>
                    <h4 className="mt-3 font-semibold">Wie doet wat</h4>
                    <ul>{acties.map(actieRij)}</ul>
                  </>
                )}
                {d.voortgang.length > 0 && (
                  <>
                    <h4 className="mt-3 font-semibold">Voortgang volgens het huishouden</h4>
                    <ul className="grid gap-1">
                      {d.voortgang.map((v) => (
                        <li key={v.id}>
                          <span className="font-semibold">{v.schaal} van 5 · {VOORTGANG_SCHAAL[v.schaal]}</span>: {v.tekst}
                          <span className="block text-sm text-slate-700">{v.door ?? 'Inwoner'} · {formatDatumTijd(v.op)}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ol>
        {losseActies.length > 0 && (
          <>
            <h3 className="mt-4 font-bold">Andere afspraken</h3>
            <ul>{losseActies.map(actieRij)}</ul>
          </>
        )}
      </Section>

      <Section title="Arrangement">
        {versie.arrangement.length === 0 && <EmptyState>Nog geen hulp in het arrangement.</EmptyState>}
        {SOORTEN.map((soort) => {
          const items = versie.arrangement.filter((a) => a.soort === soort);
          if (!items.length) return null;
          return (
            <div key={soort} className="mb-4">
              <h3 className="font-bold">{ARRANGEMENT_SOORT_LABELS[soort]}</h3>
              <ul className="mt-1 grid gap-2">
                {items.map((a) => (
                  <li key={a.id} className="border-l-4 border-slate-200 pl-3">
                    <p>
                      {a.voorziening ? <span className="font-semibold">{a.voorziening.naam}: </span> : null}
                      {a.product ? (
                        <span className="font-semibold">
                          {a.product.code} {a.product.naam} ({WET_LABELS[a.product.wet]}):{' '}
                        </span>
                      ) : null}
                      {a.omschrijving}
                    </p>
                    {soort === 'MAATWERK' && (
                      <p className="text-sm text-slate-700">
                        {a.persoon ? `Voor ${a.persoon}` : 'Nog niet gekozen voor wie'}
                        {a.leveringsvorm ? ` · ${LEVERINGSVORM_LABELS[a.leveringsvorm]}` : ''} · eerst overwogen: eigen kracht {a.overwogen.eigenKracht ? 'ja' : 'nee'},
                        netwerk {a.overwogen.netwerk ? 'ja' : 'nee'}, algemene voorzieningen {a.overwogen.algemeneVoorziening ? 'ja' : 'nee'}
                        {a.overwegingToelichting ? `. ${a.overwegingToelichting}` : ''}
                      </p>
                    )}
                    {a.aanvraag && (
                      <p className="mt-1 text-sm">
                        Aanvraag <span className="font-mono">{a.aanvraag.nummer}</span> · {AANVRAAG_STATUS_LABELS[a.aanvraag.status]} · ontvangen{' '}
                        {formatDatum(a.aanvraag.ontvangenOp)}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </Section>

      <Section title="Bewaken en evalueren">
        <dl className="grid gap-2 sm:grid-cols-[14rem_1fr]">
          <dt className="font-semibold">Bewaakt door</dt>
          <dd>{versie.monitor ?? '—'}</dd>
          <dt className="font-semibold">Contactpersoon</dt>
          <dd>{versie.contactpersoon ? [versie.contactpersoon.naam, versie.contactpersoon.telefoon].filter(Boolean).join(', ') : '—'}</dd>
          <dt className="font-semibold">Evaluatie</dt>
          <dd>{versie.evaluatieDatum ? formatDatum(versie.evaluatieDatum) : '—'}</dd>
          <dt className="font-semibold">Akkoord huishouden</dt>
          <dd>
            {versie.akkoordInwonerOp
              ? `${formatDatum(versie.akkoordInwonerOp)}${versie.akkoordWijze ? `, ${WIJZE_LABELS[versie.akkoordWijze].toLowerCase()}` : ''}`
              : 'Nog niet'}
          </dd>
          <dt className="font-semibold">Vastgesteld</dt>
          <dd>{versie.vastgesteldOp ? `${formatDatum(versie.vastgesteldOp)} door ${versie.vastgesteldDoor ?? 'onbekend'}` : 'Nog niet'}</dd>
        </dl>
      </Section>
    </>
  );
}
