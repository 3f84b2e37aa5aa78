'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { createContactmoment } from '@/lib/server/dossier/create-contactmoment';
import { updateContactmoment } from '@/lib/server/dossier/update-contactmoment';
import { createContactmomentSchema, updateContactmomentSchema } from '@/lib/validations/dossier';

export async function createContactmomentAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = createContactmomentSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await createContactmoment(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'Het contactmoment staat in het journaal en op de tijdlijn.' };
}

export async function updateContactmomentAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = updateContactmomentSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let huishoudenId: string;
  try {
    ({ huishoudenId } = await updateContactmoment(await requireActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${huishoudenId}`, 'layout');
  redirect(`/huishoudens/${huishoudenId}/journaal`);
}
