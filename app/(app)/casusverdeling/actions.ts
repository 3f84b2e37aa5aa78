'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { decideOpschaling } from '@/lib/server/regie/decide-opschaling';
import { assignRegieSchema, decideOpschalingSchema } from '@/lib/validations/regie';
import { neemBrpTaakOp } from '@/lib/server/brp/neem-brp-taak-op';
import { neemBrpTaakOpSchema } from '@/lib/validations/brp';

export async function assignRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = assignRegieSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let nummer: string;
  try {
    nummer = (await assignRegie(await requireActor(), parsed.data)).casusNummer;
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/casusverdeling');
  revalidatePath('/werkvoorraad');
  redirect(`/casusverdeling?toegewezen=${encodeURIComponent(nummer)}&aan=${parsed.data.regisseurId}`);
}

export async function decideOpschalingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = decideOpschalingSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let result: { besluit: string; casusNummer: string };
  try {
    result = await decideOpschaling(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/casusverdeling');
  redirect(`/casusverdeling?besluit=${result.besluit === 'TOEKENNEN' ? 'toegekend' : 'afgewezen'}&casus=${encodeURIComponent(result.casusNummer)}`);
}

// Issue 20: a BRP task without behandelaar goes to the teamlead who takes it.
export async function neemBrpTaakOpAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = neemBrpTaakOpSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Deze taak is niet gevonden. Laad de pagina opnieuw.' };
  try {
    await neemBrpTaakOp(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/casusverdeling');
  revalidatePath('/werkvoorraad');
  // The row leaves the list (it has a behandelaar now): the confirmation is on the page itself.
  redirect('/casusverdeling?brpTaak=opgepakt');
}
