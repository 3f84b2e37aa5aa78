import { downloadRoute } from '@/lib/auth/download-route';
import { pdfResponse } from '@/lib/pdf/document';
import { getVerslagPdf } from '@/lib/server/gesprek/verslag';

// The gespreksverslag as a PDF download; made and stored on the dossier when the gesprek changed since the last one.
export async function GET(_: Request, { params }: { params: Promise<{ huishoudenId: string; gesprekId: string }> }) {
  const { huishoudenId, gesprekId } = await params;
  return downloadRoute('dossier:read', async (actor) => {
    const { buffer, filename } = await getVerslagPdf(actor, huishoudenId, gesprekId);
    return pdfResponse(buffer, filename);
  });
}
