import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateTeamInput } from '@/lib/validations/beheer';
import type { Tx } from '@/lib/db';
import { auditCreate } from './audit';

export const TEAM_NAAM_IN_USE = 'Er is al een team met deze naam.';

export async function assertWijkenVanGemeente(tx: Tx, gemeenteId: string, wijkIds: string[]) {
  if (wijkIds.length && (await tx.wijk.count({ where: { id: { in: wijkIds }, gemeenteId } })) !== wijkIds.length) {
    throw new DomainError('INVALID', ['Kies bestaande wijken.'], { wijkIds: ['Kies bestaande wijken.'] });
  }
}

/** A team with its kind (wijkteam, jeugdteam, Wmo-team, backoffice, frontoffice) and the wijken it serves. */
export async function createTeam(actor: Actor, input: CreateTeamInput) {
  assertPermission(actor, 'beheer:manage');
  const wijkIds = [...new Set(input.wijkIds)].sort();
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.team.findFirst({ where: { gemeenteId: actor.gemeenteId, naam: input.naam } })) {
        throw new DomainError('CONFLICT', [TEAM_NAAM_IN_USE], { naam: [TEAM_NAAM_IN_USE] });
      }
      await assertWijkenVanGemeente(tx, actor.gemeenteId, wijkIds);
      const team = await tx.team.create({
        data: { gemeenteId: actor.gemeenteId, naam: input.naam, soort: input.soort, wijken: { create: wijkIds.map((wijkId) => ({ wijkId })) } },
        select: { id: true },
      });
      await auditCreate(tx, actor, { actie: 'TEAM_CREATED', entiteit: 'Team', entiteitId: team.id }, { naam: input.naam, soort: input.soort, wijkIds });
      return team;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [TEAM_NAAM_IN_USE], { naam: [TEAM_NAAM_IN_USE] });
    throw error;
  }
}
