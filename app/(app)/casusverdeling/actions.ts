'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { decideOpschaling } from '@/lib/server/regie/decide-opschaling';
import { assignRegieSchema, decideOpschalingSchema } from '@/lib/validations/regie';
import { neemBrpTaakOp } from '@/lib/server/brp/neem-brp-taak-op';
import { neemBrpTaakOpSchema } from '@/lib/validations/brp';

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

// Issue 20: a BRP task without behandelaar goes to the teamlead who takes it.
export async function neemBrpTaakOpAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: neemBrpTaakOpSchema,
    invalid: 'Deze taak is niet gevonden. Laad de pagina opnieuw.',
    run: (input, actor) => neemBrpTaakOp(actor, input),
    revalidate: ['/casusverdeling', '/werkvoorraad'],
    // The row leaves the list (it has a behandelaar now): the confirmation is on the page itself.
    done: () => '/casusverdeling?brpTaak=opgepakt',
  });
}
