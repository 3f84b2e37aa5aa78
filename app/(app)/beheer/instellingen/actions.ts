'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { updateBewaartermijnenSchema, updateGemeenteSchema } from '@/lib/validations/beheer';
import { updateBewaartermijnen } from '@/lib/server/beheer/update-bewaartermijnen';
import { updateGemeenteInstellingen } from '@/lib/server/beheer/update-gemeente-instellingen';
import { runBeheerAction } from '../_lib/run-action';

export async function updateGemeenteAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateGemeenteSchema, (input, actor) => updateGemeenteInstellingen(actor, input), { message: 'De instellingen zijn opgeslagen.' });
}

export async function updateBewaartermijnenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateBewaartermijnenSchema, (input, actor) => updateBewaartermijnen(actor, input), { message: 'De bewaartermijnen zijn opgeslagen.' });
}
