import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PartnerOrganisatieInput } from '@/lib/validations/partner';
import { auditChange, beheerConflict } from './audit';
import { checkPartnerOrganisatie, KVK_IN_USE } from './create-partner-organisatie';

/**
 * Issue 22: beheer corrects a ketenpartner's name, kind, KvK number (eHerkenning recognises the organisation by it) and
 * aanbieder link (kind AANBIEDER only; the database checks it too). Version-checked; the changed fields are logged.
 */
export async function updatePartnerOrganisatie(actor: Actor, input: PartnerOrganisatieInput) {
  assertPermission(actor, 'beheer:manage');
  if (!input.id) throw new DomainError('NOT_FOUND', ['Deze ketenpartner bestaat niet.']);
  try {
    return await prisma.$transaction(async (tx) => {
      const organisatie = await tx.partnerOrganisatie.findFirst({
        where: { id: input.id!, gemeenteId: actor.gemeenteId },
        select: { id: true, naam: true, soort: true, kvkNummer: true, aanbiederId: true },
      });
      if (!organisatie) throw new DomainError('NOT_FOUND', ['Deze ketenpartner bestaat niet.']);
      await checkPartnerOrganisatie(tx, actor, input, organisatie.id);
      const data = { naam: input.naam, soort: input.soort, kvkNummer: input.kvkNummer, aanbiederId: input.aanbiederId };
      const { count } = await tx.partnerOrganisatie.updateMany({ where: { id: organisatie.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw await beheerConflict(tx, actor, 'PartnerOrganisatie', organisatie.id, 'deze ketenpartner');
      const { id: _id, ...before } = organisatie;
      await auditChange(tx, actor, { actie: 'PARTNER_ORGANISATIE_UPDATED', entiteit: 'PartnerOrganisatie', entiteitId: organisatie.id }, before, data);
      return { id: organisatie.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [KVK_IN_USE], { kvkNummer: [KVK_IN_USE] });
    throw error;
  }
}
