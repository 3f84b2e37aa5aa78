'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { breakTheGlass } from '@/lib/server/dossier/break-the-glass';
import { breakTheGlassSchema } from '@/lib/validations/dossier';

export async function breakTheGlassAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = breakTheGlassSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await breakTheGlass(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  redirect(`/huishoudens/${parsed.data.huishoudenId}`);
}
