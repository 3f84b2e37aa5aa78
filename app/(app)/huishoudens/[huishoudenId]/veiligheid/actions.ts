'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { veiligheidFormFout } from '@/lib/domain/veiligheid';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { requestConsult } from '@/lib/server/consult/request-consult';
import { recordVeiligheidsanalyse } from '@/lib/server/veiligheid/record-veiligheidsanalyse';
import { requestConsultSchema } from '@/lib/validations/consult';
import { recordVeiligheidsanalyseSchema, veiligheidFormInput } from '@/lib/validations/veiligheid';

export async function recordVeiligheidsanalyseAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = recordVeiligheidsanalyseSchema.safeParse(veiligheidFormInput(values));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const velden = Object.keys(fieldErrors);
    const formError = veiligheidFormFout({ vragen: velden.some((k) => k.startsWith('antwoord.')), toelichting: velden.includes('toelichting') });
    return { values, fieldErrors, formError };
  }
  let message: string;
  try {
    const result = await recordVeiligheidsanalyse(await requireActor(), parsed.data);
    message = `Veiligheidsanalyse vastgelegd: ${VEILIGHEID_LABELS[result.niveau]}.`;
    if (result.consult?.nieuw) message += ` Er is een consult aangevraagd bij de gedragswetenschapper, uiterlijk ${formatDatum(result.consult.uiterlijkOp)}.`;
    else if (result.consult) message += ` Het open consult bij de gedragswetenschapper loopt door (uiterlijk ${formatDatum(result.consult.uiterlijkOp)}).`;
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message };
}

export async function requestConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = requestConsultSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const consult = await requestConsult(await requireActor(), parsed.data);
    revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
    return { ok: true, message: `Consult aangevraagd, uiterlijk ${formatDatum(consult.uiterlijkOp)}.` };
  } catch (error) {
    return errorState(error, values);
  }
}
