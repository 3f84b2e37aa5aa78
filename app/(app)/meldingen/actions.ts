'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formList, formValues, type FormState } from '@/lib/forms';
import { registreerHuishoudenUitBrp } from '@/lib/server/brp/registreer-huishouden-uit-brp';
import { createHuishoudenVoorMelding } from '@/lib/server/melding/create-huishouden-voor-melding';
import { koppelMelding } from '@/lib/server/melding/koppel-melding';
import { registerMelding } from '@/lib/server/melding/register-melding';
import { performTriage } from '@/lib/server/triage/perform-triage';
import { koppelMeldingSchema, parseDeskMelding, parseNieuwHuishouden } from '@/lib/validations/melding';
import { triageSchema } from '@/lib/validations/triage';
import { parseRegistreerUitBrp } from '@/lib/validations/brp';

export async function registerMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = parseDeskMelding({ ...values, leefgebieden: formList(formData, 'leefgebieden') });
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors };
  let id: string;
  try {
    ({ id } = await registerMelding(await requireActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/meldingen');
  redirect(`/meldingen/${id}?geregistreerd=1`);
}

export async function koppelMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = koppelMeldingSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Kies een huishouden.' };
  try {
    await koppelMelding(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/meldingen/${parsed.data.meldingId}`);
  redirect(`/meldingen/${parsed.data.meldingId}?gekoppeld=1`);
}

export async function createHuishoudenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = parseNieuwHuishouden(values);
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors };
  try {
    await createHuishoudenVoorMelding(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/meldingen/${parsed.data.meldingId}`);
  redirect(`/meldingen/${parsed.data.meldingId}?gekoppeld=1`);
}

// Issue 20: a household from the BRP; the form only chooses members and roles.
export async function registreerUitBrpAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = parseRegistreerUitBrp(values, formList(formData, 'lid'));
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Controleer de gekozen leden en hun rol.' };
  try {
    await registreerHuishoudenUitBrp(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/meldingen/${parsed.data.meldingId}`);
  redirect(`/meldingen/${parsed.data.meldingId}?gekoppeld=1`);
}

export async function performTriageAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = triageSchema.safeParse({ ...values, leefgebieden: formList(formData, 'leefgebieden') });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await performTriage(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/meldingen');
  revalidatePath(`/meldingen/${parsed.data.meldingId}`);
  redirect(`/meldingen/${parsed.data.meldingId}?getrieerd=1`);
}
