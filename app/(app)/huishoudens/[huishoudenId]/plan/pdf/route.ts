import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getPlanPdf } from '@/lib/server/plan/get-plan-pdf';

// The plan as a PDF for the household (u-form, plain language), one version: ?versie=N, the newest by default.
export async function GET(request: Request, { params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await getActor();
  const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!actor) return text('Log opnieuw in.', 401);
  if (!can(actor, 'dossier:read')) return text('Geen toegang.', 403);
  const versie = Number(new URL(request.url).searchParams.get('versie'));
  try {
    const { buffer, filename } = await getPlanPdf(actor, huishoudenId, Number.isInteger(versie) && versie > 0 ? versie : undefined);
    return pdfResponse(buffer, filename);
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return text(toUserMessage(error), status);
  }
}
