'use client';
import { useActionState, useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { BIJLAGE_ACCEPT, MAX_BIJLAGE_TEKST } from '@/lib/domain/bijlage';
import type { FormAction } from '@/lib/actions/states';

const CONTROL = 'block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-red-700';

/**
 * A new message in the household's conversation (issue 21), for the resident (with an attachment) and for the
 * regisseur (`hidden` carries the household id). Cleared after sending.
 */
export function BerichtForm({ action, metBijlage, hidden = {}, label }: { action: FormAction; metBijlage: boolean; hidden?: Record<string, string>; label: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  const fe = state.fieldErrors ?? {};
  return (
    <form ref={form} action={formAction} className="mt-4" noValidate>
      {state.ok && <Alert variant="success">{state.message}</Alert>}
      {state.formError && <Alert variant="error">{state.formError}</Alert>}
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <label htmlFor="bericht-tekst" className="block font-semibold">{label}</label>
      {fe.tekst && <p id="bericht-tekst-fout" className="mt-1 font-semibold text-red-800">{fe.tekst.join(' ')}</p>}
      <textarea id="bericht-tekst" name="tekst" rows={5} maxLength={4000} defaultValue={state.ok ? '' : state.values?.tekst ?? ''} className={CONTROL}
        aria-invalid={fe.tekst ? true : undefined} aria-describedby={fe.tekst ? 'bericht-tekst-fout' : undefined} />
      {metBijlage && (
        <div className="mt-4">
          <label htmlFor="bericht-bestand" className="block font-semibold">Bijlage <span className="font-normal text-slate-700">(niet verplicht)</span></label>
          <p id="bericht-bestand-hint" className="text-base text-slate-700">Een PDF, PNG of JPEG van hoogstens {MAX_BIJLAGE_TEKST}.</p>
          {fe.bestand && <p id="bericht-bestand-fout" className="mt-1 font-semibold text-red-800">{fe.bestand.join(' ')}</p>}
          <input id="bericht-bestand" name="bestand" type="file" accept={BIJLAGE_ACCEPT} className="mt-1 block w-full max-w-full text-base"
            aria-invalid={fe.bestand ? true : undefined} aria-describedby={fe.bestand ? 'bericht-bestand-hint bericht-bestand-fout' : 'bericht-bestand-hint'} />
        </div>
      )}
      <Button className="mt-4 text-lg" disabled={pending}>{pending ? 'Bezig met versturen…' : 'Versturen'}</Button>
    </form>
  );
}
