import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

export async function listAanbieders(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  return prisma.aanbieder.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ actief: 'desc' }, { naam: 'asc' }],
    select: {
      id: true,
      naam: true,
      agbCode: true,
      contactNaam: true,
      telefoon: true,
      email: true,
      actief: true,
      contracten: { where: { tot: null }, select: { product: { select: { code: true } } } },
    },
  });
}
