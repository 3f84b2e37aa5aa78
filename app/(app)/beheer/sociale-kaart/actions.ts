'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { createVoorzieningSchema, updateVoorzieningSchema } from '@/lib/validations/beheer';
import { createVoorziening } from '@/lib/server/beheer/create-voorziening';
import { updateVoorziening } from '@/lib/server/beheer/update-voorziening';
import { runBeheerAction } from '../_lib/run-action';

export async function createVoorzieningAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createVoorzieningSchema, async (input, actor) => {
    await createVoorziening(actor, input);
    return '/beheer/sociale-kaart?nieuw=1';
  }, { lists: ['leefgebiedCodes'] });
}

export async function updateVoorzieningAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateVoorzieningSchema, (input, actor) => updateVoorziening(actor, input), { lists: ['leefgebiedCodes'], message: 'De voorziening is opgeslagen.' });
}
