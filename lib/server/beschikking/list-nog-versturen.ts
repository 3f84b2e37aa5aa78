import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { BeschikkingStatus, BesluitSoort, ToewijzingStatus, Wet } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { householdAccessSql, zietElkeAanvraag } from '@/lib/server/access/household-access';
import { persoonNaam } from '@/lib/server/aanvraag/shared';

// Issue 16 item 2: the backoffice's worklist of what is vastgesteld but not sent. A vastgesteld beschikking whose
// letter nobody sends starts no bezwaar term; a toewijzing nobody sends leaves the aanbieder waiting. Oldest first,
// with the counts for the backoffice's start page, and a search by B- and A-kenmerk (any status).

/**
 * At most this many rows per list, oldest first; the counts say how many there are in all, and the search by kenmerk
 * finds any other. The backoffice works from the top: what it sends leaves the list and the next comes up. Issue 23:
 * a hundred rows per list made this the slowest staff page at 100,000 households (324 kB, 7.7× the floor at p95),
 * with its statements taking 15 ms of it; 25 rows per list still rendered at 3.35x the floor (session 8): the ten oldest
 * of each are what the backoffice sends next.
 */
export const NOG_VERSTUREN_MAX = 10;

/**
 * A toewijzing the aanbieder still has to hear of: lib/domain/toewijzing-wijziging.ts moetVerzonden in SQL
 * (tests/integration/nog-versturen.test.ts holds the two equal). The first condition is, word for word, the predicate
 * of the partial index "Toewijzing_te_versturen" (prisma/migrations/20261209200000_nog_versturen_zichtbaar), so the
 * planner reads only the toewijzingen that may need sending.
 */
const toewijzingTeVersturen = (t: Prisma.Sql) => Prisma.sql`(${t}."status" IN ('NIEUW', 'GEWIJZIGD') OR (${t}."status" = 'INGETROKKEN' AND ${t}."redenWijziging" IS NOT NULL))
  AND (${t}."status" <> 'INGETROKKEN' OR NOT EXISTS (
    SELECT 1 FROM "ToewijzingBericht" tb JOIN "Bericht" m ON m."id" = tb."berichtId" WHERE tb."toewijzingId" = ${t}."id" AND m."createdAt" >= ${t}."toewijzingOp"))`;

const beschikkingTeVersturen = (b: Prisma.Sql) => Prisma.sql`${b}."status" = 'VASTGESTELD'`;

/** Need-to-know on the household of a beschikking aliased `b`, checked on the household itself. */
const huishoudenZichtbaar = (actor: Actor, b: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Huishouden" h WHERE h."id" = ${b}."huishoudenId" AND ${householdAccessSql(actor, Prisma.sql`h`)})`;

/**
 * Issue 23: the backoffice sees every household with an aanvraag (its need-to-know ground AANVRAAG), and a beschikking
 * with an aanvraag lies in that aanvraag's household (the database holds it: the foreign key
 * "Beschikking_aanvraag_huishouden_fkey", migration 20261209200000). So for the backoffice only a beschikking without
 * an aanvraag needs its household checked; a row of the list is then judged on its own columns, and the counts are
 * read from the partial indexes alone. (The gemeente of that household is trusted to be the beschikking's, as the
 * aanvragen queue trusts an aanvraag's: lib/server/aanvraag/list-aanvragen.ts.) Another role is checked in full.
 */
/** Need-to-know on the household of a beschikking aliased `b` (the backoffice sees households with an aanvraag). */
const zichtbaar = (actor: Actor, b: Prisma.Sql) =>
  zietElkeAanvraag(actor) ? Prisma.sql`(${b}."aanvraagId" IS NOT NULL OR ${huishoudenZichtbaar(actor, b)})` : huishoudenZichtbaar(actor, b);

/**
 * The beschikkingen whose household must be checked for the actor's need-to-know (for the backoffice only those
 * without an aanvraag: a handful, none in a large city's data; for another role, should one get this work, those the
 * counts read), with the check made once for each: a CTE the counts share, so that the statement carries
 * householdAccessSql once (at a million households planning it was most of the counts' time).
 */
const teControleren = (actor: Actor) => Prisma.sql`"teControleren" AS MATERIALIZED (
    SELECT b."id", b."status", ${huishoudenZichtbaar(actor, Prisma.sql`b`)} AS "zichtbaar" FROM "Beschikking" b
    WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${zietElkeAanvraag(actor) ? Prisma.sql`b."aanvraagId" IS NULL` : Prisma.sql`(${beschikkingTeVersturen(Prisma.sql`b`)}
      OR EXISTS (SELECT 1 FROM "BeschiktProduct" bp JOIN "Toewijzing" t ON t."beschiktProductId" = bp."id" WHERE bp."beschikkingId" = b."id" AND ${toewijzingTeVersturen(Prisma.sql`t`)}))`}
  )`;

/**
 * The counts of vastgestelde beschikkingen and of toewijzingen not sent that the actor may see, as two columns of a
 * statement that has teControleren in its WITH:
 * - beschikkingen: those needing no check (for the backoffice: with an aanvraag), read along the partial index
 *   "Beschikking_vastgesteld" (which holds aanvraagId) without the table, plus the checked ones that may be seen;
 * - toewijzingen: all of the gemeente's that must still be sent (toewijzingTeVersturen split in its two disjoint
 *   parts, each read from the partial index "Toewijzing_te_versturen" alone: new or changed, and a withdrawal not yet
 *   reported), less those of a checked beschikking that may not be seen. Every toewijzing has one beschikking (through
 *   its BeschiktProduct), so the difference is exactly the visible ones.
 */
const tellingen = (actor: Actor) => Prisma.sql`
  ((SELECT count(*) FROM "Beschikking" b
     WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${beschikkingTeVersturen(Prisma.sql`b`)}${zietElkeAanvraag(actor) ? Prisma.sql` AND b."aanvraagId" IS NOT NULL` : Prisma.sql` AND false`})
   + (SELECT count(*) FROM "teControleren" c WHERE ${beschikkingTeVersturen(Prisma.sql`c`)} AND c."zichtbaar"))::int AS "beschikkingen",
  ((SELECT count(*) FROM "Toewijzing" t
     WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND t."status" IN ('NIEUW', 'GEWIJZIGD'))
   + (SELECT count(*) FROM "Toewijzing" t
     WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND t."status" = 'INGETROKKEN' AND t."redenWijziging" IS NOT NULL AND ${toewijzingTeVersturen(Prisma.sql`t`)})
   - (SELECT count(*) FROM "teControleren" c JOIN "BeschiktProduct" bp ON bp."beschikkingId" = c."id" JOIN "Toewijzing" t ON t."beschiktProductId" = bp."id"
     WHERE NOT c."zichtbaar" AND t."gemeenteId" = ${actor.gemeenteId}::uuid AND ${toewijzingTeVersturen(Prisma.sql`t`)}))::int AS "toewijzingen"`;

/**
 * Issue 23: for the backoffice (zietElkeAanvraag) the statements keep their plan (lib/db.ts, leesSql's plan 'bewaren'):
 * their text is the same on every view and their values are the gemeente and the actor, and planning them cost more
 * than running them (at 100,000 households the list 3.8 ms from the client planned on every view against 0.6 ms kept,
 * the toewijzingen 2.3 against 0.4 ms). For another role need-to-know per household is in the text, and its best plan
 * depends on the actor: planned on every view.
 */
const bewaren = (actor: Actor) => (zietElkeAanvraag(actor) ? ({ plan: 'bewaren' } as const) : {});

/** The counts of the start page: vastgestelde beschikkingen whose letter is not sent, toewijzingen not sent. */
export async function countNogVersturen(actor: Actor): Promise<{ beschikkingen: number; toewijzingen: number }> {
  assertPermission(actor, 'beschikking:draft');
  const [row] = await leesSql<{ beschikkingen: number; toewijzingen: number }>(Prisma.sql`
    WITH ${teControleren(actor)} SELECT ${tellingen(actor)}`, bewaren(actor));
  return row;
}

type Naam = { voornamen: string; tussenvoegsel: string | null; achternaam: string };
type BeschikkingRij = Naam & {
  id: string; identificatie: string; wet: Wet; besluit: BesluitSoort; status: BeschikkingStatus; vastgesteldOp: Date | null; datum: Date | null;
  verzenddatum: Date | null; aanvraagId: string | null; aanvraagNummer: string | null; huishoudenId: string;
};
type ToewijzingRij = Naam & {
  id: string; toewijzingNummer: number; status: ToewijzingStatus; toewijzingOp: Date; ingangsdatum: Date; product: string; aanbieder: string;
  beschikkingId: string; identificatie: string;
};

const beschikkingKolommen = Prisma.sql`b."id", b."identificatie", b."wet"::text AS "wet", b."besluit"::text AS "besluit", b."status"::text AS "status",
  b."vastgesteldOp", b."datum", b."verzenddatum", b."aanvraagId", a."nummer" AS "aanvraagNummer", b."huishoudenId", p."voornamen", p."tussenvoegsel", p."achternaam"`;

const beschikkingUit = (r: BeschikkingRij) => ({
  id: r.id, identificatie: r.identificatie, wet: r.wet, besluit: r.besluit, status: r.status, vastgesteldOp: r.vastgesteldOp, datum: r.datum,
  verzenddatum: r.verzenddatum, aanvraag: r.aanvraagId ? { id: r.aanvraagId, nummer: r.aanvraagNummer! } : null, huishoudenId: r.huishoudenId, inwoner: persoonNaam(r),
});

/**
 * The worklist: vastgestelde beschikkingen not sent (oldest vastgesteld first), toewijzingen not sent (oldest first).
 * Issue 23: one statement per list on node-postgres, both at once; the first carries both counts (tellingen: from the
 * partial indexes, not a window over every visible row, which at a million households made need-to-know run for each
 * of thousands of rows) and its page left-joined to them, so that an empty list still has its counts; each page's
 * rows (NOG_VERSTUREN_MAX) are read in the list's order from those indexes and cut before the client, the aanvraag
 * and the product are joined.
 */
export async function listNogVersturen(actor: Actor) {
  assertPermission(actor, 'beschikking:draft');
  const [beschikkingen, toewijzingen] = await Promise.all([
    leesSql<(BeschikkingRij | Record<keyof BeschikkingRij, null>) & { beschikkingenTotaal: number; toewijzingenTotaal: number }>(Prisma.sql`
      WITH ${teControleren(actor)}
      SELECT tl."beschikkingen" AS "beschikkingenTotaal", tl."toewijzingen" AS "toewijzingenTotaal", ${beschikkingKolommen}
      FROM (SELECT ${tellingen(actor)}) tl
      LEFT JOIN (
        SELECT b.* FROM "Beschikking" b
        WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${beschikkingTeVersturen(Prisma.sql`b`)} AND ${zichtbaar(actor, Prisma.sql`b`)}
        ORDER BY b."vastgesteldOp" ASC NULLS FIRST, b."identificatie" COLLATE "C"
        LIMIT ${NOG_VERSTUREN_MAX}::int
      ) b ON true
      LEFT JOIN "Persoon" p ON p."id" = b."persoonId" LEFT JOIN "Aanvraag" a ON a."id" = b."aanvraagId"
      ORDER BY b."vastgesteldOp" ASC NULLS FIRST, b."identificatie" COLLATE "C"`, bewaren(actor)),
    leesSql<ToewijzingRij>(Prisma.sql`
      SELECT t."id", t."toewijzingNummer", t."status"::text AS "status", t."toewijzingOp", t."ingangsdatum", pr."naam" AS "product", an."naam" AS "aanbieder",
             t."beschikkingId", t."identificatie", p."voornamen", p."tussenvoegsel", p."achternaam"
      FROM (
        SELECT t.*, b."id" AS "beschikkingId", b."identificatie"
        FROM "Toewijzing" t
        JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId"
        WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND ${toewijzingTeVersturen(Prisma.sql`t`)} AND ${zichtbaar(actor, Prisma.sql`b`)}
        ORDER BY t."toewijzingOp" ASC, t."toewijzingNummer"
        LIMIT ${NOG_VERSTUREN_MAX}::int
      ) t
      JOIN "Product" pr ON pr."id" = t."productId" JOIN "Aanbieder" an ON an."id" = t."aanbiederId" JOIN "Persoon" p ON p."id" = t."persoonId"
      ORDER BY t."toewijzingOp" ASC, t."toewijzingNummer"`, bewaren(actor)),
  ]);
  const [telling] = beschikkingen;
  return {
    tellingen: { beschikkingen: telling.beschikkingenTotaal, toewijzingen: telling.toewijzingenTotaal },
    beschikkingen: beschikkingen.flatMap((r) => (r.id === null ? [] : [beschikkingUit(r as BeschikkingRij)])),
    toewijzingen: toewijzingen.map((t) => ({
      id: t.id, nummer: t.toewijzingNummer, status: t.status, toewijzingOp: t.toewijzingOp, ingangsdatum: t.ingangsdatum, product: t.product, aanbieder: t.aanbieder,
      beschikking: { id: t.beschikkingId, identificatie: t.identificatie }, inwoner: persoonNaam(t),
    })),
  };
}

/**
 * The search by kenmerk: a B-kenmerk finds that beschikking, an A-kenmerk the beschikkingen of that aanvraag (and the
 * aanvraag itself when it has none yet), in any status. `kenmerk` is already normalised (normalizeKenmerk).
 */
export async function zoekBeschikkingOpKenmerk(actor: Actor, kenmerk: string) {
  assertPermission(actor, 'beschikking:draft');
  const opAanvraag = kenmerk.startsWith('A-');
  const beschikkingen = await prisma.$queryRaw<BeschikkingRij[]>`
    SELECT ${beschikkingKolommen}
    FROM "Beschikking" b JOIN "Persoon" p ON p."id" = b."persoonId" LEFT JOIN "Aanvraag" a ON a."id" = b."aanvraagId"
    WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${opAanvraag ? Prisma.sql`a."nummer" = ${kenmerk}` : Prisma.sql`b."identificatie" = ${kenmerk}`}
      AND ${zichtbaar(actor, Prisma.sql`b`)}
    ORDER BY b."createdAt" DESC, b."identificatie" COLLATE "C"
    LIMIT ${NOG_VERSTUREN_MAX}::int`;
  const aanvraag = opAanvraag
    ? await prisma.aanvraag.findFirst({ where: { gemeenteId: actor.gemeenteId, nummer: kenmerk }, select: { id: true, nummer: true, huishoudenId: true } })
    : null;
  // The aanvraag itself only when the actor may see its household (need-to-know as for the beschikkingen).
  const aanvraagZichtbaar = aanvraag
    ? (await prisma.$queryRaw<{ ok: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Huishouden" h WHERE h."id" = ${aanvraag.huishoudenId}::uuid AND ${householdAccessSql(actor, Prisma.sql`h`)}) AS "ok"`)[0].ok
    : false;
  return { beschikkingen: beschikkingen.map(beschikkingUit), aanvraag: aanvraag && aanvraagZichtbaar ? { id: aanvraag.id, nummer: aanvraag.nummer } : null };
}
