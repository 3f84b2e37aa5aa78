import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

export async function getBeheerOverzicht(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const g = { gemeenteId: actor.gemeenteId };
  const [users, teams, wijken, producten, aanbieders, voorzieningen, leefgebieden] = await Promise.all([
    prisma.user.findMany({ where: g, orderBy: { naam: 'asc' }, select: { id: true, naam: true, email: true, rollen: true, actief: true, teams: { where: { tot: null }, select: { team: { select: { naam: true } } } } } }),
    prisma.team.count({ where: g }),
    prisma.wijk.count({ where: g }),
    prisma.product.count({ where: g }),
    prisma.aanbieder.count({ where: g }),
    prisma.voorziening.count({ where: g }),
    prisma.leefgebied.count({ where: g }),
  ]);
  return { users, counts: { teams, wijken, producten, aanbieders, voorzieningen, leefgebieden } };
}
