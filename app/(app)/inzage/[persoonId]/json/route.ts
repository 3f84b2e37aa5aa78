import { downloadRoute, textResponse } from '@/lib/auth/download-route';
import { getInzageGegevens, inzageJson } from '@/lib/server/inzage/inzage-gegevens';
import { inzageBestandsnaam } from '@/lib/server/inzage/inzage-pdf';
import { isUuid } from '@/lib/domain/ids';

// Inzage (AVG art. 15): every field kept about the person, as one JSON file. The download is logged (EXPORT).
export async function GET(_: Request, { params }: { params: Promise<{ persoonId: string }> }) {
  const { persoonId } = await params;
  return downloadRoute('inzage:export', async (actor) => {
    if (!isUuid(persoonId)) return textResponse('Persoon niet gevonden.', 404);
    const { gegevens } = await getInzageGegevens(actor, persoonId, { actie: 'EXPORT', formaat: 'JSON', metInhoud: true });
    return new Response(inzageJson(gegevens), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${inzageBestandsnaam(gegevens, 'json')}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
