'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { confirmTotp } from '@/lib/server/auth/setup-totp';

const schema = z.object({ code: z.string().trim().regex(/^[0-9]{6}$/, 'Vul de zes cijfers uit je authenticator-app in.') });

export async function confirmTotpAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const actor = await requireActor();
  try {
    await confirmTotp(actor, parsed.data.code);
  } catch (error) {
    return errorState(error, values);
  }
  redirect(homeFor(actor.rollen));
}
