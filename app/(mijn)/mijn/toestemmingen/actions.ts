'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireInwoner } from '@/lib/auth/inwoner';
import { errorState, formDataOf, formValues, type FormState } from '@/lib/forms';
import { trekToestemmingIn } from '@/lib/server/inwoner/toestemmingen';

const schema = z.object({ toestemmingId: z.uuid('Deze toestemming hebben we niet gevonden.') });

/** Issue 21: the resident withdraws a consent; it takes effect at once in the staff side. */
export async function trekToestemmingInAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const inwoner = await requireInwoner();
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { values, formError: 'Deze toestemming hebben we niet gevonden.' };
  try {
    await trekToestemmingIn(inwoner, parsed.data.toestemmingId);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/mijn/toestemmingen');
  return { ok: true, message: 'De toestemming is ingetrokken. Vanaf vandaag delen we hierover niets meer.' };
}
