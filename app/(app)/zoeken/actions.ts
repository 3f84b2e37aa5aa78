'use server';
import { requireActor } from '@/lib/auth/session';
import { errorState, formDataOf, formValues, type FormState } from '@/lib/forms';
import { searchHuishoudens, type ZoekUitkomst } from '@/lib/server/zoeken/search-huishoudens';
import { parseZoekForm } from '@/lib/validations/zoeken';

export type ZoekState = FormState & { uitkomst?: ZoekUitkomst };

// A POST, not a GET: a BSN or name in the address would end up in browser history and server logs.
export async function zoekAction(_: ZoekState, formData: FormData): Promise<ZoekState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = parseZoekForm(values);
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors };
  try {
    return { values, uitkomst: await searchHuishoudens(await requireActor(), parsed.data) };
  } catch (error) {
    return errorState(error, values);
  }
}
