import { downloadRoute } from '@/lib/auth/download-route';
import { getBerichtBestand } from '@/lib/server/berichten/get-berichtenverkeer';

// One file of the berichtenverkeer exactly as it was sent or received: soort uit (WMO301/JW301), in (what an
// aanbieder sent, also when it was refused), antwoord (the 319) or declaratie (the 325 on a declaratie).
export async function GET(_request: Request, { params }: { params: Promise<{ soort: string; id: string }> }) {
  const { soort, id } = await params;
  return downloadRoute('berichten:read', async (actor) => {
    const { xml, filename } = await getBerichtBestand(actor, soort, id);
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
