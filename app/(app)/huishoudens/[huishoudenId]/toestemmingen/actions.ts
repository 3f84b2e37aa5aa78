'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { shareWithParty } from '@/lib/server/gegevensdeling/share-with-party';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import { withdrawToestemming } from '@/lib/server/toestemming/withdraw-toestemming';
import { recordToestemmingSchema, shareWithPartySchema, withdrawToestemmingSchema } from '@/lib/validations/toestemming';

const path = (huishoudenId: string) => `/huishoudens/${huishoudenId}/toestemmingen`;

export async function recordToestemmingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = recordToestemmingSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await recordToestemming(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'De toestemming is vastgelegd.' };
}

export async function withdrawToestemmingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = withdrawToestemmingSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const huishoudenId = await withdrawToestemming(await requireActor(), parsed.data);
    revalidatePath(`/huishoudens/${huishoudenId}`, 'layout');
  } catch (error) {
    return errorState(error, values);
  }
  return { ok: true, message: 'De toestemming is ingetrokken.' };
}

export async function shareWithPartyAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = shareWithPartySchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await shareWithParty(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(path(parsed.data.huishoudenId));
  return { ok: true, message: `Vastgelegd: gegevens gedeeld met ${parsed.data.partij}.` };
}
