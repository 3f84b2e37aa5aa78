'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireInwoner } from '@/lib/auth/inwoner';
import type { FormState } from '@/lib/forms';
import { geefPlanReactie } from '@/lib/server/inwoner/geef-plan-reactie';
import { schrijfDoelVoortgang } from '@/lib/server/inwoner/schrijf-doel-voortgang';
import { doelVoortgangSchema, planReactieSchema } from '@/lib/validations/inwoner';

const CONTROLEER = 'Er ontbreekt nog iets. Kijk bij de rode tekst. Wat u schreef, staat er nog.';

/** Issue 21: the resident agrees to the plan ter akkoord, or asks for changes with a remark. */
export async function planReactieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireInwoner,
    schema: planReactieSchema,
    invalid: CONTROLEER,
    run: (input, inwoner) => geefPlanReactie(inwoner, input),
    revalidate: ['/mijn/plan'],
    done: (_r, { input }) => ({
      ok: true,
      message: input.soort === 'AKKOORD'
        ? 'Dank u wel. Uw akkoord is opgeslagen. Uw regisseur ziet het.'
        : 'Dank u wel. Uw regisseur ziet wat u anders wilt en neemt contact met u op.',
    }),
  });
}

/** Issue 21: the resident says how a goal is going (a short text and a scale of 1 to 5). */
export async function doelVoortgangAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireInwoner,
    schema: doelVoortgangSchema,
    invalid: CONTROLEER,
    run: (input, inwoner) => schrijfDoelVoortgang(inwoner, input),
    revalidate: ['/mijn/plan'],
    done: () => ({ ok: true, message: 'Dank u wel. Uw regisseur ziet hoe het gaat.' }),
  });
}
