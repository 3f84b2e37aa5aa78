// Issue 21: an attachment in the household's conversation, downloaded again by a resident; anything else is 404.
import { requireInwoner } from '@/lib/auth/inwoner';
import { bestandResponse, textResponse } from '@/lib/auth/download-route';
import { DomainError, logError } from '@/lib/errors';
import { getMijnBijlage } from '@/lib/server/inwoner/get-mijn-bijlage';

export async function GET(_: Request, { params }: { params: Promise<{ bijlageId: string }> }) {
  const { bijlageId } = await params;
  const inwoner = await requireInwoner();
  try {
    return bestandResponse(await getMijnBijlage(inwoner, bijlageId));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return textResponse(error.reasons[0] ?? 'Niet gevonden.', 404);
    logError(error);
    return textResponse('Er ging iets mis.', 500);
  }
}
