'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { uploadDocument } from '@/lib/server/dossier/upload-document';
import { uploadDocumentSchema } from '@/lib/validations/dossier';

export async function uploadDocumentAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = uploadDocumentSchema.safeParse(values);
  const file = formData.get('bestand');
  // An empty file input still sends a File with no name and no bytes.
  const bestand = file instanceof File && file.size > 0 ? { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    if (!bestand) fieldErrors.bestand = ['Kies een bestand.'];
    return { values, fieldErrors };
  }
  try {
    await uploadDocument(await requireActor(), parsed.data, bestand);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: `${parsed.data.titel} staat bij de documenten.` };
}
