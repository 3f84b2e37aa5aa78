// Issue 21: one of the household's letters (beschikking, verslag, plan) as sent, for the resident; anything else is 404.
import { requireInwoner } from '@/lib/auth/inwoner';
import { DomainError, logError } from '@/lib/errors';
import { pdfResponse } from '@/lib/pdf/document';
import { getMijnBrief } from '@/lib/server/inwoner/brieven';

export async function GET(_: Request, { params }: { params: Promise<{ briefId: string }> }) {
  const { briefId } = await params;
  const inwoner = await requireInwoner();
  try {
    const { buffer, filename } = await getMijnBrief(inwoner, briefId);
    return pdfResponse(buffer, filename);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return new Response(error.reasons[0] ?? 'Niet gevonden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    logError(error);
    return new Response('Er ging iets mis.', { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
