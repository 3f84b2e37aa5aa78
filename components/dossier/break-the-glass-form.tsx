'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { BTG_GELDIG_UREN, BTG_REDEN_MIN } from '@/lib/domain/dossier';
import type { FormAction } from '@/lib/actions/states';

export function BreakTheGlassForm({ action, huishoudenId }: { action: FormAction; huishoudenId: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="rounded border-2 border-amber-600 bg-amber-50 p-4 sm:p-6">
      <h2 className="mb-2 text-lg font-bold text-slate-900">Break the glass</h2>
      <p className="mb-4 text-slate-800">
        Is er een spoedsituatie en heb je dit dossier nu echt nodig? Dan kun je het openen met een reden. Je krijgt {BTG_GELDIG_UREN} uur
        toegang. Je reden en alles wat je opent komen in het toegangslog; de privacyfunctionaris beoordeelt dit achteraf.
      </p>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      {state.formError && <Alert>{state.formError}</Alert>}
      <Field label="Waarom heb je dit dossier nu nodig?" name="reden" hint={`Minstens ${BTG_REDEN_MIN} tekens. Bijvoorbeeld: crisis buiten kantooruren, regisseur niet bereikbaar.`} errors={state.fieldErrors?.reden}>
        <Textarea rows={3} defaultValue={state.values?.reden ?? ''} />
      </Field>
      <Button variant="danger" disabled={isPending}>
        {isPending ? 'Bezig…' : 'Dossier openen met deze reden'}
      </Button>
    </form>
  );
}
