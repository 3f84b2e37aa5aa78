'use server';
import { cookies } from 'next/headers';
import { runAction } from '@/lib/actions/run-action';
import { requireInwoner } from '@/lib/auth/inwoner';
import { INWONER_COOKIE, inwonerCookieOptions } from '@/lib/auth/inwoner-cookie';

/** Issue 21: signing out of Mijn plan ends the resident session (the cookie on /mijn). */
export async function uitloggen(formData: FormData): Promise<void> {
  await runAction(formData, {
    actor: requireInwoner,
    run: async () => void (await cookies()).set(INWONER_COOKIE, '', inwonerCookieOptions(0)),
    done: () => '/mijn/inloggen?uitgelogd=1',
  });
}
