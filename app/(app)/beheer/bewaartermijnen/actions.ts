'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { anonimiseerVerlopenDossiers } from '@/lib/server/bewaartermijn/verlopen-dossiers';

export async function anonimiseerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) =>
      values.bevestig === 'on'
        ? { success: true, data: undefined }
        : { success: false, fieldErrors: { bevestig: ['Bevestig dat je deze dossiers onherroepelijk wilt anonimiseren.'] } },
    run: (_input, actor) => anonimiseerVerlopenDossiers(actor),
    revalidate: ['/beheer/bewaartermijnen'],
    done: ({ geanonimiseerd: { length: aantal } }) => ({ ok: true, message: aantal === 1 ? '1 huishouden geanonimiseerd.' : `${aantal} huishoudens geanonimiseerd.` }),
  });
}
