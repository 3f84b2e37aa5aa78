import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getInzageGegevens } from '@/lib/server/inzage/inzage-gegevens';
import { inzageBestandsnaam, renderInzagePdf } from '@/lib/server/inzage/inzage-pdf';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

// Inzage (AVG art. 15): the readable overview for the resident, in the u-form. The download is logged (EXPORT).
export async function GET(_: Request, { params }: { params: Promise<{ persoonId: string }> }) {
  const { persoonId } = await params;
  const actor = await getActor();
  if (!actor) return text('Log opnieuw in.', 401);
  if (!can(actor, 'inzage:export')) return text('Geen toegang.', 403);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(persoonId)) return text('Persoon niet gevonden.', 404);
  try {
    const { gegevens, letterhead } = await getInzageGegevens(actor, persoonId, { actie: 'EXPORT', formaat: 'PDF' });
    return pdfResponse(await renderInzagePdf(gegevens, letterhead), inzageBestandsnaam(gegevens, 'pdf'));
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return text(toUserMessage(error), status);
  }
}
