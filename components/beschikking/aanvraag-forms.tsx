'use client';
import { useActionState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { FormAction } from '@/lib/actions/states';
import { FormOutcome } from './form-outcome';

type Props = { action: FormAction; aanvraagId: string; version: number; vandaag: string };
type Values = Record<string, string>;
type Errors = Record<string, string[] | undefined>;

/** The frame the term actions share: the aanvraag and the version it was read at, the outcome, one button. */
function TermijnForm({
  action,
  aanvraagId,
  version,
  knop,
  children,
}: {
  action: FormAction;
  aanvraagId: string;
  version: number;
  knop: string;
  children: (values: Values, errors: Errors) => ReactNode;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="aanvraagId" value={aanvraagId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} />
      {children(state.values ?? {}, state.fieldErrors ?? {})}
      <Button variant="secondary" disabled={isPending}>{isPending ? 'Bezig…' : knop}</Button>
    </form>
  );
}

/** Awb 4:15: pause the term, for example while waiting for information from the inwoner. */
export function OpschortenForm({ action, aanvraagId, version, vandaag }: Props) {
  return (
    <TermijnForm action={action} aanvraagId={aanvraagId} version={version} knop="Termijn opschorten">
      {(v, e) => (
        <>
          <Field label="Opgeschort vanaf" name="van" hint="De dag waarop je de inwoner om informatie vroeg." errors={e.van}>
            <Input type="date" defaultValue={v.van ?? vandaag} className="max-w-xs" />
          </Field>
          <Field label="Reden" name="reden" hint="Bijvoorbeeld: wachten op medische informatie van de huisarts." errors={e.reden}>
            <Textarea rows={2} defaultValue={v.reden ?? ''} />
          </Field>
        </>
      )}
    </TermijnForm>
  );
}

/** The term runs again: the paused days are added to the due date. */
export function HervattenForm({ action, aanvraagId, version, vandaag }: Props) {
  return (
    <TermijnForm action={action} aanvraagId={aanvraagId} version={version} knop="Termijn hervatten">
      {(v, e) => (
        <Field label="Termijn loopt weer vanaf" name="tot" hint="De dag waarop de gevraagde informatie binnenkwam." errors={e.tot}>
          <Input type="date" defaultValue={v.tot ?? vandaag} className="max-w-xs" />
        </Field>
      )}
    </TermijnForm>
  );
}

/** Awb 4:14: once, before the term runs out, with a notice letter to the inwoner. */
export function VerdagenForm({ action, aanvraagId, version }: Omit<Props, 'vandaag'>) {
  return (
    <TermijnForm action={action} aanvraagId={aanvraagId} version={version} knop="Verdagen en brief maken">
      {(v, e) => (
        <>
          <Field label="Aantal dagen extra" name="dagen" hint="Verdagen kan één keer, met hooguit 56 dagen." errors={e.dagen}>
            <Input type="number" inputMode="numeric" min={1} max={56} defaultValue={v.dagen ?? '14'} className="max-w-32" />
          </Field>
          <Field label="Reden voor de inwoner" name="verdagingReden" hint="Deze tekst staat in de verdagingsbrief (u-vorm)." errors={e.verdagingReden}>
            <Textarea rows={3} defaultValue={v.verdagingReden ?? ''} />
          </Field>
        </>
      )}
    </TermijnForm>
  );
}
