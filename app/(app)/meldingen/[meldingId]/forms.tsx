'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import { createHuishoudenAction, koppelMeldingAction } from '../actions';

/** One button per household found: attach the melding there. */
export function KoppelForm({ meldingId, version, huishoudenId, naam, nieuweCasus }: { meldingId: string; version: number; huishoudenId: string; naam: string; nieuweCasus: boolean }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(koppelMeldingAction, {});
  return (
    <form action={formAction} className="mt-3">
      <input type="hidden" name="meldingId" value={meldingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <Button disabled={pending} aria-label={`Koppel de melding aan ${naam}`}>
        {pending ? 'Bezig…' : nieuweCasus ? 'Koppel aan dit huishouden (nieuwe casus)' : 'Koppel aan dit huishouden en zijn open casus'}
      </Button>
    </form>
  );
}

const LABELS: Record<string, string> = {
  voornamen: 'Voornaam', tussenvoegsel: 'Tussenvoegsel', achternaam: 'Achternaam', geboortedatum: 'Geboortedatum', bsn: 'BSN',
  straat: 'Straat', huisnummer: 'Huisnummer', postcode: 'Postcode', woonplaats: 'Woonplaats', bevestigNieuw: 'Toch een nieuw huishouden', reden: 'Reden',
};

export type NieuwHuishoudenDefaults = Partial<Record<'persoonId' | 'persoonNaam' | 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geboortedatum' | 'postcode' | 'huisnummer' | 'woonplaats', string>>;

/** A new household for the person of the melding; asks an explicit choice with a reason when they already have one. */
export function NieuwHuishoudenForm({ meldingId, version, defaults }: { meldingId: string; version: number; defaults: NieuwHuishoudenDefaults }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(createHuishoudenAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const value = (name: keyof NieuwHuishoudenDefaults) => v[name] ?? defaults[name] ?? '';
  const persoonId = v.persoonId ?? defaults.persoonId ?? '';
  const keuzeNodig = Boolean(e.bevestigNieuw || e.reden || v.bevestigNieuw);
  return (
    <form key={JSON.stringify(v)} action={formAction} noValidate>
      <ErrorSummary errors={e} labels={LABELS} focusKey={state} />
      {state.formError && !Object.keys(e).length && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="meldingId" value={meldingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="persoonId" value={persoonId} />
      {persoonId ? (
        <p className="mb-4">
          Nieuw huishouden voor <strong>{defaults.persoonNaam}</strong> (bestaande persoon).
        </p>
      ) : (
        <div className="grid gap-x-6 sm:grid-cols-3">
          <Field label="Voornaam" name="voornamen" errors={e.voornamen}><Input defaultValue={value('voornamen')} /></Field>
          <Field label="Tussenvoegsel" name="tussenvoegsel" optional errors={e.tussenvoegsel}><Input defaultValue={value('tussenvoegsel')} /></Field>
          <Field label="Achternaam" name="achternaam" errors={e.achternaam}><Input defaultValue={value('achternaam')} /></Field>
          <Field label="Geboortedatum" name="geboortedatum" optional hint="Bijvoorbeeld 27-03-1985." errors={e.geboortedatum}><Input defaultValue={value('geboortedatum')} /></Field>
          <Field label="BSN" name="bsn" optional hint="Negen cijfers." errors={e.bsn}><Input defaultValue={v.bsn ?? ''} inputMode="numeric" autoComplete="off" /></Field>
        </div>
      )}
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Straat" name="straat" errors={e.straat}><Input defaultValue={v.straat ?? ''} /></Field>
        <Field label="Huisnummer" name="huisnummer" errors={e.huisnummer}><Input defaultValue={value('huisnummer')} /></Field>
        <Field label="Postcode" name="postcode" errors={e.postcode}><Input defaultValue={value('postcode')} /></Field>
        <Field label="Woonplaats" name="woonplaats" errors={e.woonplaats}><Input defaultValue={value('woonplaats')} /></Field>
      </div>
      {keuzeNodig && (
        <div className="mb-5 border-l-4 border-amber-600 bg-amber-50 p-4">
          <p className="mb-3 font-semibold">Deze persoon hoort al bij een huishouden. Eén persoon hoort bij één huishouden tegelijk.</p>
          {e.bevestigNieuw && <p className="mb-3 font-semibold text-red-700">{e.bevestigNieuw.join(' ')}</p>}
          <Checkbox label="Ja, maak toch een nieuw huishouden; het oude lidmaatschap stopt vandaag" name="bevestigNieuw" value="ja" defaultChecked={v.bevestigNieuw === 'ja'} />
          <Field label="Reden" name="reden" hint="Bijvoorbeeld: uit elkaar gegaan, woont nu apart." errors={e.reden}>
            <Textarea defaultValue={v.reden} rows={2} />
          </Field>
        </div>
      )}
      <Button variant="secondary" disabled={pending}>{pending ? 'Bezig…' : 'Nieuw huishouden aanmaken en koppelen'}</Button>
    </form>
  );
}
