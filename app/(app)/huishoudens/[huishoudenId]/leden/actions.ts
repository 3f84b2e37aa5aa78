'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formList, formValues, type FormState } from '@/lib/forms';
import { stelGezagVast } from '@/lib/server/brp/stel-gezag-vast';
import { werkPersoonBijUitBrp } from '@/lib/server/brp/werk-persoon-bij-uit-brp';
import { addLid } from '@/lib/server/dossier/add-lid';
import { endLid } from '@/lib/server/dossier/end-lid';
import { splitHuishouden } from '@/lib/server/dossier/split-huishouden';
import { toonBsn } from '@/lib/server/dossier/toon-bsn';
import { addLidSchema, endLidSchema, splitHuishoudenSchema, toonBsnSchema } from '@/lib/validations/dossier';
import { stelGezagVastSchema, werkBijUitBrpSchema } from '@/lib/validations/brp';

export async function addLidAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = addLidSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await addLid(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'De persoon hoort nu bij dit huishouden.' };
}

export async function endLidAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = endLidSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await endLid(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'Het vertrek is vastgelegd.' };
}

export async function splitHuishoudenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = splitHuishoudenSchema.safeParse({ ...values, persoonIds: formList(formData, 'persoonIds') });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let nieuw: string;
  try {
    ({ nieuwHuishoudenId: nieuw } = await splitHuishouden(await requireActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: `Het nieuwe huishouden is gemaakt.|${nieuw}` };
}

/** Issue 16 item 19: one member's BSN on request, logged; it is shown in the form's answer, never in an address. */
export async function toonBsnAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = toonBsnSchema.safeParse(values);
  if (!parsed.success) return { values, formError: 'Deze persoon is niet gevonden.' };
  try {
    const { bsn } = await toonBsn(await requireActor(), parsed.data);
    return { ok: true, message: bsn ?? '' };
  } catch (error) {
    return errorState(error, values);
  }
}

// Issue 20: the one-click update of a known person from the BRP.
export async function werkBijUitBrpAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = werkBijUitBrpSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Deze persoon kan nu niet worden bijgewerkt. Laad de pagina opnieuw.' };
  try {
    await werkPersoonBijUitBrp(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'De gegevens zijn overgenomen uit de BRP.' };
}

// Issue 20: a staff member's gezag decision where the BRP names no one (or has the gezag in onderzoek).
export async function stelGezagVastAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = stelGezagVastSchema.safeParse({ ...values, houderIds: formList(formData, 'houderIds') });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await stelGezagVast(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'Het gezag is vastgelegd.' };
}
