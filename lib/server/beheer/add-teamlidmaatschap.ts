import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { AddTeamlidmaatschapInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/** Puts a staff member in a team (optionally as its lead). The team's casussen and wijken become theirs to see. */
export async function addTeamlidmaatschap(actor: Actor, input: AddTeamlidmaatschapInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const [user, team] = await eenVoorEen([
      tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId }, select: { id: true } }),
      tx.team.findFirst({ where: { id: input.teamId, gemeenteId: actor.gemeenteId, actief: true }, select: { id: true, naam: true } }),
    ]);
    if (!user) throw new DomainError('NOT_FOUND');
    if (!team) throw new DomainError('INVALID', ['Kies een actief team.'], { teamId: ['Kies een actief team.'] });
    if (await tx.teamLidmaatschap.findFirst({ where: { userId: user.id, teamId: team.id, tot: null } })) {
      throw new DomainError('CONFLICT', [`Deze medewerker is al lid van ${team.naam}.`], { teamId: [`Deze medewerker is al lid van ${team.naam}.`] });
    }
    const lid = await tx.teamLidmaatschap.create({ data: { userId: user.id, teamId: team.id, isLead: input.isLead, vanaf: input.vanaf } });
    await auditCreate(tx, actor, { actie: 'TEAMLIDMAATSCHAP_ADDED', entiteit: 'TeamLidmaatschap', entiteitId: lid.id }, {
      userId: user.id,
      teamId: team.id,
      isLead: input.isLead,
      vanaf: input.vanaf,
    });
    return lid;
  });
}
