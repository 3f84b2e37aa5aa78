import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DomainError, toUserMessage } from '@/lib/errors';
import { getBerichtXml } from '@/lib/server/toewijzing/get-bericht-xml';

// A stored WMO301/JW301 toewijzingbericht, exactly as it was sent (iWmo/iJw 3.2, UTF-8, CR/LF).
export async function GET(_request: Request, { params }: { params: Promise<{ beschikkingId: string; berichtId: string }> }) {
  const { beschikkingId, berichtId } = await params;
  const actor = await getActor();
  const text = (body: string, status: number) => new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!actor) return text('Log opnieuw in.', 401);
  if (!can(actor, 'aanvraag:read')) return text('Geen toegang.', 403);
  try {
    const { xml, filename } = await getBerichtXml(actor, beschikkingId, berichtId);
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    const status = error instanceof DomainError ? ({ FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>)[error.code] ?? 409 : 500;
    return text(toUserMessage(error), status);
  }
}
