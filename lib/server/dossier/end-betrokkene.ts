import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { calendarDaysBetween, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import type { EndBetrokkeneInput } from '@/lib/validations/dossier';
import { isUuid } from '@/lib/domain/ids';
import { openDossier } from './common';

/** A recorded betrokkene is no longer involved from a date on; the row stays for the history. */
export async function endBetrokkene(actor: Actor, input: EndBetrokkeneInput) {
  assertPermission(actor, 'betrokkene:write');
  if (!isUuid(input.betrokkeneId)) throw new DomainError('NOT_FOUND');
  return prisma.$transaction(async (tx) => {
    const betrokkene = await tx.betrokkene.findFirst({ where: { id: input.betrokkeneId, gemeenteId: actor.gemeenteId } });
    if (!betrokkene) throw new DomainError('NOT_FOUND', ['Deze betrokkene bestaat niet (meer).']);
    await openDossier(tx, actor, betrokkene.huishoudenId, { actie: 'BETROKKENE_ENDED', entiteit: 'Betrokkene', entiteitId: betrokkene.id, after: { tot: toIsoDate(input.tot) } });
    if (calendarDaysBetween(betrokkene.vanaf, input.tot) < 0) {
      throw new DomainError('INVALID', [], { tot: ['De datum ligt voor de datum waarop de betrokkenheid begon.'] });
    }
    const { count } = await tx.betrokkene.updateMany({ where: { id: betrokkene.id, tot: null }, data: { tot: input.tot } });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Deze betrokkene was al beëindigd.']);
    return { huishoudenId: betrokkene.huishoudenId };
  });
}
