'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createPartnerOrganisatie } from '@/lib/server/beheer/create-partner-organisatie';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { setPartnerOrganisatieActief } from '@/lib/server/beheer/set-partner-organisatie-actief';
import { updatePartnerOrganisatie } from '@/lib/server/beheer/update-partner-organisatie';
import { partnerGebruikerSchema, partnerOrganisatieActiefSchema, partnerOrganisatieSchema } from '@/lib/validations/partner';
import { beheer, opgeslagen } from '../_lib/beheer';

/** Issue 22: beheer registers ketenpartners and their users. */
export async function createPartnerOrganisatieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: partnerOrganisatieSchema, run: async (input, actor) => void (await createPartnerOrganisatie(actor, input)), done: opgeslagen('De ketenpartner is toegevoegd.') });
}

export async function savePartnerGebruikerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: partnerGebruikerSchema, run: async (input, actor) => void (await savePartnerGebruiker(actor, input)), done: opgeslagen('De gebruiker is opgeslagen.') });
}

export async function updatePartnerOrganisatieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: partnerOrganisatieSchema, run: async (input, actor) => void (await updatePartnerOrganisatie(actor, input)), done: opgeslagen('De gegevens van de ketenpartner zijn opgeslagen.') });
}

export async function setPartnerOrganisatieActiefAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: partnerOrganisatieActiefSchema,
    run: (input, actor) => setPartnerOrganisatieActief(actor, input),
    done: (r, { input }) => ({ ok: true, message: input.actief ? 'De ketenpartner is weer ingeschakeld.' : `De ketenpartner is uitgeschakeld: ${r.gebruikers === 1 ? '1 gebruiker heeft' : `${r.gebruikers} gebruikers hebben`} geen toegang meer.` }),
  });
}
