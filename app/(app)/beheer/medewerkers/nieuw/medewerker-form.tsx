'use client';
import { useActionState } from 'react';
import { CheckboxGroup, Checkbox } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { ROL_VALUES } from '@/lib/domain/enums';
import { ROL_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, shownList, Submit } from '../../_components/form-parts';
import { createMedewerkerAction } from '../actions';

type Props = { teams: { id: string; naam: string }[]; wijken: { id: string; naam: string }[] };

export function NieuweMedewerkerForm({ teams, wijken }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(createMedewerkerAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      <Field label="Naam" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam')} autoComplete="off" />
      </Field>
      <Field label="E-mailadres" name="email" hint="Hiermee logt de medewerker in." errors={e.email}>
        <Input type="email" defaultValue={shown(state, 'email')} autoComplete="off" spellCheck={false} />
      </Field>
      <Field label="Functie" name="functie" optional errors={e.functie}>
        <Input defaultValue={shown(state, 'functie')} />
      </Field>
      <Field label="Telefoonnummer" name="telefoon" optional errors={e.telefoon}>
        <Input type="tel" defaultValue={shown(state, 'telefoon')} />
      </Field>
      <CheckboxGroup
        legend="Rollen"
        name="rollen"
        hint="Wat de medewerker mag zien en doen. Kies er minstens één."
        options={ROL_VALUES.map((r) => ({ value: r, label: ROL_LABELS[r] }))}
        selected={shownList(state, 'rollen', [])}
        errors={e.rollen}
        columns={2}
      />
      <Field label="Eerste wachtwoord" name="wachtwoord" hint="Minstens 12 tekens, met kleine letters, hoofdletters en een cijfer. Geef het telefonisch door." errors={e.wachtwoord}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Field label="Team" name="teamId" optional errors={e.teamId}>
        <Select key={shown(state, 'teamId')} options={teams.map((t) => ({ value: t.id, label: t.naam }))} placeholder="Nog geen team" defaultValue={shown(state, 'teamId')} />
      </Field>
      <Checkbox label="Leidinggevende van dit team" name="isLead" defaultChecked={shownCheck(state, 'isLead', false)} />
      {wijken.length > 0 && (
        <CheckboxGroup
          legend="Focuswijken"
          name="focuswijkIds"
          hint="De wijken waar deze medewerker het meest werkt; casusverdeling houdt er rekening mee."
          options={wijken.map((w) => ({ value: w.id, label: w.naam }))}
          selected={shownList(state, 'focuswijkIds', [])}
          errors={e.focuswijkIds}
          columns={2}
        />
      )}
      <Submit pending={pending}>Medewerker aanmaken</Submit>
    </form>
  );
}
