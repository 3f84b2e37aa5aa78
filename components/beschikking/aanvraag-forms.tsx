'use client';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import { hervattenAction, opschortenAction, verdagenAction } from '@/app/(app)/aanvragen/actions';
import { FormOutcome } from './form-outcome';

type Props = { aanvraagId: string; version: number; vandaag: string };

/** Awb 4:15: pause the term, for example while waiting for information from the inwoner. */
export function OpschortenForm({ aanvraagId, version, vandaag }: Props) {
  const [state, formAction, isPending] = useActionState(opschortenAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="aanvraagId" value={aanvraagId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <Field label="Opgeschort vanaf" name="van" hint="De dag waarop je de inwoner om informatie vroeg." errors={e.van}>
        <Input type="date" defaultValue={v.van ?? vandaag} className="max-w-xs" />
      </Field>
      <Field label="Reden" name="reden" hint="Bijvoorbeeld: wachten op medische informatie van de huisarts." errors={e.reden}>
        <Textarea rows={2} defaultValue={v.reden ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Termijn opschorten'}</Button>
    </form>
  );
}

/** The term runs again: the paused days are added to the due date. */
export function HervattenForm({ aanvraagId, version, vandaag }: Props) {
  const [state, formAction, isPending] = useActionState(hervattenAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="aanvraagId" value={aanvraagId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <Field label="Termijn loopt weer vanaf" name="tot" hint="De dag waarop de gevraagde informatie binnenkwam." errors={e.tot}>
        <Input type="date" defaultValue={v.tot ?? vandaag} className="max-w-xs" />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Termijn hervatten'}</Button>
    </form>
  );
}

/** Awb 4:14: once, before the term runs out, with a notice letter to the inwoner. */
export function VerdagenForm({ aanvraagId, version }: Omit<Props, 'vandaag'>) {
  const [state, formAction, isPending] = useActionState(verdagenAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="aanvraagId" value={aanvraagId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      <Field label="Aantal dagen extra" name="dagen" hint="Verdagen kan één keer, met hooguit 56 dagen." errors={e.dagen}>
        <Input type="number" inputMode="numeric" min={1} max={56} defaultValue={v.dagen ?? '14'} className="max-w-32" />
      </Field>
      <Field label="Reden voor de inwoner" name="verdagingReden" hint="Deze tekst staat in de verdagingsbrief (u-vorm)." errors={e.verdagingReden}>
        <Textarea rows={3} defaultValue={v.verdagingReden ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : 'Verdagen en brief maken'}</Button>
    </form>
  );
}
