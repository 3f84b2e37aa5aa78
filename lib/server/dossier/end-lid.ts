import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toIsoDate } from '@/lib/domain/dates';
import { planUitschrijving } from '@/lib/domain/lidmaatschap';
import { DomainError } from '@/lib/errors';
import type { EndLidInput } from '@/lib/validations/dossier';
import { bumpVersion } from './add-lid';
import { openDossier } from './common';

/** A member leaves (moves out of the gemeente, dies, …) without joining a household we know; the history stays. */
export async function endLid(actor: Actor, input: EndLidInput, today = new Date()) {
  assertPermission(actor, 'huishouden:leden-wijzigen');
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, input.huishoudenId, {
      actie: 'LID_UITGESCHREVEN', entiteit: 'HuishoudenLidmaatschap', entiteitId: input.lidmaatschapId, after: { tot: toIsoDate(input.datum) },
    });
    const lid = await tx.huishoudenLidmaatschap.findFirst({
      where: { id: input.lidmaatschapId, gemeenteId: actor.gemeenteId },
      select: { id: true, huishoudenId: true, persoonId: true, vanaf: true, tot: true },
    });
    const aantal = await tx.huishoudenLidmaatschap.count({ where: { huishoudenId: input.huishoudenId, tot: null } });
    const plan = planUitschrijving(lid, input.huishoudenId, aantal, input.datum, today);
    if (!plan.ok) throw new DomainError('INVALID', [plan.reason]);
    await bumpVersion(tx, actor, input.huishoudenId, input.version);
    await tx.huishoudenLidmaatschap.update({ where: { id: lid!.id }, data: { tot: input.datum, reden: input.reden } });
  });
}
