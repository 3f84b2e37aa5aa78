'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { addContractSchema, createAanbiederSchema, endContractSchema, updateAanbiederSchema } from '@/lib/validations/beheer';
import { addContract } from '@/lib/server/beheer/add-contract';
import { createAanbieder } from '@/lib/server/beheer/create-aanbieder';
import { endContract } from '@/lib/server/beheer/end-contract';
import { updateAanbieder } from '@/lib/server/beheer/update-aanbieder';
import { runBeheerAction } from '../_lib/run-action';

export async function createAanbiederAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createAanbiederSchema, async (input, actor) => `/beheer/aanbieders/${(await createAanbieder(actor, input)).id}?nieuw=1`);
}

export async function updateAanbiederAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateAanbiederSchema, (input, actor) => updateAanbieder(actor, input), { message: 'De aanbieder is opgeslagen.' });
}

export async function addContractAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, addContractSchema, async (input, actor) => void (await addContract(actor, input)), { message: 'Het contract is toegevoegd.' });
}

export async function endContractAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, endContractSchema, async (input, actor) => void (await endContract(actor, input)), { message: 'Het contract is beëindigd.' });
}
