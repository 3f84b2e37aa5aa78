import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { exportRapportage } from '@/lib/server/rapportage/export-csv';
import { RAPPORTAGE_BEWAAR_MS } from '@/lib/server/rapportage/get-rapportage';
import { parseRapportageFilter } from '@/lib/validations/rapportage';

// sv-SE formats as '2026-12-06 14:05'.
const BESTANDSTIJD = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

// GET /rapportage/export?van=…&tot=…&wijk=…&team=…: the dashboard's figures as CSV (issue 8).
export async function GET(request: Request) {
  const actor = await requireActor();
  if (!can(actor, 'rapportage:read')) return new Response('Geen toegang', { status: 403 });
  const { filter, fieldErrors } = parseRapportageFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(fieldErrors).length) return new Response(`Ongeldig filter: ${Object.values(fieldErrors).flat().join(' ')}`, { status: 400 });
  const { csv, berekendOp } = await exportRapportage(actor, filter, new Date(), { bewaarMs: RAPPORTAGE_BEWAAR_MS });
  // The name says when the figures were computed (Amsterdam time), as the page does: rapportage-2026-12-06-1405.csv.
  const [datum, tijd] = BESTANDSTIJD.format(berekendOp).split(' ');
  return new Response(`\uFEFF${csv}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="rapportage-${datum}-${tijd.replace(':', '')}.csv"`, 'Cache-Control': 'no-store' },
  });
}
