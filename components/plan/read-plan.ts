import 'server-only';
import { redirect } from 'next/navigation';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';

/**
 * For the plan pages: a household the actor may not open goes to the dossier's own page (which explains and offers
 * break the glass), an unknown one to the refusal page (lib/auth/refuse.ts). Anything else is a bug.
 */
export async function readPlan<T>(huishoudenId: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isRefusedRead(error) && error.code === 'FORBIDDEN') redirect(`/huishoudens/${huishoudenId}`);
    if (isRefusedRead(error)) return refuseRead(error);
    throw error;
  }
}
