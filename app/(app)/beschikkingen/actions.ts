'use server';
import { layout, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import type { FormState } from '@/lib/forms';
import { saveBeschikkingConcept } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { verzendenBeschikking } from '@/lib/server/beschikking/verzenden-beschikking';
import { intrekkenBeschikking, wijzigenBeschikking } from '@/lib/server/beschikking/wijzigen-beschikking';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import {
  beschikkingStapSchema,
  intrekkenSchema,
  parseBeschikkingConcept,
  productRijSleutels,
  toewijzingenVerzendenSchema,
  verzendenSchema,
  wijzigenSchema,
} from '@/lib/validations/beschikking';

const refresh = (beschikkingId: string) => [`/beschikkingen/${beschikkingId}`, layout('/aanvragen')];
const deze = (_r: unknown, { input }: { input: { beschikkingId: string } }) => refresh(input.beschikkingId);
const naar = (melding: string) => (_r: unknown, { input }: { input: { beschikkingId: string } }) => `/beschikkingen/${input.beschikkingId}?melding=${melding}`;

/** The concept form: a new concept on an aanvraag, or changes to one. Errors per product land at their own row. */
export async function saveBeschikkingConceptAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ formData: posted }) => {
      const parsed = parseBeschikkingConcept(posted);
      return parsed.data ? { success: true, data: parsed.data } : { success: false, values: parsed.values, fieldErrors: parsed.fieldErrors, formError: 'Controleer de gemarkeerde velden.' };
    },
    run: (input, actor) => saveBeschikkingConcept(actor, input),
    error: (error, values) => {
      // The use case names products by their place in the list; the form by the key of their row.
      if (!(error instanceof DomainError) || !Object.keys(error.fieldErrors).length) return undefined;
      const sleutels = productRijSleutels(values);
      const fieldErrors = Object.fromEntries(
        Object.entries(error.fieldErrors).map(([key, messages]) => [key.replace(/^producten\.(\d+)\./, (_m, i: string) => `producten.${sleutels[Number(i)] ?? i}.`), messages]),
      );
      return { values, fieldErrors, formError: 'Controleer de gemarkeerde velden.' };
    },
    revalidate: ({ id }, { input }) => [...refresh(id), ...(input.aanvraagId ? [`/aanvragen/${input.aanvraagId}`] : [])],
    done: ({ id }) => `/beschikkingen/${id}?melding=opgeslagen`,
  });
}

export async function vaststellenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: beschikkingStapSchema, run: (input, actor) => vaststellenBeschikking(actor, input), revalidate: deze, done: naar('vastgesteld') });
}

export async function verzendenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: verzendenSchema, run: (input, actor) => verzendenBeschikking(actor, input), revalidate: deze, done: naar('verzonden') });
}

export async function wijzigenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) => wijzigenSchema.safeParse({ ...values, vervalredenVorig: values.wijzigingVervalreden }),
    run: (input, actor) => wijzigenBeschikking(actor, input),
    revalidate: deze,
    done: ({ id }) => `/beschikkingen/${id}/bewerken`,
  });
}

export async function intrekkenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: intrekkenSchema, run: (input, actor) => intrekkenBeschikking(actor, input), revalidate: deze, done: ({ id }) => `/beschikkingen/${id}?melding=opgeslagen` });
}

export async function toewijzingenVerzendenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { actor: requireActor, schema: toewijzingenVerzendenSchema, run: (input, actor) => verzendenToewijzingen(actor, input), revalidate: deze, done: naar('verstuurd') });
}
