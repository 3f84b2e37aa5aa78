'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { formDataOf, formList, formValues, type FormState } from '@/lib/forms';
import { requestClientAddress } from '@/lib/client-address';
import { toUserMessage } from '@/lib/errors';
import { bevestigingToken } from '@/lib/server/melding/bevestiging-token';
import { submitPublicMelding } from '@/lib/server/melding/submit-public-melding';
import { parsePublicMelding } from '@/lib/validations/melding';

/** The resident's online melding: checked on the server, everything typed kept on an error. */
export async function submitMeldingAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  delete values.website; // the honeypot is never shown again
  const parsed = parsePublicMelding({ ...values, website: String(formData.get('website') ?? ''), leefgebieden: formList(formData, 'leefgebieden') });
  if (!parsed.success) return { values, fieldErrors: parsed.fieldErrors };
  let token: string;
  try {
    const result = await submitPublicMelding(parsed.data, { address: requestClientAddress(await headers()) });
    token = bevestigingToken({ kenmerk: result.kenmerk, ontvangenOp: result.ontvangenOp, urgent: result.urgent, termijnDagen: result.onderzoekTermijnDagen, overAnder: parsed.data.overWie === 'ander' });
  } catch (error) {
    return { values, formError: toUserMessage(error) };
  }
  redirect(`/melding/bevestiging?b=${token}`);
}
