'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActorVoorWachtwoord } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import type { FormState } from '@/lib/forms';
import { wijzigEigenWachtwoord } from '@/lib/server/auth/wijzig-eigen-wachtwoord';
import { wijzigWachtwoordSchema } from '@/lib/validations/wachtwoord';

/** Passwords are never sent back to the form: on an error the fields are empty again. */
export async function wijzigWachtwoordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActorVoorWachtwoord,
    parse: ({ formData: posted }) =>
      wijzigWachtwoordSchema.safeParse({ huidig: posted.get('huidig') ?? '', nieuw: posted.get('nieuw') ?? '', herhaling: posted.get('herhaling') ?? '' }),
    omit: ['huidig', 'nieuw', 'herhaling'],
    run: (input, { actor }) => wijzigEigenWachtwoord(actor, input),
    done: (_r, { actor: { actor, afgedwongen } }) => (afgedwongen ? homeFor(actor.rollen) : '/wachtwoord?gewijzigd=1'),
  });
}
