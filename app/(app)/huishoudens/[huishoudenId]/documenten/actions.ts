'use server';
import { dossierVanInput, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import { fieldErrorsOf, type FormState } from '@/lib/forms';
import { uploadDocument } from '@/lib/server/dossier/upload-document';
import { uploadDocumentSchema } from '@/lib/validations/dossier';

export async function uploadDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: async (form) => {
      const parsed = uploadDocumentSchema.safeParse(form.values);
      const bestand = await form.file('bestand');
      if (parsed.success) return { success: true, data: { ...parsed.data, bestand } };
      const fieldErrors = fieldErrorsOf(parsed.error);
      if (!bestand) fieldErrors.bestand = ['Kies een bestand.'];
      return { success: false, fieldErrors };
    },
    run: ({ bestand, ...input }, actor) => uploadDocument(actor, input, bestand),
    revalidate: dossierVanInput,
    done: (_r, { input }) => ({ ok: true, message: `${input.titel} staat bij de documenten.` }),
  });
}
