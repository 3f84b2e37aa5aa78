import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { householdAccessWhere } from '@/lib/server/access/household-access';

/**
 * The gedragswetenschapper's queue: every consult still open, by due date (the earliest first), and the ones this
 * person answered recently. Need-to-know filters the households (a teamlead sees their own teams' consults).
 */
export async function listConsulten(actor: Actor, today = new Date()) {
  assertPermission(actor, 'consult:read');
  const select = {
    id: true, soort: true, status: true, uiterlijkOp: true, createdAt: true, afgerondOp: true, gedragswetenschapperId: true, version: true,
    huishouden: { select: { id: true, naam: true } },
    casus: { select: { nummer: true, veiligheid: true } },
  } as const;
  const since = new Date(today.getTime() - 30 * 24 * 3600 * 1000);
  const [open, afgerond] = await Promise.all([
    prisma.consult.findMany({
      where: { gemeenteId: actor.gemeenteId, status: { not: 'AFGEROND' }, partnerOrganisatieId: null, huishouden: householdAccessWhere(actor, today) },
      orderBy: [{ uiterlijkOp: 'asc' }, { createdAt: 'asc' }],
      select,
    }),
    prisma.consult.findMany({
      where: { gemeenteId: actor.gemeenteId, status: 'AFGEROND', gedragswetenschapperId: actor.id, afgerondOp: { gte: since } },
      orderBy: { afgerondOp: 'desc' },
      take: 20,
      select,
    }),
  ]);
  const userIds = [...new Set(open.map((c) => c.gedragswetenschapperId).filter((v): v is string => Boolean(v)))];
  const users = new Map((await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]));
  return {
    open: open.map((c) => ({ ...c, gedragswetenschapper: c.gedragswetenschapperId ? (users.get(c.gedragswetenschapperId) ?? 'Onbekend') : null })),
    afgerond,
  };
}
