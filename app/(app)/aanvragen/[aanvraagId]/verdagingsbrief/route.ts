import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getVerdagingsbrief } from '@/lib/server/aanvraag/get-verdagingsbrief';

// The notice of the verdaging (Awb 4:14) as it was made for the inwoner.
export async function GET(_request: Request, { params }: { params: Promise<{ aanvraagId: string }> }) {
  const { aanvraagId } = await params;
  const actor = await getActor();
  const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!actor) return text('Log opnieuw in.', 401);
  if (!can(actor, 'aanvraag:read')) return text('Geen toegang.', 403);
  try {
    const { buffer, filename } = await getVerdagingsbrief(actor, aanvraagId);
    return pdfResponse(buffer, filename);
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return text(toUserMessage(error), status);
  }
}
