import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { isUuid } from '@/lib/domain/ids';
import { recordAudit } from '@/lib/server/audit/record';
import { BerichtWeigering } from '@/lib/server/berichten/weigering';

// The fact "care started on this toewijzing" (iWmo/iJw 305 startbericht). One use case, whether the fact comes in as
// a message (the berichten inbox, inside its transaction) or is entered by hand (a later partner portal).

export type StartZorg = { toewijzingId: string; begindatum: Date };
export type ZorgBron = { gemeenteId: string; actor: Actor | null; inkomendBerichtId: string | null; now: Date };

/** Inside the caller's transaction. 'AL_GESTART' when exactly this start is already known (nothing changes). */
export async function startZorgIn(tx: Tx, bron: ZorgBron, input: StartZorg): Promise<'GESTART' | 'AL_GESTART'> {
  const begindatum = toCalendarDay(input.begindatum);
  const t = await tx.toewijzing.findFirst({
    where: { id: input.toewijzingId, gemeenteId: bron.gemeenteId },
    select: { id: true, toewijzingNummer: true, persoonId: true, ingangsdatum: true, einddatum: true, redenWijziging: true, leveringen: { select: { begindatum: true, einddatum: true } } },
  });
  if (!t) throw new BerichtWeigering('9019', 'Deze toewijzing bestaat niet bij deze gemeente.');
  if (t.redenWijziging === '13') throw new BerichtWeigering('9019', `Toewijzing ${t.toewijzingNummer} is verwijderd (reden 13): daarop start geen zorg.`);
  if (begindatum < toCalendarDay(t.ingangsdatum) || (t.einddatum && begindatum > toCalendarDay(t.einddatum))) {
    throw new BerichtWeigering('0001', `De begindatum ${toIsoDate(begindatum)} ligt buiten toewijzing ${t.toewijzingNummer} (${toIsoDate(t.ingangsdatum)} tot en met ${t.einddatum ? toIsoDate(t.einddatum) : 'open'}).`);
  }
  const zelfde = t.leveringen.find((l) => toIsoDate(l.begindatum) === toIsoDate(begindatum));
  if (zelfde) {
    if (zelfde.einddatum === null) return 'AL_GESTART';
    throw new BerichtWeigering('9074', `Op toewijzing ${t.toewijzingNummer} is de zorg van ${toIsoDate(begindatum)} al gestart en gestopt.`);
  }
  // TR326: a new start only when no delivery is running.
  const lopend = t.leveringen.find((l) => l.einddatum === null);
  if (lopend) throw new BerichtWeigering('9326', `Op toewijzing ${t.toewijzingNummer} loopt al zorg sinds ${toIsoDate(lopend.begindatum)}; die moet eerst gestopt zijn (TR326).`);
  const levering = await tx.zorglevering.create({
    data: { gemeenteId: bron.gemeenteId, toewijzingId: t.id, begindatum, startBerichtId: bron.inkomendBerichtId, createdAt: bron.now },
    select: { id: true },
  });
  await recordAudit(
    tx,
    bron.actor,
    { actie: 'ZORG_GESTART', entiteit: 'Zorglevering', entiteitId: levering.id, persoonId: t.persoonId, after: { toewijzingNummer: t.toewijzingNummer, begindatum: toIsoDate(begindatum), inkomendBerichtId: bron.inkomendBerichtId } },
    { gemeenteId: bron.gemeenteId },
  );
  return 'GESTART';
}

/** Withdrawing a start that was sent wrongly (StatusAanlevering 3); not once the care has been stopped (TR071). */
export async function startZorgVerwijderenIn(tx: Tx, bron: ZorgBron, input: StartZorg): Promise<void> {
  const begindatum = toCalendarDay(input.begindatum);
  const levering = await tx.zorglevering.findFirst({ where: { toewijzingId: input.toewijzingId, gemeenteId: bron.gemeenteId, begindatum }, select: { id: true, einddatum: true, toewijzing: { select: { toewijzingNummer: true, persoonId: true } } } });
  if (!levering) throw new BerichtWeigering('9069', `Er is geen startbericht van ${toIsoDate(begindatum)} om te verwijderen.`);
  if (levering.einddatum) throw new BerichtWeigering('9071', `De zorg van ${toIsoDate(begindatum)} op toewijzing ${levering.toewijzing.toewijzingNummer} is al gestopt; de start kan niet meer weg (TR071).`);
  await tx.zorglevering.delete({ where: { id: levering.id } });
  await recordAudit(tx, bron.actor, { actie: 'ZORG_START_VERWIJDERD', entiteit: 'Zorglevering', entiteitId: levering.id, persoonId: levering.toewijzing.persoonId, after: { toewijzingNummer: levering.toewijzing.toewijzingNummer, begindatum: toIsoDate(begindatum) } }, { gemeenteId: bron.gemeenteId });
}

/** By hand (the backoffice, and later the partner portal with its own permission). */
export async function registreerStartZorg(actor: Actor, input: StartZorg, now = new Date()) {
  assertPermission(actor, 'berichten:behandelen');
  if (!isUuid(input.toewijzingId)) throw new DomainError('NOT_FOUND', ['Deze toewijzing bestaat niet.']);
  return prisma.$transaction((tx) => startZorgIn(tx, { gemeenteId: actor.gemeenteId, actor, inkomendBerichtId: null, now }, input));
}
