'use server';
// Issue 22: the ketenpartner's actions, thin: parse → partner → use case → map errors → revalidate.
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { requirePartner } from '@/lib/auth/partner';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { PARTNER_COOKIE, partnerCookieOptions } from '@/lib/auth/partner-cookie';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { bevestigStartZorg } from '@/lib/server/partner/bevestig-start-zorg';
import { bevestigStopZorg } from '@/lib/server/partner/bevestig-stop-zorg';
import { doePlanVoorstel } from '@/lib/server/partner/doe-plan-voorstel';
import { rapporteerActieVoortgang } from '@/lib/server/partner/rapporteer-actie-voortgang';
import { stuurZorgsignaal } from '@/lib/server/partner/stuur-zorgsignaal';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { partnerGebruikerSchema, actieVoortgangSchema, planVoorstelSchema, startZorgSchema, stopZorgSchema, zorgsignaalSchema } from '@/lib/validations/partner';

const CONTROLEER = 'Er ontbreekt nog iets. Kijk bij de rode tekst. Wat je schreef, staat er nog.';

async function handle<S extends z.ZodType>(formData: FormData, schema: S, run: (partner: PartnerActor, input: z.output<S>) => Promise<unknown>, message: string): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const partner = await requirePartner();
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error), formError: CONTROLEER };
  try {
    await run(partner, parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/partner', 'layout'); // the worklist, the household and the toewijzingen
  return { ok: true, message };
}

export async function actieVoortgangAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, actieVoortgangSchema, rapporteerActieVoortgang, 'De voortgang is opgeslagen. De regisseur ziet het in het plan.');
}

export async function zorgsignaalAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, zorgsignaalSchema, stuurZorgsignaal, 'Het signaal is verstuurd naar de regisseur.');
}

export async function planVoorstelAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, planVoorstelSchema, doePlanVoorstel, 'Je voorstel is verstuurd. De regisseur neemt het over in het plan of laat je weten waarom niet.');
}

export async function startZorgAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, startZorgSchema, bevestigStartZorg, 'De start van de zorg is opgeslagen.');
}

export async function stopZorgAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, stopZorgSchema, bevestigStopZorg, 'De stop van de zorg is opgeslagen.');
}

/** The coordinator adds a user of the organisation or switches one on or off. */
export async function partnerGebruikerAction(_: FormState, formData: FormData): Promise<FormState> {
  return handle(formData, partnerGebruikerSchema, savePartnerGebruiker, 'De gebruiker is opgeslagen.');
}

/** Signing out ends the partner session (the cookie on /partner). */
export async function partnerUitloggen() {
  await requirePartner();
  (await cookies()).set(PARTNER_COOKIE, '', partnerCookieOptions(0));
  redirect('/partner/inloggen?uitgelogd=1');
}
