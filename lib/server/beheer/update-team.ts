import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { UpdateTeamInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';
import { assertWijkenVanGemeente, TEAM_NAAM_IN_USE } from './create-team';

/**
 * Name, kind, wijken served and active flag of a team. A team with current members or open casussen cannot be made
 * inactive: move them first, or their households would lose the team that sees them.
 */
export async function updateTeam(actor: Actor, input: UpdateTeamInput) {
  assertPermission(actor, 'beheer:manage');
  const wijkIds = [...new Set(input.wijkIds)].sort();
  try {
    return await prisma.$transaction(async (tx) => {
      const team = await tx.team.findFirst({
        where: { id: input.teamId, gemeenteId: actor.gemeenteId },
        include: { wijken: { select: { wijkId: true } } },
      });
      if (!team) throw new DomainError('NOT_FOUND');
      if (input.naam !== team.naam && (await tx.team.findFirst({ where: { gemeenteId: actor.gemeenteId, naam: input.naam } }))) {
        throw new DomainError('CONFLICT', [TEAM_NAAM_IN_USE], { naam: [TEAM_NAAM_IN_USE] });
      }
      await assertWijkenVanGemeente(tx, actor.gemeenteId, wijkIds);
      if (team.actief && !input.actief) {
        const [leden, casussen] = await Promise.all([
          tx.teamLidmaatschap.count({ where: { teamId: team.id, tot: null, user: { actief: true } } }),
          tx.casus.count({ where: { teamId: team.id, fase: { not: 'AFGESLOTEN' } } }),
        ]);
        if (leden || casussen) {
          const reason = `Dit team heeft nog ${leden} ${leden === 1 ? 'lid' : 'leden'} en ${casussen} open ${casussen === 1 ? 'casus' : 'casussen'}. Verplaats die eerst.`;
          throw new DomainError('TRANSITION_REFUSED', [reason], { actief: [reason] });
        }
      }
      const { count } = await tx.team.updateMany({
        where: { id: team.id, version: input.version },
        data: { naam: input.naam, soort: input.soort, actief: input.actief, version: { increment: 1 } },
      });
      if (count === 0) throw await beheerConflict(tx, actor, 'Team', team.id, 'dit team');
      await tx.teamWijk.deleteMany({ where: { teamId: team.id } });
      await tx.teamWijk.createMany({ data: wijkIds.map((wijkId) => ({ teamId: team.id, wijkId })) });
      await auditChange(
        tx,
        actor,
        { actie: 'TEAM_UPDATED', entiteit: 'Team', entiteitId: team.id },
        { naam: team.naam, soort: team.soort, actief: team.actief, wijkIds: team.wijken.map((w) => w.wijkId) },
        { naam: input.naam, soort: input.soort, actief: input.actief, wijkIds },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [TEAM_NAAM_IN_USE], { naam: [TEAM_NAAM_IN_USE] });
    throw error;
  }
}
