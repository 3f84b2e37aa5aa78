import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { UpdateLeefgebiedInput } from '@/lib/validations/beheer';
import { auditChange } from './audit';

/**
 * Renames, reorders or (de)activates a leefgebied. Safe for history: meldingen, triages, gesprekken and plans store
 * a copy of the label they were made with, so a rename changes only what new records show. An inactive leefgebied
 * is no longer offered for new records.
 */
export async function updateLeefgebied(actor: Actor, input: UpdateLeefgebiedInput) {
  assertPermission(actor, 'beheer:manage');
  const { leefgebiedId, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const leefgebied = await tx.leefgebied.findFirst({ where: { id: leefgebiedId, gemeenteId: actor.gemeenteId } });
    if (!leefgebied) throw new DomainError('NOT_FOUND');
    await tx.leefgebied.update({ where: { id: leefgebied.id }, data });
    await auditChange(tx, actor, { actie: 'LEEFGEBIED_UPDATED', entiteit: 'Leefgebied', entiteitId: leefgebied.id }, leefgebied, data);
  });
}
