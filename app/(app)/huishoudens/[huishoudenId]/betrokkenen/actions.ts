'use server';
import { dossierVanInput, layout, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { addBetrokkene } from '@/lib/server/dossier/add-betrokkene';
import { endBetrokkene } from '@/lib/server/dossier/end-betrokkene';
import { addBetrokkeneSchema, endBetrokkeneSchema } from '@/lib/validations/dossier';

export async function addBetrokkeneAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: addBetrokkeneSchema,
    run: (input, actor) => addBetrokkene(actor, input),
    revalidate: dossierVanInput,
    done: (_r, { input }) => ({ ok: true, message: `${input.naam} staat nu bij de betrokkenen.` }),
  });
}

export async function endBetrokkeneAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: endBetrokkeneSchema,
    run: (input, actor) => endBetrokkene(actor, input),
    revalidate: ({ huishoudenId }) => [layout(`/huishoudens/${huishoudenId}`)],
    done: () => ({ ok: true, message: 'De betrokkenheid is beëindigd.' }),
  });
}
