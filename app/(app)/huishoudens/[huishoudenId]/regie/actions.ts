'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { endRegie } from '@/lib/server/regie/end-regie';
import { recordDoorzettingsmacht } from '@/lib/server/regie/record-doorzettingsmacht';
import { requestOpschaling } from '@/lib/server/regie/request-opschaling';
import { beeindigRegieSchema, recordDoorzettingsmachtSchema, requestOpschalingSchema, wijzigRegieSchema } from '@/lib/validations/regie';

const refresh = (huishoudenId: string | undefined) => {
  if (huishoudenId) revalidatePath(`/huishoudens/${huishoudenId}`, 'layout');
  revalidatePath('/werkvoorraad');
  revalidatePath('/casusverdeling');
};

export async function wijzigRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = wijzigRegieSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await assignRegie(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(values.huishoudenId);
  return { ok: true, message: parsed.data.mode === 'TWEEDE' ? 'De tweede regisseur is toegevoegd als uitzondering.' : 'De regie is vastgelegd. De vorige toewijzing staat in de geschiedenis.' };
}

export async function endRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = beeindigRegieSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await endRegie(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(values.huishoudenId);
  return { ok: true, message: 'De regie is beëindigd.' };
}

export async function requestOpschalingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = requestOpschalingSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await requestOpschaling(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(values.huishoudenId);
  return { ok: true, message: 'Je verzoek om op te schalen staat bij de teamleider.' };
}

export async function recordDoorzettingsmachtAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = recordDoorzettingsmachtSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await recordDoorzettingsmacht(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(values.huishoudenId);
  return { ok: true, message: 'De inzet van doorzettingsmacht is vastgelegd bij de casus.' };
}
