'use client';
import { useActionState } from 'react';
import { Checkbox, CheckboxGroup } from '@/components/ui/checkbox';
import { Field, Input, Select } from '@/components/ui/field';
import { TEAM_SOORT_VALUES } from '@/lib/domain/enums';
import { TEAM_SOORT_LABELS } from '@/lib/domain/labels';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, shownList, Submit } from '../_components/form-parts';
import { createTeamAction, updateTeamAction } from './actions';

type Team = { id: string; version: number; naam: string; soort: string; actief: boolean; wijkIds: string[] };

export function TeamForm({ team, wijken }: { team?: Team; wijken: { id: string; naam: string }[] }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(team ? updateTeamAction : createTeamAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      {team && <input type="hidden" name="teamId" value={team.id} />}
      {team && <input type="hidden" name="version" value={shown(state, 'version', team.version)} />}
      <Field label="Naam van het team" name="naam" errors={e.naam}>
        <Input defaultValue={shown(state, 'naam', team?.naam)} />
      </Field>
      <Field label="Soort team" name="soort" errors={e.soort}>
        <Select key={shown(state, 'soort', team?.soort)} options={TEAM_SOORT_VALUES.map((s) => ({ value: s, label: TEAM_SOORT_LABELS[s] }))} placeholder="Kies het soort team" defaultValue={shown(state, 'soort', team?.soort)} />
      </Field>
      <CheckboxGroup
        legend="Wijken die dit team bedient"
        name="wijkIds"
        hint="Teamleden zien de huishoudens in deze wijken."
        options={wijken.map((w) => ({ value: w.id, label: w.naam }))}
        selected={shownList(state, 'wijkIds', team?.wijkIds ?? [])}
        errors={e.wijkIds}
        columns={2}
      />
      {team && <Checkbox label="Actief" name="actief" defaultChecked={shownCheck(state, 'actief', team.actief)} hint="Een inactief team krijgt geen nieuwe leden of casussen." />}
      {e.actief && <p className="mb-4 font-semibold text-red-700">{e.actief.join(' ')}</p>}
      <Submit pending={pending}>{team ? 'Team opslaan' : 'Team aanmaken'}</Submit>
    </form>
  );
}
