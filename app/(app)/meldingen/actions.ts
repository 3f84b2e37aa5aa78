'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { registreerHuishoudenUitBrp } from '@/lib/server/brp/registreer-huishouden-uit-brp';
import { createHuishoudenVoorMelding } from '@/lib/server/melding/create-huishouden-voor-melding';
import { koppelMelding } from '@/lib/server/melding/koppel-melding';
import { registerMelding } from '@/lib/server/melding/register-melding';
import { performTriage } from '@/lib/server/triage/perform-triage';
import { koppelMeldingSchema, parseDeskMelding, parseNieuwHuishouden } from '@/lib/validations/melding';
import { triageSchema } from '@/lib/validations/triage';
import { parseRegistreerUitBrp } from '@/lib/validations/brp';

const melding = (_r: unknown, { input }: { input: { meldingId: string } }) => [`/meldingen/${input.meldingId}`];
const gekoppeld = (_r: unknown, { input }: { input: { meldingId: string } }) => `/meldingen/${input.meldingId}?gekoppeld=1`;

export async function registerMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values, list }) => parseDeskMelding({ ...values, leefgebieden: list('leefgebieden') }),
    run: (input, actor) => registerMelding(actor, input),
    revalidate: ['/meldingen'],
    done: ({ id }) => `/meldingen/${id}?geregistreerd=1`,
  });
}

export async function koppelMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: koppelMeldingSchema,
    invalid: 'Kies een huishouden.',
    run: (input, actor) => koppelMelding(actor, input),
    revalidate: melding,
    done: gekoppeld,
  });
}

export async function createHuishoudenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) => parseNieuwHuishouden(values),
    run: (input, actor) => createHuishoudenVoorMelding(actor, input),
    revalidate: melding,
    done: gekoppeld,
  });
}

// Issue 20: a household from the BRP; the form only chooses members and roles.
export async function registreerUitBrpAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values, list }) => parseRegistreerUitBrp(values, list('lid')),
    invalid: 'Controleer de gekozen leden en hun rol.',
    run: (input, actor) => registreerHuishoudenUitBrp(actor, input),
    revalidate: melding,
    done: gekoppeld,
  });
}

export async function performTriageAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: triageSchema,
    lists: ['leefgebieden'],
    run: (input, actor) => performTriage(actor, input),
    revalidate: (_r, { input }) => ['/meldingen', `/meldingen/${input.meldingId}`],
    done: (_r, { input }) => `/meldingen/${input.meldingId}?getrieerd=1`,
  });
}
