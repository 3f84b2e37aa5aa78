'use client';
import { useActionState } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Field, Input } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, shownCheck, Submit } from '../_components/form-parts';
import { addPostcodeGebiedAction, createWijkAction, updateWijkAction } from './actions';

type Wijk = { id: string; code: string; naam: string; inwoners: number | null; actief: boolean };

export function WijkForm({ wijk }: { wijk?: Wijk }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(wijk ? updateWijkAction : createWijkAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      {wijk && <input type="hidden" name="wijkId" value={wijk.id} />}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field label="Code" name="code" hint="Kort, bijvoorbeeld CEN." errors={e.code}>
          <Input defaultValue={shown(state, 'code', wijk?.code)} autoCapitalize="characters" />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Naam" name="naam" errors={e.naam}>
            <Input defaultValue={shown(state, 'naam', wijk?.naam)} />
          </Field>
        </div>
      </div>
      <Field label="Aantal inwoners" name="inwoners" optional hint="Voor de rapportage per wijk." errors={e.inwoners}>
        <Input inputMode="numeric" className="max-w-48" defaultValue={shown(state, 'inwoners', wijk?.inwoners)} />
      </Field>
      {wijk && <Checkbox label="Actief" name="actief" defaultChecked={shownCheck(state, 'actief', wijk.actief)} />}
      <Submit pending={pending}>{wijk ? 'Wijk opslaan' : 'Wijk aanmaken'}</Submit>
    </form>
  );
}

export function PostcodeGebiedForm({ wijkId }: { wijkId: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addPostcodeGebiedAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="mt-4 max-w-2xl">
      <h3 className="mb-2 font-bold">Postcodereeks toevoegen</h3>
      <FormMessages state={state} />
      <input type="hidden" name="wijkId" value={wijkId} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Eerste postcode" name="postcodeVan" hint="Bijvoorbeeld 1781 AA." errors={e.postcodeVan}>
          <Input defaultValue={shown(state, 'postcodeVan')} autoComplete="off" />
        </Field>
        <Field label="Laatste postcode" name="postcodeTot" hint="Bijvoorbeeld 1781 ZZ. Gelijk aan de eerste voor één postcode." errors={e.postcodeTot}>
          <Input defaultValue={shown(state, 'postcodeTot')} autoComplete="off" />
        </Field>
      </div>
      <Submit pending={pending} variant="secondary">
        Reeks toevoegen
      </Submit>
    </form>
  );
}
