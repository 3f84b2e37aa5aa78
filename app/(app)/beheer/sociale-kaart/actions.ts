'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createVoorzieningSchema, updateVoorzieningSchema } from '@/lib/validations/beheer';
import { createVoorziening } from '@/lib/server/beheer/create-voorziening';
import { updateVoorziening } from '@/lib/server/beheer/update-voorziening';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createVoorzieningAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: createVoorzieningSchema,
    lists: ['leefgebiedCodes'],
    run: (input, actor) => createVoorziening(actor, input),
    done: () => '/beheer/sociale-kaart?nieuw=1',
  });
}

export async function updateVoorzieningAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateVoorzieningSchema, lists: ['leefgebiedCodes'], run: (input, actor) => updateVoorziening(actor, input), done: opgeslagen('De voorziening is opgeslagen.') });
}
