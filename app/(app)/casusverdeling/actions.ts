'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { decideOpschaling } from '@/lib/server/regie/decide-opschaling';
import { assignRegieSchema, decideOpschalingSchema } from '@/lib/validations/regie';

export async function assignRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: assignRegieSchema,
    run: (input, actor) => assignRegie(actor, input),
    revalidate: ['/casusverdeling', '/werkvoorraad'],
    done: ({ casusNummer }, { input }) => `/casusverdeling?toegewezen=${encodeURIComponent(casusNummer)}&aan=${input.regisseurId}`,
  });
}

export async function decideOpschalingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: decideOpschalingSchema,
    run: (input, actor) => decideOpschaling(actor, input),
    revalidate: ['/casusverdeling'],
    done: (result) => `/casusverdeling?besluit=${result.besluit === 'TOEKENNEN' ? 'toegekend' : 'afgewezen'}&casus=${encodeURIComponent(result.casusNummer)}`,
  });
}
