'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { hervattenAanvraag } from '@/lib/server/aanvraag/hervatten-aanvraag';
import { opschortenAanvraag } from '@/lib/server/aanvraag/opschorten-aanvraag';
import { verdagenAanvraag } from '@/lib/server/aanvraag/verdagen-aanvraag';
import { registerSchriftelijkeAanvraag } from '@/lib/server/aanvraag/register-schriftelijke-aanvraag';
import { hervattenSchema, opschortenSchema, schriftelijkeAanvraagSchema, verdagenSchema } from '@/lib/validations/aanvraag';

const refresh = (aanvraagId: string) => {
  revalidatePath(`/aanvragen/${aanvraagId}`);
  revalidatePath('/aanvragen');
};

export async function opschortenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = opschortenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await opschortenAanvraag(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.aanvraagId);
  redirect(`/aanvragen/${parsed.data.aanvraagId}?melding=opgeschort`);
}

export async function hervattenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = hervattenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await hervattenAanvraag(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.aanvraagId);
  redirect(`/aanvragen/${parsed.data.aanvraagId}?melding=hervat`);
}

export async function verdagenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = verdagenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await verdagenAanvraag(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.aanvraagId);
  redirect(`/aanvragen/${parsed.data.aanvraagId}?melding=verdaagd`);
}

/** Issue 16 item 3: a written aanvraag with its date of receipt; on to the aanvraag, whose term runs from that day. */
export async function registerSchriftelijkeAanvraagAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = schriftelijkeAanvraagSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let aanvraagId: string;
  try {
    aanvraagId = (await registerSchriftelijkeAanvraag(await requireActor(), parsed.data)).id;
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/aanvragen');
  redirect(`/aanvragen/${aanvraagId}?melding=geregistreerd`);
}
