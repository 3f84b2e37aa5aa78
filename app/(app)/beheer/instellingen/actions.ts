'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { updateBewaartermijnenSchema, updateGemeenteSchema } from '@/lib/validations/beheer';
import { updateBewaartermijnen } from '@/lib/server/beheer/update-bewaartermijnen';
import { updateGemeenteInstellingen } from '@/lib/server/beheer/update-gemeente-instellingen';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function updateGemeenteAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateGemeenteSchema, run: (input, actor) => updateGemeenteInstellingen(actor, input), done: opgeslagen('De instellingen zijn opgeslagen.') });
}

export async function updateBewaartermijnenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateBewaartermijnenSchema, run: (input, actor) => updateBewaartermijnen(actor, input), done: opgeslagen('De bewaartermijnen zijn opgeslagen.') });
}
