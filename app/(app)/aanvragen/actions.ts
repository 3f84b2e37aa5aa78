'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { hervattenAanvraag } from '@/lib/server/aanvraag/hervatten-aanvraag';
import { opschortenAanvraag } from '@/lib/server/aanvraag/opschorten-aanvraag';
import { verdagenAanvraag } from '@/lib/server/aanvraag/verdagen-aanvraag';
import { registerSchriftelijkeAanvraag } from '@/lib/server/aanvraag/register-schriftelijke-aanvraag';
import { hervattenSchema, opschortenSchema, schriftelijkeAanvraagSchema, verdagenSchema } from '@/lib/validations/aanvraag';

const refresh = (_r: unknown, { input }: { input: { aanvraagId: string } }) => [`/aanvragen/${input.aanvraagId}`, '/aanvragen'];
const naar = (melding: string) => (_r: unknown, { input }: { input: { aanvraagId: string } }) => `/aanvragen/${input.aanvraagId}?melding=${melding}`;

export async function opschortenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: opschortenSchema, run: (input, actor) => opschortenAanvraag(actor, input), revalidate: refresh, done: naar('opgeschort') });
}

export async function hervattenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: hervattenSchema, run: (input, actor) => hervattenAanvraag(actor, input), revalidate: refresh, done: naar('hervat') });
}

export async function verdagenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: verdagenSchema, run: (input, actor) => verdagenAanvraag(actor, input), revalidate: refresh, done: naar('verdaagd') });
}

/** Issue 16 item 3: a written aanvraag with its date of receipt; on to the aanvraag, whose term runs from that day. */
export async function registerSchriftelijkeAanvraagAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: schriftelijkeAanvraagSchema,
    run: (input, actor) => registerSchriftelijkeAanvraag(actor, input),
    revalidate: ['/aanvragen'],
    done: ({ id }) => `/aanvragen/${id}?melding=geregistreerd`,
  });
}
