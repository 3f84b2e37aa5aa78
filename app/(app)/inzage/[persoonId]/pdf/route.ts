import { downloadRoute, textResponse } from '@/lib/auth/download-route';
import { pdfResponse } from '@/lib/pdf/document';
import { getInzageGegevens } from '@/lib/server/inzage/inzage-gegevens';
import { inzageBestandsnaam, renderInzagePdf } from '@/lib/server/inzage/inzage-pdf';
import { isUuid } from '@/lib/domain/ids';

// Inzage (AVG art. 15): the readable overview for the resident, in the u-form. The download is logged (EXPORT).
export async function GET(_: Request, { params }: { params: Promise<{ persoonId: string }> }) {
  const { persoonId } = await params;
  return downloadRoute('inzage:export', async (actor) => {
    if (!isUuid(persoonId)) return textResponse('Persoon niet gevonden.', 404);
    const { gegevens, letterhead } = await getInzageGegevens(actor, persoonId, { actie: 'EXPORT', formaat: 'PDF' });
    return pdfResponse(await renderInzagePdf(gegevens, letterhead), inzageBestandsnaam(gegevens, 'pdf'));
  });
}
