'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { addPostcodeGebiedSchema, createWijkSchema, removePostcodeGebiedSchema, updateWijkSchema } from '@/lib/validations/beheer';
import { addPostcodeGebied } from '@/lib/server/beheer/add-postcodegebied';
import { createWijk } from '@/lib/server/beheer/create-wijk';
import { removePostcodeGebied } from '@/lib/server/beheer/remove-postcodegebied';
import { updateWijk } from '@/lib/server/beheer/update-wijk';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createWijkAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: createWijkSchema, run: (input, actor) => createWijk(actor, input), done: (created) => `/beheer/wijken/${created.id}` });
}

export async function updateWijkAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateWijkSchema, run: (input, actor) => updateWijk(actor, input), done: opgeslagen('De wijk is opgeslagen.') });
}

export async function addPostcodeGebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: addPostcodeGebiedSchema, run: (input, actor) => addPostcodeGebied(actor, input), done: opgeslagen('De postcodereeks is toegevoegd.') });
}

export async function removePostcodeGebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: removePostcodeGebiedSchema, run: (input, actor) => removePostcodeGebied(actor, input), done: opgeslagen('De postcodereeks is verwijderd.') });
}
