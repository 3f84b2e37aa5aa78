'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createLeefgebiedSchema, updateLeefgebiedSchema } from '@/lib/validations/beheer';
import { createLeefgebied } from '@/lib/server/beheer/create-leefgebied';
import { updateLeefgebied } from '@/lib/server/beheer/update-leefgebied';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createLeefgebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: createLeefgebiedSchema, run: (input, actor) => createLeefgebied(actor, input), done: opgeslagen('Het leefgebied is toegevoegd.') });
}

export async function updateLeefgebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateLeefgebiedSchema, run: (input, actor) => updateLeefgebied(actor, input), done: () => '/beheer/leefgebieden' });
}
