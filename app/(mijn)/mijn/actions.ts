'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireInwoner } from '@/lib/auth/inwoner';
import { INWONER_COOKIE, inwonerCookieOptions } from '@/lib/auth/inwoner-cookie';

/** Issue 21: signing out of Mijn plan ends the resident session (the cookie on /mijn). */
export async function uitloggen() {
  await requireInwoner();
  (await cookies()).set(INWONER_COOKIE, '', inwonerCookieOptions(0));
  redirect('/mijn/inloggen?uitgelogd=1');
}
