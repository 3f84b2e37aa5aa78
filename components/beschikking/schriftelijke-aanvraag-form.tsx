'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { ONTVANGST_ZONDER_REDEN_DAGEN } from '@/lib/domain/schriftelijke-aanvraag';
import { FormOutcome } from './form-outcome';
import type { FormAction } from '@/lib/actions/states';

type Product = { id: string; code: string; naam: string; wetLabel: string };

/** Issue 16 item 3: the backoffice registers a letter in which a resident applies (Wmo 2015 art. 2.3.2 lid 9). */
export function SchriftelijkeAanvraagForm({ action, producten, vandaag }: { action: FormAction; producten: Product[]; vandaag: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <FormOutcome state={state} />
      <Field label="BSN van de inwoner" name="bsn" hint="Van de inwoner voor wie de voorziening is, zoals in de brief. Negen cijfers." errors={e.bsn}>
        <Input defaultValue={v.bsn ?? ''} inputMode="numeric" autoComplete="off" className="max-w-xs" />
      </Field>
      <Field label="Wat vraagt de inwoner aan?" name="productId" errors={e.productId}>
        <Select
          defaultValue={v.productId ?? ''}
          placeholder="Kies een product"
          options={producten.map((p) => ({ value: p.id, label: `${p.code} ${p.naam} (${p.wetLabel})` }))}
        />
      </Field>
      <RadioGroup
        key={`leveringsvorm-${v.leveringsvorm ?? ''}`}
        legend="Hoe wil de inwoner het ontvangen?"
        name="leveringsvorm"
        inline
        defaultValue={v.leveringsvorm ?? 'ZIN'}
        errors={e.leveringsvorm}
        options={[
          { value: 'ZIN', label: 'Zorg in natura' },
          { value: 'PGB', label: 'Persoonsgebonden budget (pgb)' },
        ]}
      />
      <Field
        label="Datum van ontvangst"
        name="ontvangenOp"
        hint="De dag waarop de brief bij de gemeente binnenkwam (datumstempel), niet vandaag als hij eerder kwam. De wettelijke beslistermijn begint op die dag."
        errors={e.ontvangenOp}
      >
        <Input type="date" max={vandaag} defaultValue={v.ontvangenOp ?? vandaag} className="max-w-xs" />
      </Field>
      <Field
        label="Reden van late registratie"
        name="reden"
        optional
        hint={`Nodig als de brief meer dan ${ONTVANGST_ZONDER_REDEN_DAGEN} dagen geleden binnenkwam. Bijvoorbeeld: lag bij de receptie van het stadhuis.`}
        errors={e.reden}
      >
        <Textarea rows={2} defaultValue={v.reden ?? ''} />
      </Field>
      <Field label="Toelichting" name="toelichting" optional hint="Wat staat er in de brief? Bijvoorbeeld: vraagt begeleiding na het gesprek van 3 mei." errors={e.toelichting}>
        <Textarea rows={3} defaultValue={v.toelichting ?? ''} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : 'Aanvraag registreren'}</Button>
    </form>
  );
}
