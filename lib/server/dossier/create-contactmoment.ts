import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { amsterdamTijdstip, contactDatumReden } from '@/lib/domain/journaal';
import { DomainError } from '@/lib/errors';
import type { CreateContactmomentInput } from '@/lib/validations/dossier';
import { openDossier } from './common';

/** Writes a contactmoment in the journaal of a household; the actor is its author ("who"). */
export async function createContactmoment(actor: Actor, input: CreateContactmomentInput, now = new Date()) {
  assertPermission(actor, 'journaal:write');
  const datum = amsterdamTijdstip(input.datum, input.tijd);
  const reden = contactDatumReden(datum, now);
  if (reden) throw new DomainError('INVALID', [], { datum: [reden] });
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, input.huishoudenId, { actie: 'CONTACTMOMENT_CREATED', entiteit: 'Contactmoment', after: { soort: input.soort } });
    const casus = await tx.casus.findFirst({ where: { huishoudenId: input.huishoudenId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
    return tx.contactmoment.create({
      data: {
        gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus?.id ?? null, soort: input.soort, datum,
        duurMinuten: input.duurMinuten, metWie: input.metWie, notitie: input.notitie, auteurId: actor.id, createdAt: now,
      },
    });
  });
}
