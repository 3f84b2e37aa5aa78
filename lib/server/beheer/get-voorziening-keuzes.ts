import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** The wijken and active leefgebieden a voorziening form offers (plus inactive ones it already names). */
export async function getVoorzieningKeuzes(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const [wijken, leefgebieden] = await Promise.all([
    prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true } }),
    prisma.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId }, orderBy: [{ volgorde: 'asc' }], select: { code: true, naam: true, actief: true } }),
  ]);
  return { wijken, leefgebieden };
}
