'use server';
// Issue 22: the regisseur's answers to the ketenpartners — a zorgsignaal handled, a proposal taken over or declined —
// and a question to one of them (a consult).
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { formatDatum } from '@/lib/domain/dates';
import { vraagPartnerConsult } from '@/lib/server/consult/vraag-partner-consult';
import { beoordeelPlanVoorstel } from '@/lib/server/ketenpartner/beoordeel-plan-voorstel';
import { handelZorgsignaalAf } from '@/lib/server/ketenpartner/handel-zorgsignaal-af';
import { partnerConsultVragenSchema, signaalAfhandelenSchema, voorstelBeoordelenSchema } from '@/lib/validations/partner';

export async function zorgsignaalAfhandelenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: signaalAfhandelenSchema,
    invalid: 'Dit signaal kan niet worden afgehandeld.',
    run: (input, actor) => handelZorgsignaalAf(actor, input),
    revalidate: (_r, { input }) => [`/huishoudens/${input.huishoudenId}/plan`, '/werkvoorraad'],
    done: () => ({ ok: true, message: 'Het signaal is afgehandeld.' }),
  });
}

export async function voorstelBeoordelenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: voorstelBeoordelenSchema,
    invalid: 'Kies of je het voorstel overneemt.',
    run: (input, actor) => beoordeelPlanVoorstel(actor, input),
    revalidate: (_r, { input }) => [[`/huishoudens/${input.huishoudenId}/plan`, 'layout']],
    done: (r, { input }) => ({
      ok: true,
      message: input.besluit === 'OVERGENOMEN' ? `Overgenomen in het concept van versie ${r.versienummer}. Bekijk het concept en stel het plan vast.` : 'Het voorstel is afgewezen.',
    }),
  });
}

export async function partnerConsultVragenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: partnerConsultVragenSchema,
    invalid: 'Er ontbreekt nog iets. Kijk bij de rode tekst.',
    run: (input, actor) => vraagPartnerConsult(actor, input),
    revalidate: (_r, { input }) => [[`/huishoudens/${input.huishoudenId}`, 'layout']],
    done: (r) => ({ ok: true, message: `Je vraag is verstuurd. De ketenpartner ziet hem op zijn werklijst; het advies verwacht je uiterlijk ${formatDatum(r.uiterlijkOp)}.` }),
  });
}
