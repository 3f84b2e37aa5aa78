import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

const MAX = 100;

/**
 * The break-the-glass accesses for the privacy officer's review (issue 16 item 18): those not yet reviewed, oldest
 * first (all of them, up to a hundred), and the latest reviewed ones with their outcome. Reading it is the access
 * log's own right; the outcome is recorded by beoordeelBreakTheGlass.
 */
export async function listBreakTheGlass(actor: Actor) {
  assertPermission(actor, 'auditlog:read');
  const select = {
    id: true, op: true, reden: true, verlooptOp: true, userId: true, beoordeeldOp: true, uitkomst: true, beoordeling: true, beoordeeldDoorId: true,
    huishouden: { select: { id: true, naam: true } },
  } as const;
  const [teBeoordelen, aantalTeBeoordelen, beoordeeld] = await Promise.all([
    prisma.breakTheGlass.findMany({ where: { gemeenteId: actor.gemeenteId, beoordeeldOp: null }, select, orderBy: [{ op: 'asc' }, { id: 'asc' }], take: MAX }),
    prisma.breakTheGlass.count({ where: { gemeenteId: actor.gemeenteId, beoordeeldOp: null } }),
    prisma.breakTheGlass.findMany({ where: { gemeenteId: actor.gemeenteId, beoordeeldOp: { not: null } }, select, orderBy: [{ beoordeeldOp: 'desc' }, { id: 'desc' }], take: 20 }),
  ]);
  const userIds = [...new Set([...teBeoordelen, ...beoordeeld].flatMap((b) => [b.userId, b.beoordeeldDoorId]).filter((id): id is string => Boolean(id)))];
  const namen = new Map((await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]));
  const regel = (b: (typeof teBeoordelen)[number]) => ({
    id: b.id, op: b.op, reden: b.reden, verlooptOp: b.verlooptOp, huishoudenId: b.huishouden.id, huishoudenNaam: b.huishouden.naam,
    medewerker: namen.get(b.userId) ?? 'Onbekend', eigen: b.userId === actor.id,
    beoordeeldOp: b.beoordeeldOp, uitkomst: b.uitkomst, beoordeling: b.beoordeling, beoordeeldDoor: b.beoordeeldDoorId ? namen.get(b.beoordeeldDoorId) ?? 'Onbekend' : null,
  });
  return { teBeoordelen: teBeoordelen.map(regel), aantalTeBeoordelen, beoordeeld: beoordeeld.map(regel) };
}
