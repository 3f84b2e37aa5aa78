'use client';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { BIJLAGE_ACCEPT, BIJLAGE_REASONS, MAX_BIJLAGE_BYTES, MAX_BIJLAGE_TEKST } from '@/lib/domain/bijlage';
import type { FormAction } from '@/lib/actions/states';

export function UploadForm({ action, huishoudenId }: { action: FormAction; huishoudenId: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  // A file over the limit never reaches the server (the request itself would be refused): say so at once.
  const [teGroot, setTeGroot] = useState(false);
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const bestandFout = teGroot ? [BIJLAGE_REASONS.teGroot] : e.bestand;
  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        if (teGroot) event.preventDefault();
      }}
    >
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      {state.formError && <Alert>{state.formError}</Alert>}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Titel" name="titel" hint="Bijvoorbeeld: Brief van school over verzuim." errors={e.titel}>
          <Input defaultValue={v.titel ?? ''} autoComplete="off" />
        </Field>
        <Field label="Bestand" name="bestand" hint={`PDF, PNG of JPEG, hoogstens ${MAX_BIJLAGE_TEKST}.`} errors={bestandFout}>
          <Input type="file" accept={BIJLAGE_ACCEPT} onChange={(event) => setTeGroot((event.currentTarget.files?.[0]?.size ?? 0) > MAX_BIJLAGE_BYTES)} />
        </Field>
      </div>
      <Button disabled={isPending}>{isPending ? 'Bezig met uploaden…' : 'Document toevoegen'}</Button>
    </form>
  );
}
