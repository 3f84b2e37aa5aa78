'use server';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/session';
import { errorState, formDataOf, formValues, type FormState } from '@/lib/forms';
import { anonimiseerVerlopenDossiers } from '@/lib/server/bewaartermijn/verlopen-dossiers';

export async function anonimiseerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  if (values.bevestig !== 'on') return { values, fieldErrors: { bevestig: ['Bevestig dat je deze dossiers onherroepelijk wilt anonimiseren.'] } };
  let aantal: number;
  try {
    aantal = (await anonimiseerVerlopenDossiers(await requireActor())).geanonimiseerd.length;
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/beheer/bewaartermijnen');
  return { ok: true, message: aantal === 1 ? '1 huishouden geanonimiseerd.' : `${aantal} huishoudens geanonimiseerd.` };
}
