import { downloadRoute } from '@/lib/auth/download-route';
import { pdfResponse } from '@/lib/pdf/document';
import { getPlanPdf } from '@/lib/server/plan/get-plan-pdf';

// The plan as a PDF for the household (u-form, plain language), one version: ?versie=N, the newest by default.
export async function GET(request: Request, { params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  return downloadRoute('dossier:read', async (actor) => {
    const versie = Number(new URL(request.url).searchParams.get('versie'));
    const { buffer, filename } = await getPlanPdf(actor, huishoudenId, Number.isInteger(versie) && versie > 0 ? versie : undefined);
    return pdfResponse(buffer, filename);
  });
}
