'use client';
import { useActionState } from 'react';
import { Field, Input, Textarea } from '@/components/ui/field';
import { BEWAARTERMIJN_GRENZEN, TERMIJNEN, type TermijnVeld } from '@/lib/domain/gemeente-instellingen';
import { WET_VALUES, type Wet } from '@/lib/domain/enums';
import { WET_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, Submit } from '../_components/form-parts';
import { updateBewaartermijnenAction, updateGemeenteAction } from './actions';

type Gemeente = {
  version: number;
  naam: string;
  gemeentecode: string;
  postadres: string;
  postcodePlaats: string;
  telefoon: string;
  website: string;
  email: string;
  briefhoofd: string;
  ondertekening: string;
} & Record<TermijnVeld, number>;

export function GemeenteForm({ gemeente }: { gemeente: Gemeente }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(updateGemeenteAction, {});
  const e = state.fieldErrors ?? {};
  const text = (name: keyof Gemeente, label: string, hint?: string) => (
    <Field label={label} name={name} hint={hint} errors={e[name]}>
      <Input defaultValue={shown(state, name, gemeente[name])} />
    </Field>
  );
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormMessages state={state} />
      <input type="hidden" name="version" value={shown(state, 'version', gemeente.version)} />
      <h3 className="mb-2 font-bold">Gemeente</h3>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {text('naam', 'Naam van de gemeente')}
        {text('gemeentecode', 'Gemeentecode', '4 cijfers (CBS-code). De afzender van elk iWmo- en iJw-bericht.')}
        {text('postadres', 'Postadres')}
        {text('postcodePlaats', 'Postcode en plaats')}
        {text('telefoon', 'Telefoonnummer')}
        {text('website', 'Website')}
        {text('email', 'E-mailadres')}
      </div>
      <h3 className="mb-2 mt-4 font-bold">Brieven</h3>
      <Field label="Briefhoofd" name="briefhoofd" hint="Bovenaan elke brief, verslag en beschikking. Elke regel op een eigen regel." errors={e.briefhoofd}>
        <Textarea rows={4} defaultValue={shown(state, 'briefhoofd', gemeente.briefhoofd)} />
      </Field>
      <Field label="Ondertekening" name="ondertekening" hint="Onder elke brief." errors={e.ondertekening}>
        <Textarea rows={4} defaultValue={shown(state, 'ondertekening', gemeente.ondertekening)} />
      </Field>
      <h3 className="mb-2 mt-4 font-bold">Termijnen in dagen</h3>
      <p className="mb-3 text-slate-700">Een verordening mag een wettelijke termijn korter maken, niet langer. Nieuwe termijnen gelden voor wat vanaf nu start.</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {TERMIJNEN.map((t) => (
          <Field key={t.veld} label={t.label} name={t.veld} hint={`${t.bron}${t.wettelijk !== null ? ` (${t.wettelijk} dagen)` : ''}.`} errors={e[t.veld]}>
            <Input type="number" inputMode="numeric" min={t.min} max={t.max} className="max-w-32" defaultValue={shown(state, t.veld, gemeente[t.veld])} />
          </Field>
        ))}
      </div>
      <Submit pending={pending}>Instellingen opslaan</Submit>
    </form>
  );
}

export function BewaartermijnenForm({ termijnen }: { termijnen: { wet: Wet; jaren: number; version: number }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(updateBewaartermijnenAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormMessages state={state} />
      <div className="grid gap-x-4 sm:grid-cols-3">
        {WET_VALUES.map((wet) => {
          const row = termijnen.find((t) => t.wet === wet);
          return (
            <div key={wet}>
              <input type="hidden" name={`version_${wet}`} value={shown(state, `version_${wet}`, row?.version ?? '')} />
              <Field label={`${WET_LABELS[wet]} (jaren)`} name={wet} hint={`${BEWAARTERMIJN_GRENZEN[wet].bron}.`} errors={e[wet]}>
                <Input type="number" inputMode="numeric" min={BEWAARTERMIJN_GRENZEN[wet].min} className="max-w-32" defaultValue={shown(state, wet, row?.jaren)} />
              </Field>
            </div>
          );
        })}
      </div>
      <Submit pending={pending} variant="secondary">
        Bewaartermijnen opslaan
      </Submit>
    </form>
  );
}
