'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { stuurBerichtMedewerker } from '@/lib/server/dossier/stuur-bericht-medewerker';
import { berichtMedewerkerSchema } from '@/lib/validations/inwoner';

/** Issue 21: the regisseur answers the household in Mijn plan, optionally with one attachment (PDF, PNG or JPEG). */
export async function stuurBerichtMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const file = formData.get('bestand');
  const bestand = file instanceof File && file.size > 0 ? { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const parsed = berichtMedewerkerSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Controleer de gemarkeerde velden.' };
  try {
    await stuurBerichtMedewerker(await requireActor(), parsed.data, bestand);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}/berichten`);
  return { ok: true, message: 'Je bericht is verstuurd. Het huishouden krijgt een e-mail dat er een bericht is.' };
}
