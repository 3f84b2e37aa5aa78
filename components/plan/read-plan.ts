import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { DomainError } from '@/lib/errors';

/**
 * For the plan pages: a household the actor may not open goes to the dossier's own page (which explains and offers
 * break the glass), an unknown one to the 404 page. Anything else is a bug.
 */
export async function readPlan<T>(huishoudenId: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof DomainError && error.code === 'FORBIDDEN') redirect(`/huishoudens/${huishoudenId}`);
    throw error;
  }
}
