import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { bestandResponse } from '@/lib/auth/download-route';
import { DomainError, logError } from '@/lib/errors';
import { getDocumentBestand } from '@/lib/server/dossier/get-document-bestand';

// The only way to a document's content: signed in, dossier:read, need-to-know on the household (and logged). Always
// a download, never shown inline, with headers that stop a browser from sniffing or running anything in it.
export async function GET(_: Request, { params }: { params: Promise<{ huishoudenId: string; documentId: string }> }) {
  const { huishoudenId, documentId } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Log eerst in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!can(actor, 'dossier:read')) return new Response('Geen toegang.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    return bestandResponse(await getDocumentBestand(actor, huishoudenId, documentId));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return new Response(error.reasons[0] ?? 'Niet gevonden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return new Response('Geen toegang tot dit dossier.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    logError(error);
    return new Response('Er ging iets mis.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
