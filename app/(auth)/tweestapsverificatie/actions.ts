'use server';
import { z } from 'zod';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import type { FormState } from '@/lib/forms';
import { confirmTotp } from '@/lib/server/auth/setup-totp';

const schema = z.object({ code: z.string().trim().regex(/^[0-9]{6}$/, 'Vul de zes cijfers uit je authenticator-app in.') });

export async function confirmTotpAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema,
    run: ({ code }, actor) => confirmTotp(actor, code),
    done: (_r, { actor }) => homeFor(actor.rollen),
  });
}
