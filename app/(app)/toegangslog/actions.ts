'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { beoordeelBreakTheGlass } from '@/lib/server/toegangslog/beoordeel-break-the-glass';
import { beoordeelBreakTheGlassSchema } from '@/lib/validations/toegangslog';

export async function beoordeelBreakTheGlassAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: beoordeelBreakTheGlassSchema,
    run: (input, actor) => beoordeelBreakTheGlass(actor, input),
    revalidate: ['/toegangslog'],
    done: () => '/toegangslog?beoordeeld=1#break-the-glass',
  });
}
