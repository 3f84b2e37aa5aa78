'use server';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { zoekPersoonVoorInzageverzoek, type InzageZoekResultaat } from '@/lib/server/inzage/zoek-persoon';
import { inzageZoekSchema } from '@/lib/validations/inzage';

export type InzageZoekState = FormState & { resultaten?: InzageZoekResultaat[] };

// Search terms come by POST (a server action), so a BSN never lands in a URL, the browser history or a server log.
export async function zoekPersoonAction(_: InzageZoekState, formData: FormData): Promise<InzageZoekState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = inzageZoekSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { values, resultaten: await zoekPersoonVoorInzageverzoek(await requireActor(), parsed.data) };
  } catch (error) {
    return errorState(error, values);
  }
}
