import 'server-only';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateMedewerkerInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

export const EMAIL_IN_USE = 'Er is al een medewerker met dit e-mailadres.';
const emailConflict = () => new DomainError('CONFLICT', [EMAIL_IN_USE], { email: [EMAIL_IN_USE] });

/** A new staff account, optionally straight into a team and with focuswijken. The password is only stored hashed. */
export async function createMedewerker(actor: Actor, input: CreateMedewerkerInput) {
  assertPermission(actor, 'beheer:manage');
  const passwordHash = await hashPassword(input.wachtwoord);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailConflict();
      if (input.teamId) {
        const team = await tx.team.findFirst({ where: { id: input.teamId, gemeenteId: actor.gemeenteId, actief: true } });
        if (!team) throw new DomainError('INVALID', ['Kies een actief team.'], { teamId: ['Kies een actief team.'] });
      }
      const wijkIds = [...new Set(input.focuswijkIds)];
      if (wijkIds.length && (await tx.wijk.count({ where: { id: { in: wijkIds }, gemeenteId: actor.gemeenteId } })) !== wijkIds.length) {
        throw new DomainError('INVALID', ['Kies bestaande wijken.'], { focuswijkIds: ['Kies bestaande wijken.'] });
      }
      const user = await tx.user.create({
        data: {
          gemeenteId: actor.gemeenteId,
          naam: input.naam,
          email: input.email,
          functie: input.functie,
          telefoon: input.telefoon,
          rollen: input.rollen,
          passwordHash,
          wachtwoordGewijzigdOp: new Date(),
          wachtwoordWijzigen: true,
          teams: input.teamId ? { create: { teamId: input.teamId, isLead: input.isLead, vanaf: toCalendarDay(new Date()) } } : undefined,
          focuswijken: { create: wijkIds.map((wijkId) => ({ wijkId })) },
        },
        select: { id: true },
      });
      await auditCreate(tx, actor, { actie: 'USER_CREATED', entiteit: 'User', entiteitId: user.id }, {
        naam: input.naam,
        email: input.email,
        functie: input.functie,
        telefoon: input.telefoon,
        rollen: input.rollen,
        teamId: input.teamId,
        isLead: input.teamId ? input.isLead : undefined,
        focuswijkIds: wijkIds,
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailConflict();
    throw error;
  }
}
