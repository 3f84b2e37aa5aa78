import 'server-only';
import { isRefusedRead, refuseRead } from '@/lib/auth/refuse';

/**
 * For the pages inside the dossier layout: an unknown household is the refusal page of lib/auth/refuse.ts; a refused one renders nothing,
 * because the layout already shows "Geen toegang" with break the glass in its place (a page renders alongside its
 * layout, so it must not fail or redirect on its own). Anything else is a bug and goes to the error page.
 */
export async function readDossier<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isRefusedRead(error) && error.code === 'FORBIDDEN') return null;
    if (isRefusedRead(error)) return refuseRead(error);
    throw error;
  }
}
