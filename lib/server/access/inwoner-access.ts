import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { leesOp } from '@/lib/server/lees-zonder-transactie';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { maySeePersoon, portaalWeigering, ZELFSTANDIG_VANAF, type Weigering } from '@/lib/domain/inwoner';
import { volledigeNaam } from '@/lib/domain/lidmaatschap';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditInput } from '@/lib/server/audit/record';

// Need-to-know for residents (issue 21, ARCHITECTURE.md "Three audiences"): a resident sees the household of their
// current membership, read fresh on every request (moving out ends it at once), and within it their own part and the
// part of a child under 16 over whom they hold gezag or voogdij now — from the child's source of gezag (issue 20:
// the BRP's, or a staff member's decision where the BRP names no one; gezagRijTelt in lib/domain/brp.ts). Written once as SQL for lists
// (inwonerPersoonSql) and once as a check for single reads (inwonerMaySeePersoon); tests/integration/
// inwoner-access.test.ts proves them equal over the demo data.

type InwonerRij = {
  id: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; geboortedatum: Date | null; overledenOp: Date | null;
  huishoudenId: string | null; gemeenteVersion: number; gemeenteGewijzigd: Date;
};

/**
 * The resident behind a BSN, or why they get no Mijn plan; with the stand of their gemeente (version and updatedAt,
 * as the staff actor's statement reads it: the key of the gemeente cached per process, lib/server/gemeente/get-gemeente.ts).
 */
export async function findInwoner(gemeenteId: string, bsn: string, now = new Date(), db: Tx | typeof prisma = prisma): Promise<{ inwoner: InwonerActor; gemeenteStand: string } | { weigering: Weigering }> {
  // One statement on every resident request (issue 23: the floor of a page): the person, their current household and
  // the stand of their gemeente; outside a transaction straight on node-postgres (leesSql).
  const query = Prisma.sql`
    SELECT p."id", p."voornamen", p."tussenvoegsel", p."achternaam", p."geboortedatum", p."overledenOp",
           (SELECT l."huishoudenId" FROM "HuishoudenLidmaatschap" l WHERE l."persoonId" = p."id" AND l."tot" IS NULL LIMIT 1) AS "huishoudenId",
           g."version" AS "gemeenteVersion", g."updatedAt" AS "gemeenteGewijzigd"
    FROM "Persoon" p JOIN "Gemeente" g ON g."id" = p."gemeenteId"
    WHERE p."gemeenteId" = ${gemeenteId}::uuid AND p."bsn" = ${bsn}`;
  const [gevonden] = /^\d{9}$/.test(bsn) && isUuid(gemeenteId)
    ? await leesOp<InwonerRij>(db, query)
    : [];
  const persoon = gevonden ?? null;
  const huishoudenId = persoon?.huishoudenId ?? null;
  const weigering = portaalWeigering(persoon && { geboortedatum: persoon.geboortedatum, overledenOp: persoon.overledenOp, huishoudenId }, now);
  if (weigering || !persoon || !huishoudenId) return { weigering: weigering ?? 'ONBEKEND' };
  return {
    inwoner: { kind: 'inwoner', gemeenteId, persoonId: persoon.id, bsn, naam: volledigeNaam(persoon), huishoudenId },
    gemeenteStand: `${persoon.gemeenteVersion}:${persoon.gemeenteGewijzigd.getTime()}`,
  };
}

/**
 * The persons whose part the resident sees, as a condition on a Persoon row aliased by the caller (`p`): themself,
 * and a current member of their household under 16 over whom they hold current gezag or voogdij (of the child's
 * current source of gezag, Persoon.gezagBron: any row when it never came from the BRP).
 */
export function inwonerPersoonSql(inwoner: InwonerActor, p: Prisma.Sql, now = new Date()): Prisma.Sql {
  const today = toCalendarDay(now);
  return Prisma.sql`(${p}."id" = ${inwoner.persoonId}::uuid OR (
    ${p}."gemeenteId" = ${inwoner.gemeenteId}::uuid
    AND ${p}."geboortedatum" > (${today}::date - make_interval(years => ${ZELFSTANDIG_VANAF}))::date
    AND EXISTS (SELECT 1 FROM "HuishoudenLidmaatschap" il WHERE il."persoonId" = ${p}."id" AND il."huishoudenId" = ${inwoner.huishoudenId}::uuid AND il."tot" IS NULL)
    AND EXISTS (SELECT 1 FROM "Vertegenwoordiging" iv WHERE iv."persoonId" = ${p}."id" AND iv."vertegenwoordigerId" = ${inwoner.persoonId}::uuid
                AND iv."soort" IN ('GEZAG', 'VOOGD') AND iv."vanaf" <= ${today}::date AND (iv."tot" IS NULL OR iv."tot" >= ${today}::date)
                AND (${p}."gezagBron" IS NULL OR iv."bron" = ${p}."gezagBron"))))`;
}

/** The check for one person (inwonerPersoonSql for a single read). An id that is no uuid is nobody. */
export async function inwonerMaySeePersoon(inwoner: InwonerActor, persoonId: string, now = new Date(), db: Tx | typeof prisma = prisma): Promise<boolean> {
  if (!isUuid(persoonId)) return false;
  const target = await db.persoon.findFirst({
    where: { id: persoonId, gemeenteId: inwoner.gemeenteId },
    select: {
      id: true, geboortedatum: true, gezagBron: true,
      lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 },
      vertegenwoordigd: { select: { soort: true, vanaf: true, tot: true, vertegenwoordigerId: true, bron: true } },
    },
  });
  if (!target) return false;
  return maySeePersoon(inwoner, {
    persoonId: target.id, huishoudenId: target.lidmaatschappen[0]?.huishoudenId ?? null, geboortedatum: target.geboortedatum,
    gezagBron: target.gezagBron, gezag: target.vertegenwoordigd,
  }, now);
}

/** The persons of the resident's household whose part they see (ids), for filtering the household's records. */
export async function zichtbarePersonen(inwoner: InwonerActor, now = new Date(), db: Tx | typeof prisma = prisma): Promise<string[]> {
  // Everyone the resident may see is a current member of their household (themself included): start from those few
  // rows (HuishoudenLidmaatschap huishoudenId) rather than from every child of the gemeente (issue 21, bench).
  const rows = await db.$queryRaw<{ id: string }[]>(zichtbarePersonenSql(inwoner, now));
  return rows.map((r) => r.id);
}

/** zichtbarePersonen as a subquery (column "id"), for a statement that reads the household's records in one go. */
export function zichtbarePersonenSql(inwoner: InwonerActor, now = new Date()): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT p."id" FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p ON p."id" = l."persoonId"
    WHERE l."huishoudenId" = ${inwoner.huishoudenId}::uuid AND l."tot" IS NULL AND ${inwonerPersoonSql(inwoner, Prisma.sql`p`, now)}`;
}

/** The same answer as "does not exist" for anything outside the resident's household (never a hint that it exists). */
export function nietGevonden(): never {
  throw new DomainError('NOT_FOUND', ['Dit hebben we niet gevonden.']);
}

/** One row of the access log for a resident's action, in the caller's transaction (actorRol INWONER, no staff id). */
export async function recordInwonerAudit(tx: Tx, inwoner: InwonerActor, input: Omit<AuditInput, 'breakTheGlass'>) {
  await recordAudit(tx, null, { huishoudenId: inwoner.huishoudenId, persoonId: inwoner.persoonId, context: 'inwoner zelf (DigiD)', ...input }, { gemeenteId: inwoner.gemeenteId, actorRol: 'INWONER' });
}
