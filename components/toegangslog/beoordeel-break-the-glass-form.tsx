'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { BREAK_THE_GLASS_UITKOMST_LABELS } from '@/lib/domain/audit-labels';
import { BREAK_THE_GLASS_UITKOMST_VALUES } from '@/lib/domain/enums';
import type { FormState } from '@/lib/forms';
import type { FormAction } from '@/lib/actions/states';

/** The privacy officer's review of one break-the-glass access (issue 16 item 18). */
export function BeoordeelBreakTheGlassForm({ action, breakTheGlassId, titel }: { action: FormAction; breakTheGlassId: string; titel: string }) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="rounded border-2 border-slate-300 bg-white p-4 sm:p-6">
      <h3 className="mb-3 text-lg font-bold text-slate-900">{titel}</h3>
      <input type="hidden" name="breakTheGlassId" value={breakTheGlassId} />
      {state.formError && <Alert>{state.formError}</Alert>}
      <RadioGroup
        legend="Was deze toegang gerechtvaardigd?"
        name="uitkomst"
        inline
        defaultValue={state.values?.uitkomst}
        errors={state.fieldErrors?.uitkomst}
        options={BREAK_THE_GLASS_UITKOMST_VALUES.map((v) => ({ value: v, label: BREAK_THE_GLASS_UITKOMST_LABELS[v] }))}
      />
      <Field
        label="Toelichting"
        name="beoordeling"
        hint="Verplicht bij ‘niet gerechtvaardigd’: waarom niet, en wat je ermee hebt gedaan (gesprek met de medewerker, melding datalek)."
        errors={state.fieldErrors?.beoordeling}
        optional
      >
        <Textarea rows={3} defaultValue={state.values?.beoordeling ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Beoordeling vastleggen'}</Button>
    </form>
  );
}
