import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { BeschikkingStatus, BesluitSoort, ToewijzingStatus, Wet } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { householdAccessSql } from '@/lib/server/access/household-access';
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
 * of the partial index "Toewijzing_te_versturen" (prisma/migrations/20261206110000_nog_versturen), so the planner
 * reads only the toewijzingen that may need sending.
 */
const toewijzingTeVersturen = (t: Prisma.Sql) => Prisma.sql`(${t}."status" IN ('NIEUW', 'GEWIJZIGD') OR (${t}."status" = 'INGETROKKEN' AND ${t}."redenWijziging" IS NOT NULL))
  AND (${t}."status" <> 'INGETROKKEN' OR NOT EXISTS (
    SELECT 1 FROM "ToewijzingBericht" tb JOIN "Bericht" m ON m."id" = tb."berichtId" WHERE tb."toewijzingId" = ${t}."id" AND m."createdAt" >= ${t}."toewijzingOp"))`;

const beschikkingTeVersturen = (b: Prisma.Sql) => Prisma.sql`${b}."status" = 'VASTGESTELD'`;

/** Need-to-know on the household of a beschikking aliased `b` (the backoffice sees households with an aanvraag). */
const zichtbaar = (actor: Actor, b: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Huishouden" h WHERE h."id" = ${b}."huishoudenId" AND ${householdAccessSql(actor, Prisma.sql`h`)})`;

/** The counts of the start page: vastgestelde beschikkingen whose letter is not sent, toewijzingen not sent. */
export async function countNogVersturen(actor: Actor): Promise<{ beschikkingen: number; toewijzingen: number }> {
  assertPermission(actor, 'beschikking:draft');
  const [row] = await leesSql<{ beschikkingen: number; toewijzingen: number }>(Prisma.sql`
    SELECT (SELECT count(*) FROM "Beschikking" b
             WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${beschikkingTeVersturen(Prisma.sql`b`)} AND ${zichtbaar(actor, Prisma.sql`b`)})::int AS "beschikkingen",
           (SELECT count(*) FROM "Toewijzing" t
             JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId"
             WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND ${toewijzingTeVersturen(Prisma.sql`t`)} AND ${zichtbaar(actor, Prisma.sql`b`)})::int AS "toewijzingen"`);
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
 * Issue 23: one statement per list on node-postgres, both at once, each with its count (a window over the visible
 * rows before the limit: need-to-know is evaluated once per row, not once for the count and again for the list), and
 * the page's rows picked before the client, the aanvraag and the product are joined (the join before the limit
 * read every Aanvraag).
 */
export async function listNogVersturen(actor: Actor) {
  assertPermission(actor, 'beschikking:draft');
  const [beschikkingen, toewijzingen] = await Promise.all([
    leesSql<BeschikkingRij & { total: number }>(Prisma.sql`
      SELECT ${beschikkingKolommen}, b."total"
      FROM (
        SELECT b.*, (count(*) OVER ())::int AS "total" FROM "Beschikking" b
        WHERE b."gemeenteId" = ${actor.gemeenteId}::uuid AND ${beschikkingTeVersturen(Prisma.sql`b`)} AND ${zichtbaar(actor, Prisma.sql`b`)}
        ORDER BY b."vastgesteldOp" ASC NULLS FIRST, b."identificatie" COLLATE "C"
        LIMIT ${NOG_VERSTUREN_MAX}::int
      ) b
      JOIN "Persoon" p ON p."id" = b."persoonId" LEFT JOIN "Aanvraag" a ON a."id" = b."aanvraagId"
      ORDER BY b."vastgesteldOp" ASC NULLS FIRST, b."identificatie" COLLATE "C"`),
    leesSql<ToewijzingRij & { total: number }>(Prisma.sql`
      SELECT t."id", t."toewijzingNummer", t."status"::text AS "status", t."toewijzingOp", t."ingangsdatum", pr."naam" AS "product", an."naam" AS "aanbieder",
             t."beschikkingId", t."identificatie", p."voornamen", p."tussenvoegsel", p."achternaam", t."total"
      FROM (
        SELECT t.*, b."id" AS "beschikkingId", b."identificatie", (count(*) OVER ())::int AS "total"
        FROM "Toewijzing" t
        JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId"
        WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid AND ${toewijzingTeVersturen(Prisma.sql`t`)} AND ${zichtbaar(actor, Prisma.sql`b`)}
        ORDER BY t."toewijzingOp" ASC, t."toewijzingNummer"
        LIMIT ${NOG_VERSTUREN_MAX}::int
      ) t
      JOIN "Product" pr ON pr."id" = t."productId" JOIN "Aanbieder" an ON an."id" = t."aanbiederId" JOIN "Persoon" p ON p."id" = t."persoonId"
      ORDER BY t."toewijzingOp" ASC, t."toewijzingNummer"`),
  ]);
  return {
    tellingen: { beschikkingen: beschikkingen[0]?.total ?? 0, toewijzingen: toewijzingen[0]?.total ?? 0 },
    beschikkingen: beschikkingen.map(beschikkingUit),
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
