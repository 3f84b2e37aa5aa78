'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { addBetrokkene } from '@/lib/server/dossier/add-betrokkene';
import { endBetrokkene } from '@/lib/server/dossier/end-betrokkene';
import { addBetrokkeneSchema, endBetrokkeneSchema } from '@/lib/validations/dossier';

export async function addBetrokkeneAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = addBetrokkeneSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await addBetrokkene(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: `${parsed.data.naam} staat nu bij de betrokkenen.` };
}

export async function endBetrokkeneAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = endBetrokkeneSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const { huishoudenId } = await endBetrokkene(await requireActor(), parsed.data);
    revalidatePath(`/huishoudens/${huishoudenId}`, 'layout');
  } catch (error) {
    return errorState(error, values);
  }
  return { ok: true, message: 'De betrokkenheid is beëindigd.' };
}
