import { downloadRoute } from '@/lib/auth/download-route';
import { pdfResponse } from '@/lib/pdf/document';
import { getBeschikkingBrief } from '@/lib/server/beschikking/get-beschikking-brief';

// The beschikking as a letter to the inwoner (PDF): as sent once it is verzonden, otherwise as it reads now.
export async function GET(_request: Request, { params }: { params: Promise<{ beschikkingId: string }> }) {
  const { beschikkingId } = await params;
  return downloadRoute('dossier:read', async (actor) => {
    const { buffer, filename } = await getBeschikkingBrief(actor, beschikkingId);
    return pdfResponse(buffer, filename);
  });
}
