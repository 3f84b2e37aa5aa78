import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { checkPostcodeReeks } from '@/lib/domain/postcode-gebieden';
import { DomainError } from '@/lib/errors';
import type { AddPostcodeGebiedInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

/**
 * Adds a postcode range to a wijk; new addresses in it land in that wijk (findWijkForPostcode). The ranges of the
 * whole gemeente are locked while the new one is checked, so two beheerders cannot add overlapping ranges at once.
 * Households registered earlier keep their wijk.
 */
export async function addPostcodeGebied(actor: Actor, input: AddPostcodeGebiedInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const wijk = await tx.wijk.findFirst({ where: { id: input.wijkId, gemeenteId: actor.gemeenteId }, select: { id: true } });
    if (!wijk) throw new DomainError('NOT_FOUND');
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('postcodegebied:' || ${actor.gemeenteId}))`;
    const bestaande = await tx.postcodeGebied.findMany({
      where: { gemeenteId: actor.gemeenteId },
      select: { id: true, wijkId: true, postcodeVan: true, postcodeTot: true, wijk: { select: { naam: true } } },
    });
    const result = checkPostcodeReeks(input, bestaande.map((g) => ({ ...g, wijkNaam: g.wijk.naam })));
    if (!result.ok) throw new DomainError('INVALID', Object.values(result.fieldErrors).flat(), result.fieldErrors);
    const gebied = await tx.postcodeGebied.create({
      data: { gemeenteId: actor.gemeenteId, wijkId: wijk.id, postcodeVan: result.postcodeVan, postcodeTot: result.postcodeTot },
    });
    await auditCreate(tx, actor, { actie: 'POSTCODEGEBIED_ADDED', entiteit: 'PostcodeGebied', entiteitId: gebied.id }, {
      wijkId: wijk.id,
      postcodeVan: gebied.postcodeVan,
      postcodeTot: gebied.postcodeTot,
    });
    return gebied;
  });
}
