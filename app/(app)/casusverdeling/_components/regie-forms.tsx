'use client';
import { useActionState, useState } from 'react';
import { assignRegieAction, decideOpschalingAction, neemBrpTaakOpAction } from '@/app/(app)/casusverdeling/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import type { FormState } from '@/lib/forms';
import { KandidaatHint, type KandidaatView } from './kandidaat-hint';

export const VORM_OPTIONS = [
  { value: 'CASUSREGIE', label: 'Casusregie', hint: 'Eén of twee leefgebieden: naast het huishouden staan en doen wat nodig is.' },
  { value: 'PROCESREGIE', label: 'Procesregie', hint: 'Meerdere leefgebieden en partijen: coördineren, soms met doorzettingsmacht. Alleen met mandaat.' },
];

export function FormOutcome({ state }: { state: FormState }) {
  if (state.formError) return <Alert variant="error" title="Dit kan niet">{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

/** The first regisseur of a waiting casus, chosen from the team's candidates (best fit first). */
export function AssignRegieForm({ casusId, version, kandidaten }: { casusId: string; version: number; kandidaten: KandidaatView[] }) {
  const [state, formAction, isPending] = useActionState(assignRegieAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [vorm, setVorm] = useState(v.vorm ?? 'CASUSREGIE');
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="casusId" value={casusId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={e} labels={{ vorm: 'Vorm van regie', regisseurId: 'Regisseur', reden: 'Reden' }} focusKey={state} />
      <FormOutcome state={state} />
      <RadioGroup legend="Vorm van regie" name="vorm" options={VORM_OPTIONS} defaultValue={vorm} onChange={setVorm} errors={e.vorm} inline />
      <RadioGroup
        legend="Regisseur"
        name="regisseurId"
        hint="Best passend eerst: aanwezig, met de wijk van het huishouden als focuswijk, en de laagste belasting per fte."
        defaultValue={v.regisseurId}
        errors={e.regisseurId}
        options={kandidaten.map((k) => ({ value: k.id, label: k.naam, hint: <KandidaatHint kandidaat={k} vorm={vorm} /> }))}
      />
      <Field label="Reden" name="reden" hint="Waarom deze regisseur en deze vorm? Dit komt in de geschiedenis van de regie." errors={e.reden}>
        <Textarea rows={3} defaultValue={v.reden ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Regie toewijzen'}</Button>
    </form>
  );
}

/** The teamlead's decision on an opschalingsverzoek. */
export function DecideOpschalingForm({ verzoekId, version, kandidaten }: { verzoekId: string; version: number; kandidaten: KandidaatView[] }) {
  const [state, formAction, isPending] = useActionState(decideOpschalingAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [besluit, setBesluit] = useState(v.besluit ?? '');
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="verzoekId" value={verzoekId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary errors={e} labels={{ besluit: 'Besluit', procesregisseurId: 'Procesregisseur', toelichting: 'Toelichting' }} focusKey={state} />
      <FormOutcome state={state} />
      <RadioGroup
        legend="Besluit"
        name="besluit"
        defaultValue={besluit}
        onChange={setBesluit}
        errors={e.besluit}
        options={[
          { value: 'TOEKENNEN', label: 'Toekennen: procesregie toewijzen', hint: 'De procesregisseur krijgt de lead; de casusregisseur blijft naast hem of haar.' },
          { value: 'AFWIJZEN', label: 'Afwijzen', hint: 'Geef een toelichting voor de regisseur.' },
        ]}
      />
      {besluit !== 'AFWIJZEN' && (
        <RadioGroup
          legend="Procesregisseur"
          name="procesregisseurId"
          hint="Alleen teamleden met het mandaat procesregie."
          defaultValue={v.procesregisseurId}
          errors={e.procesregisseurId}
          options={kandidaten.map((k) => ({ value: k.id, label: k.naam, hint: <KandidaatHint kandidaat={k} vorm="PROCESREGIE" /> }))}
        />
      )}
      <Field label="Toelichting" name="toelichting" optional={besluit !== 'AFWIJZEN'} hint="Verplicht bij afwijzen." errors={e.toelichting}>
        <Textarea rows={3} defaultValue={v.toelichting ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Besluit vastleggen'}</Button>
    </form>
  );
}

/** Issue 20: take a BRP task that nobody got. */
export function NeemBrpTaakOpForm({ taakId, titel }: { taakId: string; titel: string }) {
  const [state, formAction, isPending] = useActionState(neemBrpTaakOpAction, {});
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="taakId" value={taakId} />
      <FormOutcome state={state} />
      {!state.ok && <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Zelf oppakken'}<span className="sr-only">: {titel}</span></Button>}
    </form>
  );
}
