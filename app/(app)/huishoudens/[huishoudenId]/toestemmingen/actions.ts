'use server';
import { dossierVanInput, layout, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { shareWithParty } from '@/lib/server/gegevensdeling/share-with-party';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import { withdrawToestemming } from '@/lib/server/toestemming/withdraw-toestemming';
import { recordToestemmingSchema, shareWithPartySchema, withdrawToestemmingSchema } from '@/lib/validations/toestemming';

const path = (huishoudenId: string) => `/huishoudens/${huishoudenId}/toestemmingen`;

export async function recordToestemmingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: recordToestemmingSchema,
    run: (input, actor) => recordToestemming(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'De toestemming is vastgelegd.' }),
  });
}

export async function withdrawToestemmingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: withdrawToestemmingSchema,
    run: (input, actor) => withdrawToestemming(actor, input),
    revalidate: (huishoudenId) => [layout(`/huishoudens/${huishoudenId}`)],
    done: () => ({ ok: true, message: 'De toestemming is ingetrokken.' }),
  });
}

export async function shareWithPartyAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: shareWithPartySchema,
    run: (input, actor) => shareWithParty(actor, input),
    revalidate: (_r, { input }) => [path(input.huishoudenId)],
    done: (_r, { input }) => ({ ok: true, message: `Vastgelegd: gegevens gedeeld met ${input.partij}.` }),
  });
}
