import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { productPeriodeConflict } from '@/lib/domain/catalogus';
import { formatDatumKort } from '@/lib/domain/dates';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { CreateProductInput } from '@/lib/validations/beheer';
import { auditCreate } from './audit';

export const periodeConflictMessage = (code: string, p: { actiefVan: Date; actiefTot: Date | null }) =>
  `Product ${code} is al actief van ${formatDatumKort(p.actiefVan)}${p.actiefTot ? ` tot en met ${formatDatumKort(p.actiefTot)}` : ' zonder einddatum'}. Geef die versie eerst een einddatum.`;

const versieBestaat = (code: string) => `Er is al een versie van ${code} met deze begindatum.`;

/** A product (version) in the catalogue. A code has one version active on any day (lib/domain/catalogus). */
export async function createProduct(actor: Actor, input: CreateProductInput) {
  assertPermission(actor, 'beheer:manage');
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalogus:' || ${actor.gemeenteId}))`;
      const versies = await tx.product.findMany({ where: { gemeenteId: actor.gemeenteId, code: input.code }, select: { id: true, code: true, actiefVan: true, actiefTot: true } });
      const conflict = productPeriodeConflict(input, versies);
      if (conflict) {
        const message = conflict.actiefVan.getTime() === input.actiefVan.getTime() ? versieBestaat(input.code) : periodeConflictMessage(input.code, conflict);
        throw new DomainError('CONFLICT', [message], { actiefVan: [message] });
      }
      const product = await tx.product.create({ data: { gemeenteId: actor.gemeenteId, ...input }, select: { id: true } });
      await auditCreate(tx, actor, { actie: 'PRODUCT_CREATED', entiteit: 'Product', entiteitId: product.id }, { ...input });
      return product;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [versieBestaat(input.code)], { actiefVan: [versieBestaat(input.code)] });
    throw error;
  }
}
