'use server';
import { dossierVanInput, layout, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { createContactmoment } from '@/lib/server/dossier/create-contactmoment';
import { updateContactmoment } from '@/lib/server/dossier/update-contactmoment';
import { createContactmomentSchema, updateContactmomentSchema } from '@/lib/validations/dossier';

export async function createContactmomentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: createContactmomentSchema,
    run: (input, actor) => createContactmoment(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'Het contactmoment staat in het journaal en op de tijdlijn.' }),
  });
}

export async function updateContactmomentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: updateContactmomentSchema,
    run: (input, actor) => updateContactmoment(actor, input),
    revalidate: ({ huishoudenId }) => [layout(`/huishoudens/${huishoudenId}`)],
    done: ({ huishoudenId }) => `/huishoudens/${huishoudenId}/journaal`,
  });
}
