'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { createPartnerOrganisatie } from '@/lib/server/beheer/create-partner-organisatie';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { partnerGebruikerSchema, partnerOrganisatieSchema } from '@/lib/validations/partner';
import { runBeheerAction } from '../_lib/run-action';

/** Issue 22: beheer registers ketenpartners and their users. */
export async function createPartnerOrganisatieAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, partnerOrganisatieSchema, async (input, actor) => void (await createPartnerOrganisatie(actor, input)), { message: 'De ketenpartner is toegevoegd.' });
}

export async function savePartnerGebruikerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, partnerGebruikerSchema, async (input, actor) => void (await savePartnerGebruiker(actor, input)), { message: 'De gebruiker is opgeslagen.' });
}
