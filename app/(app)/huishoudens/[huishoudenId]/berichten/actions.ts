'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { stuurBerichtMedewerker } from '@/lib/server/dossier/stuur-bericht-medewerker';
import { berichtMedewerkerSchema } from '@/lib/validations/inwoner';

/** Issue 21: the regisseur answers the household in Mijn plan, optionally with one attachment (PDF, PNG or JPEG). */
export async function stuurBerichtMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: berichtMedewerkerSchema,
    invalid: 'Controleer de gemarkeerde velden.',
    run: async (input, actor, form) => stuurBerichtMedewerker(actor, input, await form.file('bestand')),
    revalidate: (_r, { input }) => [`/huishoudens/${input.huishoudenId}/berichten`],
    done: () => ({ ok: true, message: 'Je bericht is verstuurd. Het huishouden krijgt een e-mail dat er een bericht is.' }),
  });
}
