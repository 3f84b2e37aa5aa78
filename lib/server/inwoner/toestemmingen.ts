import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { consentStatus } from '@/lib/domain/toestemming';
import { DomainError } from '@/lib/errors';
import { recordInwonerAudit, zichtbarePersonen } from '@/lib/server/access/inwoner-access';
import { persoonNaam } from '@/lib/server/plan/shared';
import { assertInwonerRateLimit } from './shared';

export const TOESTEMMING_NIET_GEVONDEN = 'Deze toestemming hebben we niet gevonden.';

/**
 * Issue 21: the consents of the persons whose part the resident sees (their own; a child under 16 with their gezag):
 * party, purpose, until when, and whether it still holds. A child of 16 or older decides on their own consent.
 */
export async function getMijnToestemmingen(inwoner: InwonerActor, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const personen = await zichtbarePersonen(inwoner, now, tx);
    const rijen = await tx.toestemming.findMany({
      where: { huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, persoonId: { in: personen } },
      orderBy: [{ gegevenOp: 'desc' }],
      select: { id: true, soort: true, partij: true, doel: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true, wijze: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } } },
    });
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'Toestemming' });
    return rijen.map((t) => ({
      id: t.id, soort: t.soort, partij: t.partij, doel: t.doel, gegevenOp: t.gegevenOp, geldigTot: t.geldigTot, ingetrokkenOp: t.ingetrokkenOp,
      status: consentStatus(t, now),
      voor: t.persoon.id === inwoner.persoonId ? null : persoonNaam(t.persoon),
    }));
  });
}

/**
 * Issue 21: the resident withdraws a consent; from today nothing is shared on it (the staff side refuses the
 * sharing at once, lib/server/gegevensdeling). Only a consent of a person whose part they see; else not found.
 */
export async function trekToestemmingIn(inwoner: InwonerActor, toestemmingId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const personen = await zichtbarePersonen(inwoner, now, tx);
    const toestemming = await tx.toestemming.findFirst({
      where: { id: toestemmingId, huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, persoonId: { in: personen } },
      select: { id: true, persoonId: true, ingetrokkenOp: true },
    });
    if (!toestemming) throw new DomainError('NOT_FOUND', [TOESTEMMING_NIET_GEVONDEN]);
    await assertInwonerRateLimit(tx, inwoner, now);
    const vandaag = toCalendarDay(now);
    const { count } = await tx.toestemming.updateMany({ where: { id: toestemming.id, ingetrokkenOp: null }, data: { ingetrokkenOp: vandaag } });
    if (count === 0) throw new DomainError('CONFLICT', ['Deze toestemming is al ingetrokken.']);
    await recordInwonerAudit(tx, inwoner, {
      actie: 'INWONER_TOESTEMMING_INGETROKKEN', entiteit: 'Toestemming', entiteitId: toestemming.id, after: { ingetrokkenOp: vandaag.toISOString(), persoonId: toestemming.persoonId },
    });
  });
}
