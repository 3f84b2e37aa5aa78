import { downloadRoute } from '@/lib/auth/download-route';
import { getBerichtXml } from '@/lib/server/toewijzing/get-bericht-xml';

// A stored WMO301/JW301 toewijzingbericht, exactly as it was sent (iWmo/iJw 3.2, UTF-8, CR/LF).
export async function GET(_request: Request, { params }: { params: Promise<{ beschikkingId: string; berichtId: string }> }) {
  const { beschikkingId, berichtId } = await params;
  return downloadRoute('aanvraag:read', async (actor) => {
    const { xml, filename } = await getBerichtXml(actor, beschikkingId, berichtId);
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
