'use client';
import { useActionState } from 'react';
import { Checkbox, CheckboxGroup } from '@/components/ui/checkbox';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { VOORZIENING_SOORT_VALUES } from '@/lib/domain/enums';
import { VOORZIENING_SOORT_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, shownList, Submit } from '../_components/form-parts';
import { createVoorzieningAction, updateVoorzieningAction } from './actions';

type Voorziening = {
  id: string;
  version: number;
  naam: string;
  soort: string;
  aanbod: string;
  doelgroep: string;
  leefgebiedCodes: string[];
  wijkId: string | null;
  contactNaam: string | null;
  telefoon: string | null;
  email: string | null;
  website: string | null;
  adres: string | null;
  openingstijden: string | null;
  actief: boolean;
};

type Keuzes = { wijken: { id: string; naam: string }[]; leefgebieden: { code: string; naam: string; actief: boolean }[] };

export function VoorzieningForm({ voorziening, keuzes }: { voorziening?: Voorziening; keuzes: Keuzes }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(voorziening ? updateVoorzieningAction : createVoorzieningAction, {});
  const e = state.fieldErrors ?? {};
  const leefgebieden = keuzes.leefgebieden.filter((l) => l.actief || voorziening?.leefgebiedCodes.includes(l.code));
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      <FormMessages state={state} />
      {voorziening && <input type="hidden" name="voorzieningId" value={voorziening.id} />}
      {voorziening && <input type="hidden" name="version" value={shown(state, 'version', voorziening.version)} />}
      <Field label="Naam" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', voorziening?.naam)} />
      </Field>
      <Field label="Soort" name="soort" hint="Een algemene voorziening is vrij toegankelijk; een voorliggende partner is een organisatie waar je naar verwijst." errors={e.soort}>
        <Select key={shown(state, 'soort', voorziening?.soort)} options={VOORZIENING_SOORT_VALUES.map((s) => ({ value: s, label: VOORZIENING_SOORT_LABELS[s] }))} placeholder="Kies de soort" defaultValue={shown(state, 'soort', voorziening?.soort)} />
      </Field>
      <Field label="Wat biedt de voorziening?" name="aanbod" errors={e.aanbod}>
        <Textarea rows={3} defaultValue={shown(state, 'aanbod', voorziening?.aanbod)} />
      </Field>
      <Field label="Voor wie?" name="doelgroep" errors={e.doelgroep}>
        <Textarea rows={2} defaultValue={shown(state, 'doelgroep', voorziening?.doelgroep)} />
      </Field>
      <CheckboxGroup
        legend="Leefgebieden"
        name="leefgebiedCodes"
        hint="Bij deze leefgebieden wordt de voorziening aangeboden in triage en in het plan."
        options={leefgebieden.map((l) => ({ value: l.code, label: l.actief ? l.naam : `${l.naam} (inactief)` }))}
        selected={shownList(state, 'leefgebiedCodes', voorziening?.leefgebiedCodes ?? [])}
        errors={e.leefgebiedCodes}
        columns={3}
      />
      <Field label="Wijk" name="wijkId" errors={e.wijkId}>
        <Select key={shown(state, 'wijkId', voorziening?.wijkId)} options={keuzes.wijken.map((w) => ({ value: w.id, label: w.naam }))} placeholder="Hele gemeente" defaultValue={shown(state, 'wijkId', voorziening?.wijkId)} />
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Contactpersoon" name="contactNaam" optional errors={e.contactNaam}>
          <Input defaultValue={shown(state, 'contactNaam', voorziening?.contactNaam)} />
        </Field>
        <Field label="Telefoonnummer" name="telefoon" optional errors={e.telefoon}>
          <Input type="tel" defaultValue={shown(state, 'telefoon', voorziening?.telefoon)} />
        </Field>
        <Field label="E-mailadres" name="email" optional errors={e.email}>
          <Input type="email" defaultValue={shown(state, 'email', voorziening?.email)} spellCheck={false} />
        </Field>
        <Field label="Website" name="website" optional errors={e.website}>
          <Input defaultValue={shown(state, 'website', voorziening?.website)} spellCheck={false} />
        </Field>
      </div>
      <Field label="Adres" name="adres" optional errors={e.adres}>
        <Input defaultValue={shown(state, 'adres', voorziening?.adres)} />
      </Field>
      <Field label="Openingstijden" name="openingstijden" optional errors={e.openingstijden}>
        <Textarea rows={2} defaultValue={shown(state, 'openingstijden', voorziening?.openingstijden)} />
      </Field>
      {voorziening && <Checkbox label="Actief" name="actief" defaultChecked={shownCheck(state, 'actief', voorziening.actief)} hint="Een inactieve voorziening wordt niet meer aangeboden; eerdere verwijzingen blijven staan." />}
      <Submit pending={pending}>{voorziening ? 'Voorziening opslaan' : 'Voorziening toevoegen'}</Submit>
    </form>
  );
}
