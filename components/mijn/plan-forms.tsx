'use client';
import { useActionState, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormAction } from '@/lib/actions/states';

const CONTROL = 'block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-red-700';

function Fouten({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return <p id={id} className="mt-1 font-semibold text-red-800">{errors.join(' ')}</p>;
}

/** Akkoord online (issue 21): agree, or ask for changes with a remark. Works without JavaScript too. */
export function PlanReactieForm({ action, versieId, version }: { action: FormAction; versieId: string; version: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [soort, setSoort] = useState(state.values?.soort ?? '');
  if (state.ok) return <Alert variant="success">{state.message}</Alert>;
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="mt-4" noValidate>
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="versieId" value={versieId} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={fe.soort ? 'reactie-soort-fout' : undefined}>
        <legend className="text-xl font-bold">Bent u het eens met dit plan?</legend>
        <Fouten id="reactie-soort-fout" errors={fe.soort} />
        <div className="mt-2 grid gap-2">
          <label className="flex items-start gap-3">
            <input type="radio" name="soort" value="AKKOORD" className="mt-1.5 h-5 w-5" defaultChecked={soort === 'AKKOORD'} onChange={() => setSoort('AKKOORD')} />
            <span>Ja, ik ben het eens met dit plan</span>
          </label>
          <label className="flex items-start gap-3">
            <input type="radio" name="soort" value="WIJZIGING" className="mt-1.5 h-5 w-5" defaultChecked={soort === 'WIJZIGING'} onChange={() => setSoort('WIJZIGING')} />
            <span>Nee, ik wil iets anders in het plan</span>
          </label>
        </div>
      </fieldset>
      <div className="mt-4">
        <label htmlFor="reactie-opmerking" className="block font-semibold">
          {soort === 'WIJZIGING' ? 'Wat wilt u anders?' : 'Wilt u nog iets zeggen?'}
          {soort !== 'WIJZIGING' && <span className="font-normal text-slate-700"> (niet verplicht)</span>}
        </label>
        <Fouten id="reactie-opmerking-fout" errors={fe.opmerking} />
        <textarea id="reactie-opmerking" name="opmerking" rows={4} maxLength={2000} defaultValue={state.values?.opmerking ?? ''} className={CONTROL}
          aria-invalid={fe.opmerking ? true : undefined} aria-describedby={fe.opmerking ? 'reactie-opmerking-fout' : undefined} />
      </div>
      <Button className="mt-4 text-lg" disabled={pending}>Antwoord versturen</Button>
    </form>
  );
}

const SCHAAL = [
  { value: '1', label: '1 · Gaat niet goed' },
  { value: '2', label: '2 · Gaat nog moeilijk' },
  { value: '3', label: '3 · Soms goed, soms niet' },
  { value: '4', label: '4 · Gaat goed' },
  { value: '5', label: '5 · Gaat heel goed' },
];

/** Own progress on one goal (issue 21): a scale of 1 to 5 and a short text. */
export function DoelVoortgangForm({ action, doelId, nummer }: { action: FormAction; doelId: string; nummer: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fe = state.fieldErrors ?? {};
  const id = (veld: string) => `voortgang-${nummer}-${veld}`;
  return (
    <form action={formAction} className="mt-3 border-t border-slate-300 pt-3" noValidate>
      {state.ok && <Alert variant="success">{state.message}</Alert>}
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      <input type="hidden" name="doelId" value={doelId} />
      <fieldset aria-describedby={fe.schaal ? id('schaal-fout') : undefined}>
        <legend className="font-semibold">Hoe gaat het met doel {nummer}?</legend>
        <Fouten id={id('schaal-fout')} errors={fe.schaal} />
        <div className="mt-1 grid gap-1">
          {SCHAAL.map((s) => (
            <label key={s.value} className="flex items-center gap-3">
              <input type="radio" name="schaal" value={s.value} className="h-5 w-5" defaultChecked={!state.ok && state.values?.schaal === s.value} />
              <span>{s.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3">
        <label htmlFor={id('tekst')} className="block font-semibold">Vertel kort hoe het gaat</label>
        <Fouten id={id('tekst-fout')} errors={fe.tekst} />
        <textarea id={id('tekst')} name="tekst" rows={3} maxLength={1000} defaultValue={state.ok ? '' : state.values?.tekst ?? ''} className={CONTROL}
          aria-invalid={fe.tekst ? true : undefined} aria-describedby={fe.tekst ? id('tekst-fout') : undefined} />
      </div>
      <Button className="mt-3" variant="secondary" disabled={pending}>Opslaan</Button>
    </form>
  );
}
