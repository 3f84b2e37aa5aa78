'use server';
// Issue 22: the regisseur's answers to the ketenpartners — a zorgsignaal handled, a proposal taken over or declined.
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { beoordeelPlanVoorstel } from '@/lib/server/ketenpartner/beoordeel-plan-voorstel';
import { handelZorgsignaalAf } from '@/lib/server/ketenpartner/handel-zorgsignaal-af';
import { signaalAfhandelenSchema, voorstelBeoordelenSchema } from '@/lib/validations/partner';

export async function zorgsignaalAfhandelenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = signaalAfhandelenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Dit signaal kan niet worden afgehandeld.' };
  try {
    await handelZorgsignaalAf(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}/plan`);
  revalidatePath('/werkvoorraad');
  return { ok: true, message: 'Het signaal is afgehandeld.' };
}

export async function voorstelBeoordelenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = voorstelBeoordelenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: 'Kies of je het voorstel overneemt.' };
  try {
    await beoordeelPlanVoorstel(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}/plan`);
  return { ok: true, message: parsed.data.besluit === 'OVERGENOMEN' ? 'Overgenomen: neem het op in de volgende versie van het plan.' : 'Het voorstel is afgewezen.' };
}
