import 'server-only';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { MarkVerslagVerstuurdInput } from '@/lib/validations/gesprek';

/**
 * Records that the verslag went to the resident. The first verslag sent in a casus completes the Wmo onderzoek
 * (Wmo 2015 art. 2.3.2: onderzoek and verslag within six weeks of the melding), so Casus.verslagVerstuurdOp is set
 * once and kept; the werkvoorraad reads the term from it.
 */
export async function markVerslagVerstuurd(actor: Actor, input: MarkVerslagVerstuurdInput, today = new Date()) {
  assertPermission(actor, 'gesprek:write');
  return prisma.$transaction(async (tx) => {
    const gesprek = await tx.gesprek.findFirst({
      where: { id: input.gesprekId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId },
      select: { id: true, status: true, casusId: true, datum: true, verslagVerstuurdOp: true, updatedAt: true },
    });
    if (!gesprek) throw new DomainError('NOT_FOUND', ['Dit gesprek bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: 'VERSLAG_VERSTUURD', entiteit: 'Gesprek', entiteitId: gesprek.id,
      before: { verslagVerstuurdOp: gesprek.verslagVerstuurdOp?.toISOString() ?? null },
      after: { verslagVerstuurdOp: input.verstuurdOp.toISOString() },
    });
    const fieldError = (message: string) => new DomainError('INVALID', [message], { verstuurdOp: [message] });
    if (gesprek.status !== 'AFGEROND') throw new DomainError('TRANSITION_REFUSED', ['Rond het gesprek eerst af en maak het verslag.']);
    const verslag = await tx.document.findFirst({ where: { huishoudenId: input.huishoudenId, soort: 'VERSLAG', bronId: gesprek.id }, select: { id: true } });
    if (!verslag) throw new DomainError('TRANSITION_REFUSED', ['Download eerst het verslag; dan is het bewaard in het dossier.']);
    if (input.verstuurdOp.getTime() > toCalendarDay(today).getTime()) throw fieldError('De verzenddatum ligt in de toekomst.');
    if (input.verstuurdOp.getTime() < toCalendarDay(gesprek.datum).getTime()) throw fieldError('De verzenddatum ligt voor de datum van het gesprek.');
    const { count } = await tx.gesprek.updateMany({
      where: { id: gesprek.id, version: input.version },
      // updatedAt stays: it marks a change of the conversation's content, which makes a new verslag (verslag.ts).
      data: { verslagVerstuurdOp: input.verstuurdOp, version: { increment: 1 }, updatedAt: gesprek.updatedAt },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Gesprek', entiteitId: gesprek.id, wat: 'dit gesprek' });
    // Only the first verslag ends the term; later ones (a second gesprek) do not move it.
    await tx.casus.updateMany({
      where: { id: gesprek.casusId, verslagVerstuurdOp: null },
      data: { verslagVerstuurdOp: input.verstuurdOp, version: { increment: 1 } },
    });
  });
}
