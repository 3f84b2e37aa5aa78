import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PartnerOrganisatieInput } from '@/lib/validations/partner';
import { auditCreate } from './audit';

export const KVK_IN_USE = 'Er is al een ketenpartner met dit KvK-nummer, of deze aanbieder is al een ketenpartner.';

/**
 * The references and unique fields of a ketenpartner, each refused at its own field: the aanbieder must be one of the
 * gemeente, no other ketenpartner has this KvK number or this aanbieder. `zelf`: the organisation being changed.
 */
export async function checkPartnerOrganisatie(tx: Tx, actor: Actor, input: PartnerOrganisatieInput, zelf: string | null = null) {
  const errors: Record<string, string[]> = {};
  if (input.aanbiederId && !(await tx.aanbieder.findFirst({ where: { id: input.aanbiederId, gemeenteId: actor.gemeenteId }, select: { id: true } }))) {
    errors.aanbiederId = ['Kies een aanbieder uit de lijst.'];
  }
  const anders = zelf ? { id: { not: zelf } } : {};
  const kvk = await tx.partnerOrganisatie.findFirst({ where: { gemeenteId: actor.gemeenteId, kvkNummer: input.kvkNummer, ...anders }, select: { naam: true } });
  if (kvk) errors.kvkNummer = [`${kvk.naam} heeft dit KvK-nummer al. Controleer het nummer.`];
  const aanbieder = input.aanbiederId ? await tx.partnerOrganisatie.findFirst({ where: { aanbiederId: input.aanbiederId, ...anders }, select: { naam: true } }) : null;
  if (aanbieder) errors.aanbiederId = [`Deze aanbieder is al ketenpartner als ${aanbieder.naam}.`];
  if (Object.keys(errors).length) throw new DomainError('INVALID', ['Controleer de gemarkeerde velden.'], errors);
}

/** Issue 22: beheer registers a ketenpartner (an aanbieder of the gemeente, or another kind) by its KvK number. */
export async function createPartnerOrganisatie(actor: Actor, input: PartnerOrganisatieInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      await checkPartnerOrganisatie(tx, actor, input);
      const data = { soort: input.soort, naam: input.naam, kvkNummer: input.kvkNummer, aanbiederId: input.aanbiederId, actief: true };
      const organisatie = await tx.partnerOrganisatie.create({ data: { gemeenteId: actor.gemeenteId, ...data }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'PARTNER_ORGANISATIE_OPGESLAGEN', entiteit: 'PartnerOrganisatie', entiteitId: organisatie.id }, data);
      return organisatie;
    });
  } catch (error) {
    // Two at the same moment: the database's unique keys decide.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [KVK_IN_USE], { kvkNummer: [KVK_IN_USE] });
    throw error;
  }
}
