'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { FieldErrors } from '@/components/ui/field-parts';
import type { FormState } from '@/lib/forms';
import { anonimiseerAction } from './actions';

export function AnonimiseerForm({ aantal }: { aantal: number }) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(anonimiseerAction, {});
  return (
    <form action={formAction} noValidate>
      {state.ok && <Alert variant="success" title="Klaar">{state.message}</Alert>}
      {state.formError && <Alert>{state.formError}</Alert>}
      {aantal > 0 && (
        <>
          <div className={state.fieldErrors?.bevestig ? 'border-l-4 border-red-700 pl-3' : ''}>
            <FieldErrors id="bevestig-fout" errors={state.fieldErrors?.bevestig} />
            <Checkbox
              name="bevestig"
              label={`Ik wil ${aantal === 1 ? 'dit dossier' : `deze ${aantal} dossiers`} nu anonimiseren`}
              hint="Namen, BSN, adressen, contactgegevens en alle vrije tekst worden gewist. Dit kan niet ongedaan worden gemaakt. Aantallen en datums blijven voor de rapportage."
            />
          </div>
          <Button variant="danger" disabled={isPending}>{isPending ? 'Bezig met anonimiseren…' : 'Nu anonimiseren'}</Button>
        </>
      )}
    </form>
  );
}
