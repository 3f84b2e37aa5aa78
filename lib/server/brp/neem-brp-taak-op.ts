import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';

/**
 * A teamlead takes a BRP task that nobody got (issue 20: no regisseur and no teamlead for the casus's team or wijk):
 * it lands in their own werkvoorraad. Only a task still without behandelaar: two teamleads at once never both get it.
 */
export async function neemBrpTaakOp(actor: Actor, input: { taakId: string }) {
  assertPermission(actor, 'regie:assign');
  return prisma.$transaction(async (tx) => {
    const taak = await tx.taak.findFirst({
      where: { id: input.taakId, gemeenteId: actor.gemeenteId, brpSignaal: { not: null }, afgerondOp: null },
      select: { id: true, huishoudenId: true, persoonId: true, toegewezenAanId: true },
    });
    if (!taak) throw new DomainError('NOT_FOUND', ['Deze taak is niet gevonden of al afgerond.']);
    await assertHouseholdAccess(tx, actor, taak.huishoudenId, { actie: 'BRP_TAAK_OPGEPAKT', entiteit: 'Taak', entiteitId: taak.id, persoonId: taak.persoonId, after: { toegewezenAanId: actor.id } });
    const { count } = await tx.taak.updateMany({ where: { id: taak.id, toegewezenAanId: null, afgerondOp: null }, data: { toegewezenAanId: actor.id } });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Iemand anders heeft deze taak net opgepakt. Laad de pagina opnieuw.']);
    return { taakId: taak.id };
  });
}
