'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createPartnerOrganisatie } from '@/lib/server/beheer/create-partner-organisatie';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { partnerGebruikerSchema, partnerOrganisatieSchema } from '@/lib/validations/partner';
import { beheer, opgeslagen } from '../_lib/beheer';

/** Issue 22: beheer registers ketenpartners and their users. */
export async function createPartnerOrganisatieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: partnerOrganisatieSchema, run: async (input, actor) => void (await createPartnerOrganisatie(actor, input)), done: opgeslagen('De ketenpartner is toegevoegd.') });
}

export async function savePartnerGebruikerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: partnerGebruikerSchema, run: async (input, actor) => void (await savePartnerGebruiker(actor, input)), done: opgeslagen('De gebruiker is opgeslagen.') });
}
