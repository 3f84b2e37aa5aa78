'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/forms';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Issue 22: one or more buttons that answer a partner's signal or proposal (hidden ids, a named value per button). */
export function InbrengKnop({ action, hidden, knoppen }: { action: Action; hidden: Record<string, string>; knoppen: { label: string; name?: string; value?: string; variant?: 'primary' | 'secondary' }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  if (state.ok) return <p className="font-semibold text-green-800" role="status">{state.message}</p>;
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2">
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {knoppen.map((k) => (
        <Button key={k.label} variant={k.variant ?? 'secondary'} name={k.name} value={k.value} disabled={pending}>{k.label}</Button>
      ))}
    </form>
  );
}
