'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { answerConsult } from '@/lib/server/consult/answer-consult';
import { takeConsult } from '@/lib/server/consult/take-consult';
import { answerConsultSchema, takeConsultSchema } from '@/lib/validations/consult';

export async function takeConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = takeConsultSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await takeConsult(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/consulten', 'layout');
  return { ok: true, message: 'Je hebt dit consult opgepakt.' };
}

export async function answerConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = answerConsultSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const huishoudenId = await answerConsult(await requireActor(), parsed.data);
    revalidatePath(`/huishoudens/${huishoudenId}`, 'layout');
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/consulten', 'layout');
  return { ok: true, message: 'Je advies is vastgelegd en het consult is afgerond.' };
}
