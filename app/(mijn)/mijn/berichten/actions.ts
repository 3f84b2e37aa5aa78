'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireInwoner } from '@/lib/auth/inwoner';
import type { FormState } from '@/lib/forms';
import { stuurBerichtInwoner } from '@/lib/server/inwoner/stuur-bericht-inwoner';
import { berichtSchema } from '@/lib/validations/inwoner';

/** Issue 21: a resident writes to their regisseur, optionally with one attachment (PDF, PNG or JPEG). */
export async function stuurBerichtAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireInwoner,
    schema: berichtSchema,
    invalid: 'Er ontbreekt nog iets. Kijk bij de rode tekst.',
    run: async (input, inwoner, form) => stuurBerichtInwoner(inwoner, input, await form.file('bestand')),
    revalidate: ['/mijn/berichten'],
    done: () => ({ ok: true, message: 'Uw bericht is verstuurd. Uw regisseur leest het zo snel mogelijk.' }),
  });
}
