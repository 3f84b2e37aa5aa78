import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { isUuid } from '@/lib/domain/ids';
import { recordAudit } from '@/lib/server/audit/record';
import { BerichtWeigering } from '@/lib/server/berichten/weigering';
import type { ZorgBron } from './registreer-start-zorg';

// The fact "care on this toewijzing stopped, from this date, for this reason" (iWmo/iJw 307 stopbericht): one use
// case for the berichten inbox and for entering it by hand.

export type StopZorg = { toewijzingId: string; begindatum: Date; einddatum: Date; redenBeeindiging: string };

/** Inside the caller's transaction. 'AL_GESTOPT' when exactly this stop is already known. */
export async function stopZorgIn(tx: Tx, bron: ZorgBron, input: StopZorg): Promise<'GESTOPT' | 'AL_GESTOPT'> {
  const begindatum = toCalendarDay(input.begindatum);
  const einddatum = toCalendarDay(input.einddatum);
  const levering = await tx.zorglevering.findFirst({
    where: { toewijzingId: input.toewijzingId, gemeenteId: bron.gemeenteId, begindatum },
    select: { id: true, einddatum: true, redenBeeindiging: true, version: true, toewijzing: { select: { toewijzingNummer: true, persoonId: true } } },
  });
  // TR382: the stop carries the sleutel of its start.
  if (!levering) throw new BerichtWeigering('9069', `Er is geen startbericht met begindatum ${toIsoDate(begindatum)} bij deze toewijzing (TR382).`);
  if (einddatum < begindatum) throw new BerichtWeigering('0001', 'De einddatum van de zorg ligt vóór de begindatum (TR018).');
  if (levering.einddatum) {
    if (toIsoDate(levering.einddatum) === toIsoDate(einddatum) && levering.redenBeeindiging === input.redenBeeindiging) return 'AL_GESTOPT';
    // TR414: a later stop on the same start may move the einddatum, not back.
    if (einddatum < levering.einddatum) throw new BerichtWeigering('9074', `De zorg is al gestopt per ${toIsoDate(levering.einddatum)}; een eerdere einddatum kan niet (TR414).`);
  }
  const { count } = await tx.zorglevering.updateMany({
    where: { id: levering.id, version: levering.version },
    data: { einddatum, redenBeeindiging: input.redenBeeindiging, stopBerichtId: bron.inkomendBerichtId, version: { increment: 1 } },
  });
  if (count === 0) throw new DomainError('STALE_VERSION');
  await recordAudit(
    tx,
    bron.actor,
    { actie: 'ZORG_GESTOPT', entiteit: 'Zorglevering', entiteitId: levering.id, persoonId: levering.toewijzing.persoonId, after: { toewijzingNummer: levering.toewijzing.toewijzingNummer, begindatum: toIsoDate(begindatum), einddatum: toIsoDate(einddatum), redenBeeindiging: input.redenBeeindiging, inkomendBerichtId: bron.inkomendBerichtId } },
    { gemeenteId: bron.gemeenteId },
  );
  return 'GESTOPT';
}

/** Withdrawing a stop that was sent wrongly (StatusAanlevering 3): the care runs again. */
export async function stopZorgVerwijderenIn(tx: Tx, bron: ZorgBron, input: Pick<StopZorg, 'toewijzingId' | 'begindatum'>): Promise<void> {
  const begindatum = toCalendarDay(input.begindatum);
  const levering = await tx.zorglevering.findFirst({ where: { toewijzingId: input.toewijzingId, gemeenteId: bron.gemeenteId, begindatum }, select: { id: true, einddatum: true, version: true, toewijzing: { select: { toewijzingNummer: true, persoonId: true } } } });
  if (!levering?.einddatum) throw new BerichtWeigering('9069', `Er is geen stopbericht op de zorg van ${toIsoDate(begindatum)} om te verwijderen.`);
  await tx.zorglevering.update({ where: { id: levering.id }, data: { einddatum: null, redenBeeindiging: null, stopBerichtId: null, version: { increment: 1 } } });
  await recordAudit(tx, bron.actor, { actie: 'ZORG_STOP_VERWIJDERD', entiteit: 'Zorglevering', entiteitId: levering.id, persoonId: levering.toewijzing.persoonId, after: { toewijzingNummer: levering.toewijzing.toewijzingNummer, begindatum: toIsoDate(begindatum) } }, { gemeenteId: bron.gemeenteId });
}

/** By hand (the backoffice, and later the partner portal with its own permission). */
export async function registreerStopZorg(actor: Actor, input: StopZorg, now = new Date()) {
  assertPermission(actor, 'berichten:behandelen');
  if (!isUuid(input.toewijzingId)) throw new DomainError('NOT_FOUND', ['Deze toewijzing bestaat niet.']);
  return prisma.$transaction((tx) => stopZorgIn(tx, { gemeenteId: actor.gemeenteId, actor, inkomendBerichtId: null, now }, input));
}
