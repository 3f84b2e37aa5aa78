import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { DomainError } from '@/lib/errors';

/** A casus or request that does not exist gives the 404 page; one of another team the "geen toegang" page. */
export async function readOrRefuse<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof DomainError && error.code === 'FORBIDDEN') redirect('/geen-toegang');
    throw error;
  }
}
