'use client';
import { useActionState, useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/checkbox';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, Input, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { MELDING_LIMITS, VEILIGHEID_ANTWOORD_LABELS, wijstOpGevaar } from '@/lib/domain/melding';
import type { FormState } from '@/lib/forms';
import { HulpNu } from './hulp-nu';
import { submitMeldingAction } from './actions';

// The order of the fields, for the error summary at the top.
const LABELS: Record<string, string> = {
  overWie: 'Over wie gaat uw melding?',
  melderNaam: 'Uw naam',
  melderRelatie: 'Uw relatie tot deze persoon',
  inwonerWeetErVan: 'Weet deze persoon van uw melding?',
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  telefoon: 'Telefoonnummer',
  email: 'E-mailadres',
  vraag: 'Waar wilt u hulp bij?',
  leefgebieden: 'Onderwerpen',
  veiligheid: 'Veiligheid',
};

export function MeldingForm({ leefgebieden }: { leefgebieden: { id: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(submitMeldingAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [gevaar, setGevaar] = useState(wijstOpGevaar(v.veiligheid));
  const [hydrated, setHydrated] = useState(false);
  const [tekens, setTekens] = useState((v.vraag ?? '').length);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    setGevaar(wijstOpGevaar(state.values?.veiligheid));
    setTekens((state.values?.vraag ?? '').length);
  }, [state]);

  return (
    // The key remounts the fields with what was typed after each refused submit.
    <form key={JSON.stringify(v)} action={formAction} noValidate className="mt-8">
      <ErrorSummary errors={e} labels={LABELS} focusKey={state} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}

      <h2 className="mb-4 text-2xl font-bold">1. Over wie gaat het?</h2>
      <div className="group/overwie">
        <RadioGroup
          legend="Over wie gaat uw melding?"
          name="overWie"
          defaultValue={v.overWie}
          errors={e.overWie}
          options={[
            { value: 'mijzelf', label: 'Over mijzelf (of mijn gezin)' },
            { value: 'ander', label: 'Over iemand anders', className: 'over-ander' },
          ]}
        />
        {/* Shown when "iemand anders" is chosen: by CSS, so it also works before JavaScript has loaded. */}
        <div className="mb-6 hidden border-l-4 border-slate-400 pl-4 group-has-[.over-ander:checked]/overwie:block">
          <Field label="Uw naam" name="melderNaam" errors={e.melderNaam}>
            <Input defaultValue={v.melderNaam} autoComplete="name" className="max-w-md" />
          </Field>
          <Field label="Wat is uw relatie tot deze persoon?" name="melderRelatie" optional hint="Bijvoorbeeld buurvrouw, dochter of leerkracht." errors={e.melderRelatie}>
            <Input defaultValue={v.melderRelatie} className="max-w-md" />
          </Field>
          <RadioGroup
            legend="Weet deze persoon dat u deze melding doet?"
            name="inwonerWeetErVan"
            defaultValue={v.inwonerWeetErVan}
            errors={e.inwonerWeetErVan}
            inline
            options={[
              { value: 'ja', label: 'Ja' },
              { value: 'nee', label: 'Nee' },
              { value: 'onbekend', label: 'Ik weet het niet' },
            ]}
          />
        </div>
      </div>

      <h2 className="mb-1 mt-8 text-2xl font-bold">2. Gegevens van de persoon die hulp nodig heeft</h2>
      <p className="mb-4 text-base text-slate-700">Gaat de melding over uzelf? Vul dan uw eigen gegevens in.</p>
      <Field label="Naam" name="naam" hint="Voornaam en achternaam." errors={e.naam}>
        <Input defaultValue={v.naam} className="max-w-md" />
      </Field>
      <fieldset id="veld-geboortedatum" tabIndex={-1} className={`mb-5 ${e.geboortedatum ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={`geboortedatum-hint${e.geboortedatum ? ' geboortedatum-fout' : ''}`}>
        <legend className="font-semibold text-slate-900">
          Geboortedatum <span className="font-normal text-slate-600">(niet verplicht)</span>
        </legend>
        <p id="geboortedatum-hint" className="mt-0.5 text-sm text-slate-600">
          Bijvoorbeeld 27 3 1985. Dit helpt ons de juiste persoon te vinden.
        </p>
        {e.geboortedatum && (
          <p id="geboortedatum-fout" className="mt-1 font-semibold text-red-700">
            <span className="sr-only">Fout: </span>
            {e.geboortedatum.join(' ')}
          </p>
        )}
        <div className="mt-2 flex gap-4">
          {[
            { name: 'geboortedag', label: 'Dag', width: 'w-16' },
            { name: 'geboortemaand', label: 'Maand', width: 'w-16' },
            { name: 'geboortejaar', label: 'Jaar', width: 'w-24' },
          ].map((part) => (
            <div key={part.name}>
              <label htmlFor={`veld-${part.name}`} className="block text-base">
                {part.label}
              </label>
              <Input
                id={`veld-${part.name}`}
                name={part.name}
                inputMode="numeric"
                defaultValue={v[part.name]}
                aria-invalid={e.geboortedatum ? true : undefined}
                className={part.width}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <Field label="Postcode" name="postcode" hint="Bijvoorbeeld 1781 AB." errors={e.postcode}>
        <Input defaultValue={v.postcode} autoComplete="postal-code" className="w-36" />
      </Field>
      <Field label="Huisnummer" name="huisnummer" hint="Met toevoeging als die er is, bijvoorbeeld 12a." errors={e.huisnummer}>
        <Input defaultValue={v.huisnummer} className="w-36" />
      </Field>

      <h2 className="mb-1 mt-8 text-2xl font-bold">3. Hoe kunnen wij u bereiken?</h2>
      <p className="mb-4 text-base text-slate-700">Vul een telefoonnummer of een e-mailadres in, of allebei.</p>
      <Field label="Telefoonnummer" name="telefoon" errors={e.telefoon}>
        <Input type="tel" defaultValue={v.telefoon} autoComplete="tel" className="max-w-xs" />
      </Field>
      <Field label="E-mailadres" name="email" errors={e.email}>
        <Input type="email" defaultValue={v.email} autoComplete="email" spellCheck={false} className="max-w-md" />
      </Field>

      <h2 className="mb-4 mt-8 text-2xl font-bold">4. Uw vraag</h2>
      <Field
        label="Waar wilt u hulp bij?"
        name="vraag"
        hint={`Vertel in uw eigen woorden wat er aan de hand is en wat u al geprobeerd heeft. Gebruik maximaal ${MELDING_LIMITS.vraag} tekens.`}
        errors={e.vraag}
      >
        <Textarea defaultValue={v.vraag} rows={8} onChange={(event) => setTekens(event.currentTarget.value.length)} />
      </Field>
      {hydrated && (
        <p className={`-mt-4 mb-5 text-base ${tekens > MELDING_LIMITS.vraag ? 'font-semibold text-red-700' : 'text-slate-600'}`}>
          {tekens > MELDING_LIMITS.vraag
            ? `U heeft ${tekens - MELDING_LIMITS.vraag} tekens te veel.`
            : `U heeft nog ${MELDING_LIMITS.vraag - tekens} tekens over.`}
        </p>
      )}
      <CheckboxGroup
        legend="Over welke onderwerpen gaat het? (niet verplicht)"
        name="leefgebieden"
        hint="Kies alles wat past."
        options={leefgebieden.map((l) => ({ value: l.id, label: l.label }))}
        selected={v.leefgebieden?.split(',').filter(Boolean) ?? []}
        errors={e.leefgebieden}
        columns={2}
      />

      <h2 className="mb-4 mt-8 text-2xl font-bold">5. Veiligheid</h2>
      <div className="group/veiligheid">
        <RadioGroup
          legend="Is iemand op dit moment niet veilig, thuis of ergens anders?"
          name="veiligheid"
          hint="Bijvoorbeeld door geweld, bedreiging of verwaarlozing."
          defaultValue={v.veiligheid}
          errors={e.veiligheid}
          onChange={(value) => setGevaar(wijstOpGevaar(value))}
          options={[
            { value: 'ja', label: VEILIGHEID_ANTWOORD_LABELS.ja, className: 'gevaar' },
            { value: 'twijfel', label: VEILIGHEID_ANTWOORD_LABELS.twijfel, className: 'gevaar' },
            { value: 'nee', label: VEILIGHEID_ANTWOORD_LABELS.nee },
          ]}
        />
        {/* With JavaScript the help appears in a live region, so screen readers announce it; before JavaScript has
            loaded, CSS shows the same help as soon as a worrying answer is checked. */}
        <div aria-live="polite">
          {hydrated ? gevaar && <HulpNu /> : <div className={gevaar ? '' : 'hidden group-has-[.gevaar:checked]/veiligheid:block'}><HulpNu /></div>}
        </div>
      </div>

      {/* The honeypot: hidden from people and from assistive technology; bots that fill every field fill this one. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="veld-website">Website</label>
        <input id="veld-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <h2 className="mb-2 mt-8 text-2xl font-bold">Versturen</h2>
      <p className="mb-4 text-base text-slate-700">
        Wij gebruiken uw gegevens alleen om u te helpen. Alleen medewerkers die met uw vraag bezig zijn, kunnen ze zien.
      </p>
      <Button disabled={pending} className="px-6 py-3 text-lg">
        {pending ? 'Bezig met versturen…' : 'Melding versturen'}
      </Button>
    </form>
  );
}
