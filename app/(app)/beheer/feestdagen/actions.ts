'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { addBesluitdagSchema, removeBesluitdagSchema } from '@/lib/validations/beheer';
import { addBesluitdag, removeBesluitdag } from '@/lib/server/beheer/besluitdagen';
import { runBeheerAction } from '../_lib/run-action';

const herberekendTekst = (n: number) =>
  n === 0 ? 'Geen opgeslagen bezwaartermijn veranderde.' : `${n} opgeslagen ${n === 1 ? 'bezwaartermijn is' : 'bezwaartermijnen zijn'} opnieuw berekend.`;

export async function addBesluitdagAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  let herberekend = 0;
  const state = await runBeheerAction(formData, addBesluitdagSchema, async (input, actor) => void ({ herberekend } = await addBesluitdag(actor, input)));
  return state.ok ? { ...state, message: `De dag is toegevoegd. ${herberekendTekst(herberekend)}` } : state;
}

export async function removeBesluitdagAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  let herberekend = 0;
  const state = await runBeheerAction(formData, removeBesluitdagSchema, async (input, actor) => void ({ herberekend } = await removeBesluitdag(actor, input)));
  return state.ok ? { ...state, message: `De dag is verwijderd. ${herberekendTekst(herberekend)}` } : state;
}
