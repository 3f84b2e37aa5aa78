'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getActor, requireActor } from '@/lib/auth/session';
import { formatTijd } from '@/lib/domain/gesprek';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { markVerslagVerstuurd } from '@/lib/server/gesprek/mark-verslag-verstuurd';
import { saveGesprek, type SaveGesprekResult } from '@/lib/server/gesprek/save-gesprek';
import { markVerslagVerstuurdSchema, parseGesprekForm } from '@/lib/validations/gesprek';

export type GesprekFormState = FormState & { version?: number };

// A long conversation must survive a session timeout: instead of sending the caseworker to the login page (and
// away from the form), the values come back with the message; the browser also keeps its own copy (autosave).
const SESSION_EXPIRED =
  'Je sessie is verlopen, daarom is er niets opgeslagen. Je invoer staat nog in dit formulier en is op dit apparaat bewaard. Log in een nieuw tabblad opnieuw in en klik daarna hier nogmaals op opslaan.';

export async function saveGesprekAction(_: GesprekFormState, formData: FormData): Promise<GesprekFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const actor = await getActor();
  if (!actor) return { values, formError: SESSION_EXPIRED };
  const parsed = parseGesprekForm(values);
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors, formError: 'Controleer de gemarkeerde velden. Er is niets verloren: je invoer staat er nog.' };
  let result: SaveGesprekResult;
  try {
    result = await saveGesprek(actor, parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  const base = `/huishoudens/${parsed.data.huishoudenId}`;
  revalidatePath(base, 'layout');
  if (result.created) redirect(`${base}/gesprekken/${result.gesprekId}?aangemaakt=1${result.status === 'AFGEROND' ? '&afgerond=1' : ''}`);
  if (parsed.data.intent === 'afronden') redirect(`${base}/gesprekken/${result.gesprekId}?afgerond=1`);
  return { ok: true, version: result.version, values, message: `Concept opgeslagen om ${formatTijd(new Date())}.` };
}

export async function markVerslagVerstuurdAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = markVerslagVerstuurdSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await markVerslagVerstuurd(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  return { ok: true, message: 'Vastgelegd dat het verslag is verstuurd.' };
}
