'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { addBesluitdagSchema, removeBesluitdagSchema } from '@/lib/validations/beheer';
import { addBesluitdag, removeBesluitdag } from '@/lib/server/beheer/besluitdagen';
import { beheer } from '../_lib/beheer';

const herberekendTekst = (n: number) =>
  n === 0 ? 'Geen opgeslagen bezwaartermijn veranderde.' : `${n} opgeslagen ${n === 1 ? 'bezwaartermijn is' : 'bezwaartermijnen zijn'} opnieuw berekend.`;

export async function addBesluitdagAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: addBesluitdagSchema,
    run: (input, actor) => addBesluitdag(actor, input),
    done: ({ herberekend }) => ({ ok: true, message: `De dag is toegevoegd. ${herberekendTekst(herberekend)}` }),
  });
}

export async function removeBesluitdagAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: removeBesluitdagSchema,
    run: (input, actor) => removeBesluitdag(actor, input),
    done: ({ herberekend }) => ({ ok: true, message: `De dag is verwijderd. ${herberekendTekst(herberekend)}` }),
  });
}
