import { downloadRoute } from '@/lib/auth/download-route';
import { pdfResponse } from '@/lib/pdf/document';
import { getVerdagingsbrief } from '@/lib/server/aanvraag/get-verdagingsbrief';

// The notice of the verdaging (Awb 4:14) as it was made for the inwoner.
export async function GET(_request: Request, { params }: { params: Promise<{ aanvraagId: string }> }) {
  const { aanvraagId } = await params;
  return downloadRoute('aanvraag:read', async (actor) => {
    const { buffer, filename } = await getVerdagingsbrief(actor, aanvraagId);
    return pdfResponse(buffer, filename);
  });
}
