'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { FormAction } from '@/lib/actions/states';

export function WachtwoordForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <Field label="Huidig wachtwoord" name="huidig" errors={e.huidig}>
        <Input type="password" autoComplete="current-password" />
      </Field>
      <Field label="Nieuw wachtwoord" name="nieuw" hint="Minstens 12 tekens, met kleine letters, hoofdletters en een cijfer." errors={e.nieuw}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Field label="Nieuw wachtwoord nog een keer" name="herhaling" errors={e.herhaling}>
        <Input type="password" autoComplete="new-password" />
      </Field>
      <Button disabled={pending}>{pending ? 'Bezig…' : 'Wachtwoord wijzigen'}</Button>
    </form>
  );
}
