'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { beoordeelBreakTheGlass } from '@/lib/server/toegangslog/beoordeel-break-the-glass';
import { beoordeelBreakTheGlassSchema } from '@/lib/validations/toegangslog';

export async function beoordeelBreakTheGlassAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = beoordeelBreakTheGlassSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await beoordeelBreakTheGlass(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/toegangslog');
  redirect('/toegangslog?beoordeeld=1#break-the-glass');
}
