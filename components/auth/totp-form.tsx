'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { FormAction } from '@/lib/actions/states';

export function TotpForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <Field label="Verificatiecode" name="code" hint="De zes cijfers die je app nu toont." errors={state.fieldErrors?.code}>
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={7} defaultValue={state.values?.code ?? ''} className="max-w-40 font-mono tracking-widest" />
      </Field>
      <Button disabled={pending}>{pending ? 'Bezig…' : 'Tweestapsverificatie aanzetten'}</Button>
    </form>
  );
}
