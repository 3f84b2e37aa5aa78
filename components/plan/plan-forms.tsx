'use client';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { BlockedReasons } from '@/components/ui/blocked-reasons';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { ACTIE_STATUS_VALUES, WIJZE_VALUES, type ActieStatus, type Fase } from '@/lib/domain/enums';
import { ACTIE_STATUS_LABELS, FASE_LABELS, WIJZE_LABELS } from '@/lib/domain/labels';
import type { FormAction, PlanFormState } from '@/lib/actions/states';

/** What someone else changed, line by line (the rest of a conflict message). */
export function ConflictMelding({ regels }: { regels: string[] }) {
  return (
    <ul className="mt-2 list-disc pl-5">
      {regels.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

function FormMelding({ state }: { state: PlanFormState }) {
  if (state.formError) {
    return (
      <Alert variant="error">
        <p className="font-bold">{state.formError}</p>
        {state.conflict && <ConflictMelding regels={state.conflict} />}
      </Alert>
    );
  }
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

const Hidden = ({ fields }: { fields: Record<string, string | number> }) => (
  <>
    {Object.entries(fields).map(([name, value]) => (
      <input key={name} type="hidden" name={name} value={String(value)} />
    ))}
  </>
);

/**
 * One step as one button (plan opstellen, voorleggen, vaststellen, nieuwe versie …). When the step is blocked the
 * button is disabled and the reasons say what is missing first.
 */
export function StapForm({
  action, fields, label, pendingLabel = 'Bezig…', variant = 'primary', reasons = [], uitleg,
}: {
  action: FormAction<PlanFormState>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  reasons?: string[];
  uitleg?: string;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const id = `stap-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <form action={formAction} className="mb-3">
      <Hidden fields={fields} />
      <FormMelding state={state} />
      {uitleg && <p className="mb-2 text-slate-700">{uitleg}</p>}
      <BlockedReasons id={`${id}-redenen`} reasons={reasons} />
      <Button variant={variant} disabled={isPending || reasons.length > 0} aria-describedby={reasons.length ? `${id}-redenen` : undefined}>
        {isPending ? pendingLabel : label}
      </Button>
    </form>
  );
}

/** The household's akkoord on the plan that lies ter akkoord: when and how they agreed. */
export function AkkoordForm({ action, fields, vandaag, huidig }: { action: FormAction<PlanFormState>; fields: Record<string, string | number>; vandaag: string; huidig: { op: string | null; wijze: string | null } }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const wijze = values.akkoordWijze ?? huidig.wijze ?? '';
  return (
    <form action={formAction} noValidate>
      <Hidden fields={fields} />
      <FormMelding state={state} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field label="Datum van het akkoord" name="akkoordInwonerOp" errors={errors.akkoordInwonerOp}>
          <Input type="date" defaultValue={values.akkoordInwonerOp ?? huidig.op ?? vandaag} max={vandaag} />
        </Field>
        <fieldset className={`mb-5 ${errors.akkoordWijze?.length ? 'border-l-4 border-red-700 pl-3' : ''}`}>
          <legend className="font-semibold text-slate-900">Hoe gaf het huishouden akkoord?</legend>
          {errors.akkoordWijze?.length ? <p className="mt-1 font-semibold text-red-700">{errors.akkoordWijze.join(' ')}</p> : null}
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {WIJZE_VALUES.map((w) => (
              <div key={w} className="flex items-center gap-2">
                <input id={`akkoord-${w}`} type="radio" name="akkoordWijze" value={w} defaultChecked={wijze === w} className="h-5 w-5 accent-brand-700" />
                <label htmlFor={`akkoord-${w}`}>{WIJZE_LABELS[w]}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Button variant="secondary" disabled={isPending}>
        {isPending ? 'Bezig…' : 'Akkoord vastleggen'}
      </Button>
    </form>
  );
}

/** Progress of one action while the plan is carried out. */
export function ActieStatusForm({ action, huishoudenId, actieId, status, wat }: { action: FormAction<PlanFormState>; huishoudenId: string; actieId: string; status: ActieStatus; wat: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [gekozen, setGekozen] = useState<string>(status);
  const id = `actie-status-${actieId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <Hidden fields={{ huishoudenId, actieId, vorigeStatus: status }} />
      <label htmlFor={id} className="sr-only">
        Status van: {wat}
      </label>
      <select
        id={id}
        name="status"
        value={gekozen}
        onChange={(e) => setGekozen(e.target.value)}
        className="rounded border-2 border-slate-700 bg-white px-2 py-1 text-sm"
      >
        {ACTIE_STATUS_VALUES.map((s) => (
          <option key={s} value={s}>
            {ACTIE_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <Button variant="secondary" className="px-3 py-1 text-sm" disabled={isPending || gekozen === status} aria-label={`Status opslaan van: ${wat}`}>
        Opslaan
      </Button>
      {state.formError && (
        <p role="alert" className="w-full text-sm font-semibold text-red-700">
          {state.formError}
        </p>
      )}
      {state.ok && !isPending && gekozen === status && (
        <p role="status" className="text-sm text-green-800">
          {state.message}
        </p>
      )}
    </form>
  );
}

/** Closing a casus that may close directly (after an evaluation): a reason and the waakvlam. */
export function AfsluitenForm({ action, fields, waakvlamStandaard, reasons }: { action: FormAction<PlanFormState>; fields: Record<string, string | number>; waakvlamStandaard: string; reasons: string[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <Hidden fields={fields} />
      <FormMelding state={state} />
      {reasons.length > 0 && (
        <div className="mb-3 text-slate-800">
          <p className="font-semibold">Afsluiten kan nog niet:</p>
          <ul className="list-disc pl-5">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Reden van afsluiten" name="afsluitreden" errors={errors.afsluitreden}>
        <Textarea rows={2} defaultValue={values.afsluitreden ?? ''} />
      </Field>
      <Field label="Waakvlam" name="waakvlamOp" hint="Op deze dag neem je contact op met het huishouden om te horen hoe het gaat." errors={errors.waakvlamOp}>
        <Input type="date" defaultValue={values.waakvlamOp ?? waakvlamStandaard} />
      </Field>
      <Button variant="danger" disabled={isPending || reasons.length > 0}>
        {isPending ? 'Bezig…' : 'Casus afsluiten'}
      </Button>
    </form>
  );
}

/** Reopening a closed casus, with its whole history. */
export function HeropenenForm({ action, fields, opties }: { action: FormAction<PlanFormState>; fields: Record<string, string | number>; opties: { naar: Fase; reasons: string[] }[] }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const mogelijk = opties.filter((o) => o.reasons.length === 0);
  return (
    <form action={formAction} noValidate>
      <Hidden fields={fields} />
      <FormMelding state={state} />
      <Field label="Verder in de fase" name="naar" errors={errors.naar}>
        <Select options={mogelijk.map((o) => ({ value: o.naar, label: FASE_LABELS[o.naar] }))} defaultValue={values.naar ?? mogelijk.at(-1)?.naar ?? ''} />
      </Field>
      <Field label="Reden van heropenen" name="reden" errors={errors.reden}>
        <Textarea rows={2} defaultValue={values.reden ?? ''} />
      </Field>
      <Button variant="secondary" disabled={isPending || mogelijk.length === 0}>
        {isPending ? 'Bezig…' : 'Casus heropenen'}
      </Button>
    </form>
  );
}
