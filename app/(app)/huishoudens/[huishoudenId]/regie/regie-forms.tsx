'use client';
import { useActionState, useEffect, useState } from 'react';
import { FormOutcome, VORM_OPTIONS } from '@/app/(app)/casusverdeling/_components/regie-forms';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Input, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { submitWithoutReset } from '@/components/gesprek/submit-without-reset';
import { endRegieAction, recordDoorzettingsmachtAction, requestOpschalingAction, wijzigRegieAction } from './actions';

export type TeamlidOptie = { id: string; label: string };

const CONTROL = 'block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

/** The teamlead reassigns a form of regie, or adds a second regisseur as an approved exception. */
export function WijzigRegieForm({ huishoudenId, casusId, version, teamleden, aanbieders }: {
  huishoudenId: string; casusId: string; version: number; teamleden: TeamlidOptie[]; aanbieders: { id: string; naam: string }[];
}) {
  const [state, formAction, isPending] = useActionState(wijzigRegieAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [mode, setMode] = useState(v.mode ?? 'WIJZIGEN');
  const [houder, setHouder] = useState(v.houder ?? '');
  // Issue 16 item 15: React resets a form after its action, and a <select> then falls back to its first option even
  // when controlled, losing the chosen regisseur after a refused submit. With JavaScript the form is submitted
  // without that reset (the other fields keep their values too); without it, the plain form post still works.
  // Recorded: start empty for a next change (what the reset did before).
  const [ronde, setRonde] = useState(0);
  useEffect(() => {
    if (!state.ok) return;
    setHouder('');
    setRonde((r) => r + 1);
  }, [state]);
  return (
    <form key={ronde} action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="casusId" value={casusId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary
        errors={e}
        labels={{ mode: 'Wat wil je doen?', vorm: 'Vorm van regie', houder: 'Wie krijgt de regie?', reden: 'Reden', uitzonderingReden: 'Reden voor de uitzondering', uitzonderingGoedgekeurd: 'Akkoord teamleider' }}
        focusKey={state}
      />
      <FormOutcome state={state} />
      <RadioGroup
        legend="Wat wil je doen?"
        name="mode"
        defaultValue={mode}
        onChange={setMode}
        errors={e.mode}
        options={[
          { value: 'WIJZIGEN', label: 'Regie overdragen of toevoegen', hint: 'De nieuwe regisseur vervangt de huidige in deze vorm; procesregie komt naast de casusregisseur. De vorige toewijzing blijft in de geschiedenis.' },
          { value: 'TWEEDE', label: 'Tweede regisseur als uitzondering', hint: 'Naast de huidige regisseur, bijvoorbeeld bij een gesplitst huishouden. Alleen met een reden en jouw akkoord als teamleider.' },
        ]}
      />
      <RadioGroup legend="Vorm van regie" name="vorm" defaultValue={v.vorm ?? 'CASUSREGIE'} options={VORM_OPTIONS} errors={e.vorm} inline />
      <Field label="Wie krijgt de regie?" name="houder" hint="Een wijkcoach uit het team, of voor casusregie een aanbieder (het team houdt dan de vinger aan de pols)." errors={e.houder}>
        <select className={CONTROL} value={houder} onChange={(event) => setHouder(event.target.value)}>
          <option value="">Kies een regisseur of aanbieder</option>
          <optgroup label="Team">
            {teamleden.map((t) => (
              <option key={t.id} value={`regisseur:${t.id}`}>{t.label}</option>
            ))}
          </optgroup>
          {aanbieders.length > 0 && (
            <optgroup label="Aanbieder (alleen casusregie)">
              {aanbieders.map((a) => (
                <option key={a.id} value={`aanbieder:${a.id}`}>{a.naam}</option>
              ))}
            </optgroup>
          )}
        </select>
      </Field>
      {houder.startsWith('aanbieder:') && (
        <Field label="Naam van de regisseur bij de aanbieder" name="externeRegisseurNaam" optional errors={e.externeRegisseurNaam}>
          <Input defaultValue={v.externeRegisseurNaam ?? ''} />
        </Field>
      )}
      <Field label="Reden" name="reden" hint="Waarom deze wijziging? Dit komt in de geschiedenis van de regie." errors={e.reden}>
        <Textarea rows={3} defaultValue={v.reden ?? ''} />
      </Field>
      {mode === 'TWEEDE' && (
        <div className="mb-5 border-l-4 border-amber-600 bg-amber-50 p-4">
          <Field label="Reden voor de uitzondering" name="uitzonderingReden" hint="Eén regisseur is de regel. Leg uit waarom dit huishouden er twee nodig heeft." errors={e.uitzonderingReden}>
            <Textarea rows={3} defaultValue={v.uitzonderingReden ?? ''} />
          </Field>
          {e.uitzonderingGoedgekeurd && <p id="veld-uitzonderingGoedgekeurd-fout" className="mb-2 font-semibold text-red-700">{e.uitzonderingGoedgekeurd.join(' ')}</p>}
          <Checkbox label="Ik keur deze uitzondering goed als teamleider" name="uitzonderingGoedgekeurd" defaultChecked={v.uitzonderingGoedgekeurd === 'on'} />
        </div>
      )}
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Regie vastleggen'}</Button>
    </form>
  );
}

/** Ends one current assignment (the casus keeps a lead regisseur). */
export function EndRegieForm({ huishoudenId, toewijzingId, version, label }: { huishoudenId: string; toewijzingId: string; version: number; label: string }) {
  const [state, formAction, isPending] = useActionState(endRegieAction, {});
  const [open, setOpen] = useState(false);
  if (state.ok) return <p role="status" className="text-sm text-green-900">{state.message}</p>;
  if (!open) {
    return (
      <Button type="button" variant="link" onClick={() => setOpen(true)} aria-label={`Beëindigen: ${label}`}>
        Beëindigen
      </Button>
    );
  }
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="min-w-64">
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="toewijzingId" value={toewijzingId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <Field label={`Waarom stopt ${label}?`} name="eindreden" errors={e.eindreden}>
        <Input defaultValue={state.values?.eindreden ?? ''} />
      </Field>
      <Button variant="danger" disabled={isPending}>{isPending ? 'Bezig…' : 'Regie beëindigen'}</Button>
    </form>
  );
}

export function OpschalingForm({ huishoudenId, casusId }: { huishoudenId: string; casusId: string }) {
  const [state, formAction, isPending] = useActionState(requestOpschalingAction, {});
  const e = state.fieldErrors ?? {};
  if (state.ok) return <FormOutcome state={state} />;
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="casusId" value={casusId} />
      <FormOutcome state={state} />
      <Field
        label="Waarom is procesregie nodig?"
        name="reden"
        hint="Bijvoorbeeld: veel partijen en leefgebieden, geen voortgang, of er is doorzettingsmacht nodig. De teamleider beslist."
        errors={e.reden}
      >
        <Textarea rows={4} defaultValue={state.values?.reden ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Opschalen aanvragen'}</Button>
    </form>
  );
}

export function DoorzettingsmachtForm({ huishoudenId, casusId }: { huishoudenId: string; casusId: string }) {
  const [state, formAction, isPending] = useActionState(recordDoorzettingsmachtAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate key={state.ok ? 'leeg' : 'invoer'}>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="casusId" value={casusId} />
      <FormOutcome state={state} />
      <Field label="Wat heb je besloten en waarom?" name="omschrijving" hint="Wie moet wat doen, en waarom het niet anders kon." errors={e.omschrijving}>
        <Textarea rows={3} defaultValue={state.ok ? '' : state.values?.omschrijving ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Doorzettingsmacht vastleggen'}</Button>
    </form>
  );
}
