import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { UpdateMedewerkerInput } from '@/lib/validations/beheer';
import { auditChange, beheerConflict } from './audit';
import { EMAIL_IN_USE } from './create-medewerker';

/** Name, contact, roles and availability of a staff member. A beheerder cannot take away their own beheer role. */
export async function updateMedewerker(actor: Actor, input: UpdateMedewerkerInput) {
  assertPermission(actor, 'beheer:manage');
  if (input.userId === actor.id && !input.rollen.includes('BEHEERDER')) {
    throw new DomainError('INVALID', ['Je kunt je eigen rol Beheerder niet weghalen.'], { rollen: ['Je kunt je eigen rol Beheerder niet weghalen.'] });
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { id: input.userId, gemeenteId: actor.gemeenteId } });
      if (!user) throw new DomainError('NOT_FOUND');
      if (input.email !== user.email && (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))) {
        throw new DomainError('CONFLICT', [EMAIL_IN_USE], { email: [EMAIL_IN_USE] });
      }
      const data = {
        naam: input.naam,
        email: input.email,
        functie: input.functie,
        telefoon: input.telefoon,
        rollen: input.rollen,
        beschikbaarheid: input.beschikbaarheid,
        afwezigTot: input.afwezigTot,
      };
      const { count } = await tx.user.updateMany({ where: { id: user.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await beheerConflict(tx, actor, 'User', user.id, 'deze medewerker');
      await auditChange(tx, actor, { actie: 'USER_UPDATED', entiteit: 'User', entiteitId: user.id }, user, data);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [EMAIL_IN_USE], { email: [EMAIL_IN_USE] });
    throw error;
  }
}
