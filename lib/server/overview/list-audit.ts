import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

export async function listRecentAudit(actor: Actor, take = 100) {
  assertPermission(actor, 'auditlog:read');
  const entries = await prisma.auditEntry.findMany({ where: { gemeenteId: actor.gemeenteId }, orderBy: { id: 'desc' }, take });
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => Boolean(id)))];
  const users = await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, naam: true } });
  const naam = new Map(users.map((u) => [u.id, u.naam]));
  return entries.map((e) => ({ ...e, id: e.id.toString(), actorNaam: e.actorId ? naam.get(e.actorId) ?? 'Onbekend' : 'Systeem' }));
}
