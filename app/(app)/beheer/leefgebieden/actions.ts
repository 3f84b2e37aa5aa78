'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { createLeefgebiedSchema, updateLeefgebiedSchema } from '@/lib/validations/beheer';
import { createLeefgebied } from '@/lib/server/beheer/create-leefgebied';
import { updateLeefgebied } from '@/lib/server/beheer/update-leefgebied';
import { runBeheerAction } from '../_lib/run-action';

export async function createLeefgebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createLeefgebiedSchema, async (input, actor) => void (await createLeefgebied(actor, input)), { message: 'Het leefgebied is toegevoegd.' });
}

export async function updateLeefgebiedAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateLeefgebiedSchema, async (input, actor) => {
    await updateLeefgebied(actor, input);
    return '/beheer/leefgebieden';
  });
}
