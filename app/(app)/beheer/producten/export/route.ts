import { getActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { toIsoDate } from '@/lib/domain/dates';
import { exportCatalogus } from '@/lib/server/beheer/export-catalogus';

/** The product catalogue as a CSV download (semicolons, UTF-8 with BOM: opens in Dutch Excel). */
export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response('Log eerst in.', { status: 401 });
  if (!can(actor, 'beheer:manage')) return new Response('Geen toegang.', { status: 403 });
  const csv = await exportCatalogus(actor);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="productcatalogus-${toIsoDate(new Date())}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
