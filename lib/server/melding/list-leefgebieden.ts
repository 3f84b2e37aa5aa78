import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** The gemeente's active leefgebieden, for registering a melding at the desk. */
export async function listLeefgebieden(actor: Actor) {
  assertPermission(actor, 'melding:register');
  return prisma.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { volgorde: 'asc' }, select: { id: true, naam: true } });
}
