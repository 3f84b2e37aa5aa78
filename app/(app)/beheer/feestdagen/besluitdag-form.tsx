'use client';
import { useActionState } from 'react';
import { Field, Input } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import { FormMessages, shown, Submit } from '../_components/form-parts';
import { addBesluitdagAction } from './actions';

export function BesluitdagForm() {
  const [state, formAction, pending] = useActionState<FormState, FormData>(addBesluitdagAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormMessages state={state} />
      <Field label="Dag" name="datum" hint="Bijvoorbeeld 15-05-2026." errors={e.datum}>
        <Input defaultValue={shown(state, 'datum')} inputMode="numeric" className="max-w-48" />
      </Field>
      <Field label="Welke dag" name="naam" hint="Bijvoorbeeld: Vrijdag na Hemelvaartsdag." errors={e.naam}>
        <Input defaultValue={shown(state, 'naam')} />
      </Field>
      <Field label="Bron" name="bron" hint="Het Koninklijk Besluit dat de dag gelijkstelt, met Staatsblad-nummer of link." errors={e.bron}>
        <Input defaultValue={shown(state, 'bron')} />
      </Field>
      <Submit pending={pending}>Dag toevoegen</Submit>
    </form>
  );
}
