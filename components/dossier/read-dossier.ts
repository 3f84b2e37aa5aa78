import 'server-only';
import { notFound } from 'next/navigation';
import { DomainError } from '@/lib/errors';

/**
 * For the pages inside the dossier layout: an unknown household is the 404 page; a refused one renders nothing,
 * because the layout already shows "Geen toegang" with break the glass in its place (a page renders alongside its
 * layout, so it must not fail or redirect on its own). Anything else is a bug and goes to the error page.
 */
export async function readDossier<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return null;
    throw error;
  }
}
