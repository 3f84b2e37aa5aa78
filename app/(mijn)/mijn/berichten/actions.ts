'use server';
import { revalidatePath } from 'next/cache';
import { requireInwoner } from '@/lib/auth/inwoner';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { stuurBerichtInwoner } from '@/lib/server/inwoner/stuur-bericht-inwoner';
import { berichtSchema } from '@/lib/validations/inwoner';

/** Issue 21: a resident writes to their regisseur, optionally with one attachment (PDF, PNG or JPEG). */
export async function stuurBerichtAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const inwoner = await requireInwoner();
  const file = formData.get('bestand');
  const bestand = file instanceof File && file.size > 0 ? { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  const parsed = berichtSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Er ontbreekt nog iets. Kijk bij de rode tekst.' };
  try {
    await stuurBerichtInwoner(inwoner, parsed.data, bestand);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/mijn/berichten');
  return { ok: true, message: 'Uw bericht is verstuurd. Uw regisseur leest het zo snel mogelijk.' };
}
