'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import type { FormState } from '@/lib/forms';
import type { FormAction } from '@/lib/actions/states';

function Uitkomst({ state }: { state: FormState }) {
  if (state.formError) return <Alert>{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

export function AddBetrokkeneForm({ action, huishoudenId, today }: { action: FormAction; huishoudenId: string; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <Uitkomst state={state} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Naam" name="naam" errors={e.naam}>
          <Input defaultValue={v.naam ?? ''} autoComplete="off" />
        </Field>
        <Field label="Rol" name="rol" hint="Bijvoorbeeld huisarts, mentor op school, wijkverpleegkundige." errors={e.rol}>
          <Input defaultValue={v.rol ?? ''} autoComplete="off" />
        </Field>
        <Field label="Organisatie" name="organisatie" optional errors={e.organisatie}>
          <Input defaultValue={v.organisatie ?? ''} autoComplete="off" />
        </Field>
        <Field label="Betrokken sinds" name="vanaf" errors={e.vanaf}>
          <Input type="date" defaultValue={v.vanaf ?? today} />
        </Field>
        <Field label="Telefoon" name="telefoon" optional errors={e.telefoon}>
          <Input type="tel" defaultValue={v.telefoon ?? ''} autoComplete="off" />
        </Field>
        <Field label="E-mail" name="email" optional errors={e.email}>
          <Input type="email" defaultValue={v.email ?? ''} autoComplete="off" />
        </Field>
      </div>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Betrokkene toevoegen'}</Button>
    </form>
  );
}

export function EndBetrokkeneForm({ action, betrokkeneId, naam, today }: { action: FormAction; betrokkeneId: string; naam: string; today: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 underline">Niet meer betrokken</summary>
      <form action={formAction} noValidate className="mt-2">
        <input type="hidden" name="betrokkeneId" value={betrokkeneId} />
        <Uitkomst state={state} />
        {/* Several of these forms share the page: the field gets an id of its own rather than Field's veld-tot. */}
        <label htmlFor={`tot-${betrokkeneId}`} className="block font-semibold text-slate-900">
          Betrokken tot en met <span className="sr-only">({naam})</span>
        </label>
        {e.tot && (
          <p id={`tot-${betrokkeneId}-fout`} className="font-semibold text-red-700">
            {e.tot.join(' ')}
          </p>
        )}
        <Input
          id={`tot-${betrokkeneId}`}
          type="date"
          name="tot"
          defaultValue={state.values?.tot ?? today}
          aria-invalid={e.tot ? true : undefined}
          aria-describedby={e.tot ? `tot-${betrokkeneId}-fout` : undefined}
          className="mb-2 mt-1"
        />
        <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Beëindigen'}</Button>
      </form>
    </details>
  );
}
