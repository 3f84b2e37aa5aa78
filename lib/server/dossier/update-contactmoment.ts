import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { amsterdamTijdstip, contactDatumReden, journaalBewerkReden } from '@/lib/domain/journaal';
import { DomainError } from '@/lib/errors';
import type { UpdateContactmomentInput } from '@/lib/validations/dossier';
import { isUuid } from '@/lib/domain/ids';
import { openDossier } from './common';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';

/** Its author corrects a contactmoment within the term (lib/domain/journaal.ts); after that it is fixed. */
export async function updateContactmoment(actor: Actor, input: UpdateContactmomentInput, now = new Date()) {
  assertPermission(actor, 'journaal:write');
  if (!isUuid(input.contactmomentId)) throw new DomainError('NOT_FOUND');
  const datum = amsterdamTijdstip(input.datum, input.tijd);
  const datumReden = contactDatumReden(datum, now);
  if (datumReden) throw new DomainError('INVALID', [], { datum: [datumReden] });
  return prisma.$transaction(async (tx) => {
    const moment = await tx.contactmoment.findFirst({ where: { id: input.contactmomentId, gemeenteId: actor.gemeenteId } });
    if (!moment) throw new DomainError('NOT_FOUND', ['Dit contactmoment bestaat niet.']);
    const changed: string[] = (['soort', 'duurMinuten', 'metWie', 'notitie'] as const).filter((k) => moment[k] !== input[k]);
    if (moment.datum.getTime() !== datum.getTime()) changed.push('datum');
    await openDossier(tx, actor, moment.huishoudenId, { actie: 'CONTACTMOMENT_UPDATED', entiteit: 'Contactmoment', entiteitId: moment.id, after: { velden: changed } });
    const reden = journaalBewerkReden(moment, actor.id, now);
    if (reden) throw new DomainError('FORBIDDEN', [reden]);
    const { count } = await tx.contactmoment.updateMany({
      where: { id: moment.id, version: input.version },
      data: { soort: input.soort, datum, duurMinuten: input.duurMinuten, metWie: input.metWie, notitie: input.notitie, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Contactmoment', entiteitId: moment.id, wat: 'dit contactmoment' });
    return { huishoudenId: moment.huishoudenId };
  });
}
