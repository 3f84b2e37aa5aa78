'use client';
import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { CONTACT_SOORT_LABELS } from '@/lib/domain/labels';
import { JOURNAAL_BEWERKTERMIJN_UREN, JOURNAAL_NOTITIE_MAX } from '@/lib/domain/journaal';
import type { FormAction } from '@/lib/actions/states';

type Waarden = { soort: string; datum: string; tijd: string; duurMinuten: string; metWie: string; notitie: string };

const SOORTEN = (Object.entries(CONTACT_SOORT_LABELS) as [string, string][]).map(([value, label]) => ({ value, label }));

/** A new contactmoment (no `bestaand`) or a correction of one by its author within the term. */
export function ContactmomentForm({ action, huishoudenId, standaard, bestaand }: { action: FormAction; huishoudenId: string; standaard: Waarden; bestaand?: { id: string; version: number } }) {
  const [state, formAction, isPending] = useActionState(action, {});
  // React resets the form after each submission to these defaults: what was typed after an error, empty after a save.
  const v: Partial<Waarden> = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const waarde = (k: keyof Waarden) => v[k] ?? standaard[k];
  return (
    <form action={formAction} noValidate>
      {bestaand ? (
        <>
          <input type="hidden" name="contactmomentId" value={bestaand.id} />
          <input type="hidden" name="version" value={bestaand.version} />
        </>
      ) : (
        <input type="hidden" name="huishoudenId" value={huishoudenId} />
      )}
      {state.formError && <Alert>{state.formError}</Alert>}
      {state.ok && state.message && <Alert variant="success">{state.message}</Alert>}
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Soort contact" name="soort" errors={e.soort}>
          <Select options={SOORTEN} defaultValue={waarde('soort')} />
        </Field>
        <Field label="Datum" name="datum" errors={e.datum}>
          <Input type="date" defaultValue={waarde('datum')} />
        </Field>
        <Field label="Tijd" name="tijd" errors={e.tijd}>
          <Input type="time" defaultValue={waarde('tijd')} />
        </Field>
        <Field label="Duur in minuten" name="duurMinuten" errors={e.duurMinuten}>
          <Input type="number" inputMode="numeric" min={1} max={720} defaultValue={waarde('duurMinuten')} />
        </Field>
      </div>
      <Field label="Met wie" name="metWie" hint="Bijvoorbeeld: moeder en oudste zoon, mentor van school, huisarts." errors={e.metWie}>
        <Input defaultValue={waarde('metWie')} autoComplete="off" />
      </Field>
      <Field label="Korte notitie" name="notitie" hint={`Wat besproken of afgesproken is, hoogstens ${JOURNAAL_NOTITIE_MAX} tekens. Je kunt het ${JOURNAAL_BEWERKTERMIJN_UREN} uur lang aanpassen, daarna staat het vast.`} errors={e.notitie}>
        <Textarea rows={4} defaultValue={waarde('notitie')} maxLength={JOURNAAL_NOTITIE_MAX} />
      </Field>
      <Button disabled={isPending}>{isPending ? 'Bezig…' : bestaand ? 'Wijziging opslaan' : 'Contactmoment vastleggen'}</Button>
    </form>
  );
}
