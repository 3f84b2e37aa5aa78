'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/actions/states';

/** Withdraw one consent (issue 21): one button, its own answer. */
export function IntrekkenForm({ action, toestemmingId, wat }: { action: FormAction; toestemmingId: string; wat: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok) return <Alert variant="success">{state.message}</Alert>;
  return (
    <form action={formAction} className="mt-2">
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="toestemmingId" value={toestemmingId} />
      <Button variant="secondary" disabled={pending} aria-label={`Toestemming intrekken: ${wat}`}>Toestemming intrekken</Button>
    </form>
  );
}
