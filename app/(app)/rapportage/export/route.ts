import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { exportRapportageCsv } from '@/lib/server/rapportage/export-csv';
import { RAPPORTAGE_BEWAAR_MS } from '@/lib/server/rapportage/get-rapportage';
import { parseRapportageFilter } from '@/lib/validations/rapportage';
import { toIsoDate } from '@/lib/domain/dates';

// GET /rapportage/export?van=…&tot=…&wijk=…&team=…: the dashboard's figures as CSV (issue 8).
export async function GET(request: Request) {
  const actor = await requireActor();
  if (!can(actor, 'rapportage:read')) return new Response('Geen toegang', { status: 403 });
  const { filter, fieldErrors } = parseRapportageFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(fieldErrors).length) return new Response(`Ongeldig filter: ${Object.values(fieldErrors).flat().join(' ')}`, { status: 400 });
  const now = new Date();
  const csv = await exportRapportageCsv(actor, filter, now, { bewaarMs: RAPPORTAGE_BEWAAR_MS });
  const datum = toIsoDate(now); // the Amsterdam day, as the figures count it
  return new Response(`\uFEFF${csv}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="rapportage-${datum}.csv"`, 'Cache-Control': 'no-store' },
  });
}
