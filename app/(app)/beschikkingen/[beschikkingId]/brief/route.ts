import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getBeschikkingBrief } from '@/lib/server/beschikking/get-beschikking-brief';

// The beschikking as a letter to the inwoner (PDF): as sent once it is verzonden, otherwise as it reads now.
export async function GET(_request: Request, { params }: { params: Promise<{ beschikkingId: string }> }) {
  const { beschikkingId } = await params;
  const actor = await getActor();
  const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!actor) return text('Log opnieuw in.', 401);
  if (!can(actor, 'dossier:read')) return text('Geen toegang.', 403);
  try {
    const { buffer, filename } = await getBeschikkingBrief(actor, beschikkingId);
    return pdfResponse(buffer, filename);
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return text(toUserMessage(error), status);
  }
}
