'use server';
import { runAction } from '@/lib/actions/run-action';
import type { ZoekState } from '@/lib/actions/states';
import { requireActor } from '@/lib/auth/session';
import { searchHuishoudens } from '@/lib/server/zoeken/search-huishoudens';
import { parseZoekForm } from '@/lib/validations/zoeken';

// A POST, not a GET: a BSN or name in the address would end up in browser history and server logs.
export async function zoekAction(_: ZoekState, formData: FormData): Promise<ZoekState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) => parseZoekForm(values),
    run: (input, actor) => searchHuishoudens(actor, input),
    done: (uitkomst, { form }): ZoekState => ({ values: form.values, uitkomst }),
  });
}
