'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { saveBeschikkingConcept } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { verzendenBeschikking } from '@/lib/server/beschikking/verzenden-beschikking';
import { intrekkenBeschikking, wijzigenBeschikking } from '@/lib/server/beschikking/wijzigen-beschikking';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import {
  beschikkingStapSchema,
  intrekkenSchema,
  parseBeschikkingConcept,
  productRijSleutels,
  toewijzingenVerzendenSchema,
  verzendenSchema,
  wijzigenSchema,
} from '@/lib/validations/beschikking';

const refresh = (beschikkingId: string) => {
  revalidatePath(`/beschikkingen/${beschikkingId}`);
  revalidatePath('/aanvragen', 'layout');
};

/** The concept form: a new concept on an aanvraag, or changes to one. Errors per product land at their own row. */
export async function saveBeschikkingConceptAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const parsed = parseBeschikkingConcept(formData);
  if (!parsed.data) return { values: parsed.values, fieldErrors: parsed.fieldErrors, formError: 'Controleer de gemarkeerde velden.' };
  let id: string;
  try {
    ({ id } = await saveBeschikkingConcept(await requireActor(), parsed.data));
  } catch (error) {
    // The use case names products by their place in the list; the form by the key of their row.
    if (error instanceof DomainError && Object.keys(error.fieldErrors).length) {
      const sleutels = productRijSleutels(parsed.values);
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([key, messages]) => [key.replace(/^producten\.(\d+)\./, (_m, i: string) => `producten.${sleutels[Number(i)] ?? i}.`), messages]),
      );
      return { values: parsed.values, fieldErrors, formError: 'Controleer de gemarkeerde velden.' };
    }
    return errorState(error, parsed.values);
  }
  refresh(id);
  if (parsed.data.aanvraagId) revalidatePath(`/aanvragen/${parsed.data.aanvraagId}`);
  redirect(`/beschikkingen/${id}?melding=opgeslagen`);
}

export async function vaststellenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = beschikkingStapSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await vaststellenBeschikking(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.beschikkingId);
  redirect(`/beschikkingen/${parsed.data.beschikkingId}?melding=vastgesteld`);
}

export async function verzendenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = verzendenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await verzendenBeschikking(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.beschikkingId);
  redirect(`/beschikkingen/${parsed.data.beschikkingId}?melding=verzonden`);
}

export async function wijzigenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = wijzigenSchema.safeParse({ ...values, vervalredenVorig: values.wijzigingVervalreden });
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let id: string;
  try {
    ({ id } = await wijzigenBeschikking(await requireActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.beschikkingId);
  redirect(`/beschikkingen/${id}/bewerken`);
}

export async function intrekkenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = intrekkenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let id: string;
  try {
    ({ id } = await intrekkenBeschikking(await requireActor(), parsed.data));
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.beschikkingId);
  redirect(`/beschikkingen/${id}?melding=opgeslagen`);
}

export async function toewijzingenVerzendenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = toewijzingenVerzendenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await verzendenToewijzingen(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh(parsed.data.beschikkingId);
  redirect(`/beschikkingen/${parsed.data.beschikkingId}?melding=verstuurd`);
}
