import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import { householdAccessWhere } from '@/lib/server/access/household-access';

/**
 * Current regie (RegieToewijzing with tot = null on an open casus) held by deactivated staff: deactivating someone
 * leaves their regie in place on purpose, and this is the list to reassign it from.
 *
 * - A teamleider (regie:assign; casusverdeling calls this) sees the rows of the households they may see
 *   (householdAccessWhere), with the household's name and wijk.
 * - A beheerder (beheer:manage) sees every row of the gemeente, but without the household: beheer has no
 *   need-to-know for a dossier, only the casus number and team to tell the teamleider.
 */
export async function listOpenRegieOfInactiveUsers(actor: Actor, filter: { userId?: string } = {}) {
  const teamleider = can(actor, 'regie:assign');
  if (!teamleider) assertPermission(actor, 'beheer:manage');
  const where: Prisma.RegieToewijzingWhereInput = {
    gemeenteId: actor.gemeenteId,
    tot: null,
    regisseur: { actief: false, ...(filter.userId ? { id: filter.userId } : {}) },
    casus: { fase: { not: 'AFGESLOTEN' } },
    ...(teamleider ? { huishouden: householdAccessWhere(actor) } : {}),
  };
  const rows = await prisma.regieToewijzing.findMany({
    where,
    orderBy: [{ regisseur: { naam: 'asc' } }, { vanaf: 'asc' }],
    select: {
      id: true,
      version: true,
      vorm: true,
      lead: true,
      vanaf: true,
      regisseur: { select: { id: true, naam: true, gedeactiveerdOp: true } },
      casus: { select: { id: true, nummer: true, fase: true, team: { select: { id: true, naam: true } } } },
      huishouden: { select: { id: true, naam: true, wijk: { select: { naam: true } } } },
    },
  });
  return rows.map(({ huishouden, regisseur, ...row }) => ({
    ...row,
    regisseur: { id: regisseur!.id, naam: regisseur!.naam, gedeactiveerdOp: regisseur!.gedeactiveerdOp },
    huishouden: teamleider ? { id: huishouden.id, naam: huishouden.naam, wijk: huishouden.wijk?.naam ?? null } : null,
  }));
}

export type OpenRegieVanInactieve = Awaited<ReturnType<typeof listOpenRegieOfInactiveUsers>>[number];
