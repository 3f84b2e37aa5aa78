'use server';
// Issue 22: the ketenpartner's actions, thin: parse → partner → use case → map errors → revalidate.
import { cookies } from 'next/headers';
import type { z } from 'zod';
import { layout, runAction } from '@/lib/actions/run-action';
import { requirePartner } from '@/lib/auth/partner';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { PARTNER_COOKIE, partnerCookieOptions } from '@/lib/auth/partner-cookie';
import type { FormState } from '@/lib/forms';
import { beantwoordConsult } from '@/lib/server/partner/beantwoord-consult';
import { bevestigStartZorg } from '@/lib/server/partner/bevestig-start-zorg';
import { bevestigStopZorg } from '@/lib/server/partner/bevestig-stop-zorg';
import { doePlanVoorstel } from '@/lib/server/partner/doe-plan-voorstel';
import { rapporteerActieVoortgang } from '@/lib/server/partner/rapporteer-actie-voortgang';
import { stuurZorgsignaal } from '@/lib/server/partner/stuur-zorgsignaal';
import { vraagToewijzingAan } from '@/lib/server/partner/vraag-toewijzing-aan';
import { vraagWijzigingAan } from '@/lib/server/partner/vraag-wijziging-aan';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { partnerConsultAntwoordSchema, partnerGebruikerSchema, actieVoortgangSchema, planVoorstelSchema, startZorgSchema, stopZorgSchema, verzoekToewijzingSchema, verzoekWijzigingSchema, zorgsignaalSchema } from '@/lib/validations/partner';

const CONTROLEER = 'Er ontbreekt nog iets. Kijk bij de rode tekst. Wat je schreef, staat er nog.';

/** What every partner form does: the partner, the use case, the worklist, the household and the toewijzingen anew. */
const partnerSpec = <S extends z.ZodType>(schema: S, run: (partner: PartnerActor, input: z.output<S>) => Promise<unknown>, message: string) => ({
  actor: requirePartner,
  schema,
  invalid: CONTROLEER,
  run: (input: z.output<S>, partner: PartnerActor) => run(partner, input),
  revalidate: [layout('/partner')],
  done: (): FormState => ({ ok: true, message }),
});

export async function actieVoortgangAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(actieVoortgangSchema, rapporteerActieVoortgang, 'De voortgang is opgeslagen. De regisseur ziet het in het plan.'));
}

export async function zorgsignaalAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(zorgsignaalSchema, stuurZorgsignaal, 'Het signaal is verstuurd naar de regisseur.'));
}

export async function planVoorstelAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(planVoorstelSchema, doePlanVoorstel, 'Je voorstel is verstuurd. De regisseur neemt het over in het plan of laat je weten waarom niet.'));
}

export async function consultAntwoordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(partnerConsultAntwoordSchema, beantwoordConsult, 'Je advies is verstuurd. De regisseur ziet het in het dossier.'));
}

export async function startZorgAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(startZorgSchema, bevestigStartZorg, 'De start van de zorg is opgeslagen.'));
}

export async function stopZorgAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(stopZorgSchema, bevestigStopZorg, 'De stop van de zorg is opgeslagen.'));
}

/** Issue 22 item 4: a change of a toewijzing asked by hand (the 317 of an aanbieder without software). */
export async function verzoekWijzigingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(verzoekWijzigingSchema, vraagWijzigingAan, 'Je verzoek is verstuurd. De gemeente antwoordt binnen 5 werkdagen; je ziet het antwoord bij Verzoeken.'));
}

/** Issue 22 item 4: a new toewijzing asked by hand (the 315). */
export async function verzoekToewijzingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(verzoekToewijzingSchema, vraagToewijzingAan, 'Je verzoek is verstuurd. De gemeente antwoordt binnen 5 werkdagen; je ziet het antwoord bij Verzoeken.'));
}

/** The coordinator adds a user of the organisation or switches one on or off. */
export async function partnerGebruikerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, partnerSpec(partnerGebruikerSchema, savePartnerGebruiker, 'De gebruiker is opgeslagen.'));
}

/** Signing out ends the partner session (the cookie on /partner). */
export async function partnerUitloggen(formData: FormData): Promise<void> {
  await runAction(formData, {
    actor: requirePartner,
    run: async () => void (await cookies()).set(PARTNER_COOKIE, '', partnerCookieOptions(0)),
    done: () => '/partner/inloggen?uitgelogd=1',
  });
}
