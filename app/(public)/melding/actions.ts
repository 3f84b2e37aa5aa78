'use server';
import { headers } from 'next/headers';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { requestClientAddress } from '@/lib/client-address';
import { bevestigingToken } from '@/lib/server/melding/bevestiging-token';
import { submitPublicMelding } from '@/lib/server/melding/submit-public-melding';
import { parsePublicMelding } from '@/lib/validations/melding';

/** The resident's online melding: checked on the server, everything typed kept on an error. No session: the sender is an address. */
export async function submitMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: async () => ({ address: requestClientAddress(await headers()) }),
    parse: ({ values, formData: posted, list }) => parsePublicMelding({ ...values, website: String(posted.get('website') ?? ''), leefgebieden: list('leefgebieden') }),
    omit: ['website'], // the honeypot is never shown again
    run: (input, afzender) => submitPublicMelding(input, afzender),
    done: (result, { input }) =>
      `/melding/bevestiging?b=${bevestigingToken({ kenmerk: result.kenmerk, ontvangenOp: result.ontvangenOp, urgent: result.urgent, termijnDagen: result.onderzoekTermijnDagen, overAnder: input.overWie === 'ander' })}`,
  });
}
