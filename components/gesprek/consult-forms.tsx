'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import type { FormAction } from '@/lib/actions/states';

export function TakeConsultForm({ action, consultId, version }: { action: FormAction; consultId: string; version: number }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} className="mb-4">
      <input type="hidden" name="consultId" value={consultId} />
      <input type="hidden" name="version" value={version} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Consult oppakken'}</Button>
    </form>
  );
}

/** Answering closes the consult; an answered VEILIGHEID consult no longer blocks closing the casus. */
export function AnswerConsultForm({ action, consultId, version }: { action: FormAction; consultId: string; version: number }) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (state.ok) return <Alert variant="success">{state.message}</Alert>;
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="consultId" value={consultId} />
      <input type="hidden" name="version" value={version} />
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <Field label="Je advies" name="advies" hint="Je advies aan de wijkcoach: wat is nodig voor de veiligheid, en welke vervolgstappen (meldcode)?" errors={state.fieldErrors?.advies}>
        <Textarea rows={6} defaultValue={state.values?.advies ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Advies geven en consult afronden'}</Button>
    </form>
  );
}
