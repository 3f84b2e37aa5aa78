import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { Prisma } from '@/lib/generated/prisma/client';
import { aanvraagTermijn, type AanvraagTermijn } from '@/lib/domain/aanvraag-termijn';
import type { BeschikkingTermSettings } from '@/lib/domain/deadlines';
import { isUuid } from '@/lib/domain/ids';
import type { Besluitdagen } from '@/lib/domain/termijnwet';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';

export const AANVRAAG_NIET_GEVONDEN = 'Deze aanvraag bestaat niet (meer).';

/**
 * The beslistermijn of aanvraag row `a` in days, without its verdaging, from a row `g` with the gemeente's
 * wmoBeschikkingTermijnDagen and awbBeschikkingTermijnDagen: beschikkingTermDays of lib/domain/deadlines.ts in SQL.
 */
export const termijnDagenSql = (a: Prisma.Sql, g: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`(CASE ${a}."wet" WHEN 'WMO' THEN ${g}."wmoBeschikkingTermijnDagen" ELSE ${g}."awbBeschikkingTermijnDagen" END)`;

/**
 * The legal due date of aanvraag row `a` on `vandaag` (ISO day) in SQL: aanvraag_uiterlijk, berekenTermijn of the
 * domain with the Algemene termijnenwet (prisma/migrations/20261206100000_algemene_termijnenwet). The verdaging goes
 * apart: the Atw moves the legal term, not the days the gemeente added itself.
 */
export const uiterlijkSql = (a: Prisma.Sql, g: Prisma.Sql, vandaag: string): Prisma.Sql =>
  Prisma.sql`aanvraag_uiterlijk(${a}."id", ${a}."ontvangenOp", ${termijnDagenSql(a, g)}, COALESCE(${a}."verdagingDagen", 0), ${vandaag}::date)`;

/** The same without opschortingen (no need to look them up): the legal term moved by the Atw, plus the verdaging. */
export const uiterlijkZonderOpschortingSql = (a: Prisma.Sql, g: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`(atw_einde(${a}."ontvangenOp", ${a}."ontvangenOp" + ${termijnDagenSql(a, g)}, ${termijnDagenSql(a, g)}) + COALESCE(${a}."verdagingDagen", 0))`;

/** volledigeNaam of lib/domain/naam.ts, under the name existing callers use. */
import { volledigeNaam as persoonNaam } from '@/lib/domain/naam';
export { persoonNaam };

/** The gemeente's own terms (Gemeente row) and the Atw's decree days, for lib/domain/deadlines. */
export const termijnInstellingen = async (
  tx: Pick<Tx, 'gemeente' | 'besluitdag'>,
  gemeenteId: string,
): Promise<BeschikkingTermSettings & { bezwaarTermijnDagen: number; besluitdagen: Besluitdagen }> => {
  const gemeente = await tx.gemeente.findUniqueOrThrow({
    where: { id: gemeenteId },
    select: { wmoBeschikkingTermijnDagen: true, awbBeschikkingTermijnDagen: true, bezwaarTermijnDagen: true },
  });
  return { ...gemeente, besluitdagen: await laadBesluitdagen(tx) };
};

export const AANVRAAG_KERN = {
  id: true, nummer: true, huishoudenId: true, casusId: true, persoonId: true, productId: true, wet: true, leveringsvorm: true,
  toelichting: true, ontvangenOp: true, status: true, verdaagdOp: true, verdagingDagen: true, verdagingReden: true,
  behandelaarId: true, version: true, arrangementItemId: true, schriftelijk: true, registratieReden: true, createdAt: true,
  opschortingen: { orderBy: { van: 'asc' }, select: { id: true, van: true, tot: true, reden: true, doorId: true } },
} satisfies Prisma.AanvraagSelect;

export type AanvraagKern = Prisma.AanvraagGetPayload<{ select: typeof AANVRAAG_KERN }>;

/** An aanvraag of the actor's gemeente, or NOT_FOUND (a malformed id too: no 500 on a typed url). */
export async function loadAanvraag(tx: Tx, actor: Actor, aanvraagId: string): Promise<AanvraagKern> {
  if (!isUuid(aanvraagId)) throw new DomainError('NOT_FOUND', [AANVRAAG_NIET_GEVONDEN]);
  const aanvraag = await tx.aanvraag.findFirst({ where: { id: aanvraagId, gemeenteId: actor.gemeenteId }, select: AANVRAAG_KERN });
  if (!aanvraag) throw new DomainError('NOT_FOUND', [AANVRAAG_NIET_GEVONDEN]);
  return aanvraag;
}

export const termijnVan = (a: { wet: AanvraagKern['wet']; ontvangenOp: Date; verdagingDagen: number | null; opschortingen: readonly { van: Date; tot: Date | null }[] }, settings: BeschikkingTermSettings & { besluitdagen: Besluitdagen }, today: Date): AanvraagTermijn =>
  aanvraagTermijn({ wet: a.wet, ontvangenOp: a.ontvangenOp, verdagingDagen: a.verdagingDagen, opschortingen: a.opschortingen }, settings, today, settings.besluitdagen);

/**
 * Optimistic lock on Aanvraag.version: bumps it, or STALE_VERSION when someone else was first. Not for the status:
 * that moves through applyTransition (lib/server/transition/apply-transition.ts).
 */
export async function bumpAanvraag(tx: Tx, actor: Pick<Actor, 'id'>, aanvraag: { id: string }, version: number, data: Omit<Prisma.AanvraagUpdateManyMutationInput, 'status'>) {
  const { count } = await tx.aanvraag.updateMany({ where: { id: aanvraag.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    throw await staleVersionError(tx, actor, {
      entiteit: 'Aanvraag', entiteitId: aanvraag.id, wat: 'deze aanvraag',
    });
  }
  return version + 1;
}
