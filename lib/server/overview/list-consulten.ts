import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

export async function listOpenConsulten(actor: Actor) {
  assertPermission(actor, 'consult:read');
  return prisma.consult.findMany({
    where: { gemeenteId: actor.gemeenteId, status: { not: 'AFGEROND' } },
    orderBy: { uiterlijkOp: 'asc' },
    select: {
      id: true, soort: true, status: true, uiterlijkOp: true, createdAt: true,
      huishouden: { select: { id: true, naam: true } },
      casus: { select: { nummer: true, veiligheid: true } },
    },
  });
}
