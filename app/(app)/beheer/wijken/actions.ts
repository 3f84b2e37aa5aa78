'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { addPostcodeGebiedSchema, createWijkSchema, removePostcodeGebiedSchema, updateWijkSchema } from '@/lib/validations/beheer';
import { addPostcodeGebied } from '@/lib/server/beheer/add-postcodegebied';
import { createWijk } from '@/lib/server/beheer/create-wijk';
import { removePostcodeGebied } from '@/lib/server/beheer/remove-postcodegebied';
import { updateWijk } from '@/lib/server/beheer/update-wijk';
import { runBeheerAction } from '../_lib/run-action';

export async function createWijkAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createWijkSchema, async (input, actor) => `/beheer/wijken/${(await createWijk(actor, input)).id}`);
}

export async function updateWijkAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateWijkSchema, (input, actor) => updateWijk(actor, input), { message: 'De wijk is opgeslagen.' });
}

export async function addPostcodeGebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, addPostcodeGebiedSchema, async (input, actor) => void (await addPostcodeGebied(actor, input)), { message: 'De postcodereeks is toegevoegd.' });
}

export async function removePostcodeGebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, removePostcodeGebiedSchema, async (input, actor) => void (await removePostcodeGebied(actor, input)), { message: 'De postcodereeks is verwijderd.' });
}
