import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PartnerOrganisatieInput } from '@/lib/validations/partner';
import { auditCreate } from './audit';

export const KVK_IN_USE = 'Er is al een ketenpartner met dit KvK-nummer, of deze aanbieder is al een ketenpartner.';

/** Issue 22: beheer registers a ketenpartner (an aanbieder of the gemeente, or another kind) by its KvK number. */
export async function createPartnerOrganisatie(actor: Actor, input: PartnerOrganisatieInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      if (input.aanbiederId && !(await tx.aanbieder.findFirst({ where: { id: input.aanbiederId, gemeenteId: actor.gemeenteId }, select: { id: true } }))) {
        throw new DomainError('INVALID', ['Kies een aanbieder uit de lijst.'], { aanbiederId: ['Kies een aanbieder uit de lijst.'] });
      }
      const data = { soort: input.soort, naam: input.naam, kvkNummer: input.kvkNummer, aanbiederId: input.aanbiederId, actief: true };
      const organisatie = await tx.partnerOrganisatie.create({ data: { gemeenteId: actor.gemeenteId, ...data }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'PARTNER_ORGANISATIE_OPGESLAGEN', entiteit: 'PartnerOrganisatie', entiteitId: organisatie.id }, data);
      return organisatie;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [KVK_IN_USE], { kvkNummer: [KVK_IN_USE] });
    throw error;
  }
}
