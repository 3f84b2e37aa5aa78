'use server';
import { z } from 'zod';
import { runAction } from '@/lib/actions/run-action';
import { requireInwoner } from '@/lib/auth/inwoner';
import type { FormState } from '@/lib/forms';
import { trekToestemmingIn } from '@/lib/server/inwoner/toestemmingen';

const schema = z.object({ toestemmingId: z.uuid('Deze toestemming hebben we niet gevonden.') });

/** Issue 21: the resident withdraws a consent; it takes effect at once in the staff side. */
export async function trekToestemmingInAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireInwoner,
    parse: ({ values }) => {
      const parsed = schema.safeParse(values);
      return parsed.success ? parsed : { success: false, formError: 'Deze toestemming hebben we niet gevonden.' };
    },
    run: (input, inwoner) => trekToestemmingIn(inwoner, input.toestemmingId),
    revalidate: ['/mijn/toestemmingen'],
    done: () => ({ ok: true, message: 'De toestemming is ingetrokken. Vanaf vandaag delen we hierover niets meer.' }),
  });
}
