'use server';
import { dossierVanInput, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { veiligheidFormFout } from '@/lib/domain/veiligheid';
import { fieldErrorsOf, type FormState } from '@/lib/forms';
import { requestConsult } from '@/lib/server/consult/request-consult';
import { recordVeiligheidsanalyse } from '@/lib/server/veiligheid/record-veiligheidsanalyse';
import { requestConsultSchema } from '@/lib/validations/consult';
import { recordVeiligheidsanalyseSchema, veiligheidFormInput } from '@/lib/validations/veiligheid';

export async function recordVeiligheidsanalyseAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) => {
      const parsed = recordVeiligheidsanalyseSchema.safeParse(veiligheidFormInput(values));
      if (parsed.success) return parsed;
      const fieldErrors = fieldErrorsOf(parsed.error);
      const velden = Object.keys(fieldErrors);
      return { success: false, fieldErrors, formError: veiligheidFormFout({ vragen: velden.some((k) => k.startsWith('antwoord.')), toelichting: velden.includes('toelichting') }) };
    },
    run: (input, actor) => recordVeiligheidsanalyse(actor, input),
    revalidate: dossierVanInput,
    done: (result) => {
      let message = `Veiligheidsanalyse vastgelegd: ${VEILIGHEID_LABELS[result.niveau]}.`;
      if (result.consult?.nieuw) message += ` Er is een consult aangevraagd bij de gedragswetenschapper, uiterlijk ${formatDatum(result.consult.uiterlijkOp)}.`;
      else if (result.consult) message += ` Het open consult bij de gedragswetenschapper loopt door (uiterlijk ${formatDatum(result.consult.uiterlijkOp)}).`;
      return { ok: true, message };
    },
  });
}

export async function requestConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: requestConsultSchema,
    run: (input, actor) => requestConsult(actor, input),
    revalidate: dossierVanInput,
    done: (consult) => ({ ok: true, message: `Consult aangevraagd, uiterlijk ${formatDatum(consult.uiterlijkOp)}.` }),
  });
}
