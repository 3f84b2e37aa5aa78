'use server';
import { redirect } from 'next/navigation';
import { requireActorVoorWachtwoord } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import { errorState, fieldErrorsOf, formDataOf, type FormState } from '@/lib/forms';
import { wijzigEigenWachtwoord } from '@/lib/server/auth/wijzig-eigen-wachtwoord';
import { wijzigWachtwoordSchema } from '@/lib/validations/wachtwoord';

/** Passwords are never sent back to the form: on an error the fields are empty again. */
export async function wijzigWachtwoordAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const parsed = wijzigWachtwoordSchema.safeParse({ huidig: formData.get('huidig') ?? '', nieuw: formData.get('nieuw') ?? '', herhaling: formData.get('herhaling') ?? '' });
  if (!parsed.success) return { values: {}, fieldErrors: fieldErrorsOf(parsed.error) };
  const { actor, afgedwongen } = await requireActorVoorWachtwoord();
  try {
    await wijzigEigenWachtwoord(actor, parsed.data);
  } catch (error) {
    return errorState(error, {});
  }
  redirect(afgedwongen ? homeFor(actor.rollen) : '/wachtwoord?gewijzigd=1');
}
