'use server';
import { dossierVanInput, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { breakTheGlass } from '@/lib/server/dossier/break-the-glass';
import { breakTheGlassSchema } from '@/lib/validations/dossier';

export async function breakTheGlassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: breakTheGlassSchema,
    run: (input, actor) => breakTheGlass(actor, input),
    revalidate: dossierVanInput,
    done: (_r, { input }) => `/huishoudens/${input.huishoudenId}`,
  });
}
