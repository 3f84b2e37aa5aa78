'use server';
import { runAction } from '@/lib/actions/run-action';
import type { InzageZoekState } from '@/lib/actions/states';
import { requireActor } from '@/lib/auth/session';
import { zoekPersoonVoorInzageverzoek } from '@/lib/server/inzage/zoek-persoon';
import { inzageZoekSchema } from '@/lib/validations/inzage';

// Search terms come by POST (a server action), so a BSN never lands in a URL, the browser history or a server log.
export async function zoekPersoonAction(_: InzageZoekState, formData: FormData): Promise<InzageZoekState> {
  return runAction(formData, {
    actor: requireActor,
    schema: inzageZoekSchema,
    run: (input, actor) => zoekPersoonVoorInzageverzoek(actor, input),
    done: (resultaten, { form }): InzageZoekState => ({ values: form.values, resultaten }),
  });
}
