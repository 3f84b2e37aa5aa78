'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { addContractSchema, createAanbiederSchema, endContractSchema, updateAanbiederSchema } from '@/lib/validations/beheer';
import { addContract } from '@/lib/server/beheer/add-contract';
import { createAanbieder } from '@/lib/server/beheer/create-aanbieder';
import { endContract } from '@/lib/server/beheer/end-contract';
import { updateAanbieder } from '@/lib/server/beheer/update-aanbieder';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createAanbiederAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: createAanbiederSchema, run: (input, actor) => createAanbieder(actor, input), done: (created) => `/beheer/aanbieders/${created.id}?nieuw=1` });
}

export async function updateAanbiederAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateAanbiederSchema, run: (input, actor) => updateAanbieder(actor, input), done: opgeslagen('De aanbieder is opgeslagen.') });
}

export async function addContractAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: addContractSchema, run: (input, actor) => addContract(actor, input), done: opgeslagen('Het contract is toegevoegd.') });
}

export async function endContractAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: endContractSchema, run: (input, actor) => endContract(actor, input), done: opgeslagen('Het contract is beëindigd.') });
}
