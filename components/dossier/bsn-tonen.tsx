'use client';
import { useActionState } from 'react';
import type { FormAction } from '@/lib/actions/states';

/**
 * Issue 16 item 19: a member's BSN on request. The list shows only whether it is known; the button asks the server,
 * which writes the request to the access log and answers with the number.
 */
export function BsnTonen({ action, huishoudenId, persoonId, naam }: { action: FormAction; huishoudenId: string; persoonId: string; naam: string }) {
  const [state, formAction, isPending] = useActionState(action, {});
  if (state.ok) {
    return state.message ? (
      <span>
        <span className="sr-only">BSN van {naam}: </span>
        <span className="font-mono" data-testid="bsn">{state.message}</span>
        <span className="block text-sm text-slate-700">Getoond en vastgelegd in het toegangslog</span>
      </span>
    ) : (
      <span>Geen BSN bekend</span>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="huishoudenId" value={huishoudenId} />
      <input type="hidden" name="persoonId" value={persoonId} />
      <button type="submit" disabled={isPending} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
        {isPending ? 'Bezig…' : <>BSN tonen<span className="sr-only"> van {naam}</span></>}
      </button>
      {state.formError && <span role="alert" className="block text-sm font-semibold text-red-800">{state.formError}</span>}
    </form>
  );
}
