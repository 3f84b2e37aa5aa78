import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getVerslagPdf } from '@/lib/server/gesprek/verslag';

// The gespreksverslag as a PDF download; made and stored on the dossier when the gesprek changed since the last one.
export async function GET(_: Request, { params }: { params: Promise<{ huishoudenId: string; gesprekId: string }> }) {
  const { huishoudenId, gesprekId } = await params;
  const actor = await getActor();
  if (!actor) return new Response('Log opnieuw in.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!can(actor, 'dossier:read')) return new Response('Geen toegang.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const { buffer, filename } = await getVerslagPdf(actor, huishoudenId, gesprekId);
    return pdfResponse(buffer, filename);
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return new Response(toUserMessage(error), { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
