import 'server-only';
import { leesSql, prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { OPEN_FASEN } from '@/lib/domain/casus-transitions';
import { addCalendarDays, toIsoDate } from '@/lib/domain/dates';
import { BETROKKENEN_BUCKETS, betrokkenenBucket, toonRapportage, type RapportageRuw } from '@/lib/domain/rapportage';
import { Prisma } from '@/lib/generated/prisma/client';
import { achtergrondLezen } from '@/lib/server/achtergrond';
import { uiterlijkSql } from '@/lib/server/aanvraag/shared';
import { jsonRijen } from '@/lib/server/sql-json';

export type RapportageFilter = { van: Date | null; tot: Date | null; wijkId?: string; teamId?: string };

// The open fases in route order (lib/domain/casus-transitions), then the total.
const FASE_VOLGORDE: readonly string[] = [...OPEN_FASEN, 'TOTAAL'];

/** Who sees aggregates only: BELEID, unless they also hold a role that may see names (TEAMLEAD). */
export const zietAlleenAggregaten = (actor: Pick<Actor, 'rollen'>) => !actor.rollen.includes('TEAMLEAD');

/**
 * How long the figures of one filter may be reused: aggregating the whole city takes about half a second of
 * PostgreSQL (issue 9: 100,000 households), too much for every view of a page that steers by the week. The page and
 * the CSV export say when the figures were computed ("bijgewerkt om 14:05").
 */
export const RAPPORTAGE_BEWAAR_MS = 5 * 60_000;

/**
 * Issue 23: the figures of the whole gemeente (no filter, the page as it opens) are computed ahead by a pg-boss job
 * every five minutes (lib/server/rapportage/ververs-job.ts), so that no page view aggregates the whole city. A view
 * reads that snapshot while it is at most this old: twice the job's interval, so that a view never finds it expired
 * between two runs. Without a snapshot (the job is off, the app just started) the view computes and keeps it as before.
 */
export const RAPPORTAGE_VERVERS_MINUTEN = 5;
export const RAPPORTAGE_MOMENTOPNAME_MS = 2 * RAPPORTAGE_VERVERS_MINUTEN * 60_000;

/** The page as it opens: the whole gemeente, no period, wijk or team. */
export const ONGEFILTERD: RapportageFilter = { van: null, tot: null };
const isOngefilterd = (f: RapportageFilter) => !f.van && !f.tot && !f.wijkId && !f.teamId;

/**
 * The steering figures (issue 8, DOMAIN.md §6), aggregated in PostgreSQL (percentile_cont for median and p90). The
 * filters select casussen: the melding came in within the period (tot en met), the household lies in the wijk, the
 * casus belongs to the team. Snapshot figures (caseload, terms, regie, arrangements) count those casussen as they
 * are now. BELEID gets small cells suppressed and professionals pseudonymised (lib/domain/rapportage).
 *
 * `bewaarMs`: reuse the raw figures of the same gemeente, filter and day computed at most that long ago (the page and
 * the export pass RAPPORTAGE_BEWAAR_MS, so that both show the same snapshot); 0 computes them now. Suppression is
 * applied per actor after the cache, so a teamlead and beleid share the raw figures but not what they see.
 */
export async function getRapportage(actor: Actor, filter: RapportageFilter, now = new Date(), { bewaarMs = 0 }: { bewaarMs?: number } = {}) {
  assertPermission(actor, 'rapportage:read');
  const { ruw, berekendOp } = await bewaard(actor.gemeenteId, filter, now, bewaarMs > 0 && isOngefilterd(filter) ? Math.max(bewaarMs, RAPPORTAGE_MOMENTOPNAME_MS) : bewaarMs);
  return { ...toonRapportage(ruw, zietAlleenAggregaten(actor)), berekendOp };
}

/**
 * The job's work (issue 23): the unfiltered figures of every gemeente computed now and stored as the snapshot that
 * the page and the CSV export read, replacing the previous one. Raw figures only; suppression stays per viewer. On one
 * core (achtergrondLezen): no user waits for it, and the users' requests need the other.
 */
export async function verversRapportages(now = new Date()): Promise<{ gemeenteId: string; ms: number }[]> {
  const gemeenten = await prisma.gemeente.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const verslag: { gemeenteId: string; ms: number }[] = [];
  for (const { id } of gemeenten) {
    const begin = performance.now();
    const ruw = await achtergrondLezen((tx) => aggregeer(id, ONGEFILTERD, now, tx));
    const dag = toIsoDate(now);
    await prisma.$executeRaw`
      INSERT INTO "RapportageCache" ("gemeenteId", "sleutel", "dag", "berekendOp", "ruw")
      VALUES (${id}::uuid, ${sleutelVan(ONGEFILTERD)}, ${dag}::date, ${now}, ${JSON.stringify(ruw)}::jsonb)
      ON CONFLICT ("gemeenteId", "sleutel", "dag") DO UPDATE SET "berekendOp" = EXCLUDED."berekendOp", "ruw" = EXCLUDED."ruw"
      WHERE "RapportageCache"."berekendOp" < EXCLUDED."berekendOp"`;
    await prisma.$executeRaw`DELETE FROM "RapportageCache" WHERE "dag" < ${dag}::date - 1`;
    verslag.push({ gemeenteId: id, ms: performance.now() - begin });
  }
  return verslag;
}

const sleutelVan = (filter: RapportageFilter) => JSON.stringify([filter.van?.toISOString() ?? null, filter.tot?.toISOString() ?? null, filter.wijkId ?? null, filter.teamId ?? null]);

/**
 * Two requests that compute at the same moment have clocks a few milliseconds apart: a copy stored "just after" this
 * request's own moment by the other is the same period's copy, not one from the future.
 */
const GELIJKTIJDIG_MS = 1_000;

/** Requests of this process that are computing the figures of one key now wait for the same query. */
const lopend = new Map<string, Promise<{ ruw: RapportageRuw; berekendOp: Date }>>();

/**
 * The raw figures of a gemeente, filter and day, kept in PostgreSQL ("RapportageCache", issue 16 item 9): the page
 * and the CSV export are separate bundles of the production build, each with its own copy of this module, and
 * several app processes may serve them, so a copy in memory let the CSV disagree with the page. The first figures
 * stored within the period win: whoever computes at the same time reads those back instead of its own.
 */
async function bewaard(gemeenteId: string, filter: RapportageFilter, now: Date, bewaarMs: number): Promise<{ ruw: RapportageRuw; berekendOp: Date }> {
  if (bewaarMs <= 0) return { ruw: await aggregeer(gemeenteId, filter, now), berekendOp: now };
  const sleutel = sleutelVan(filter);
  const dag = toIsoDate(now);
  const procesSleutel = JSON.stringify([gemeenteId, sleutel, dag, bewaarMs]);
  const bezig = lopend.get(procesSleutel);
  if (bezig) return bezig;
  const werk = (async () => {
    const vers = await leesBewaard(gemeenteId, sleutel, dag, now, bewaarMs);
    if (vers) return vers;
    const ruw = await aggregeer(gemeenteId, filter, now);
    const vervalt = new Date(now.getTime() - bewaarMs);
    const opgeslagen = await prisma.$executeRaw`
      INSERT INTO "RapportageCache" ("gemeenteId", "sleutel", "dag", "berekendOp", "ruw")
      VALUES (${gemeenteId}::uuid, ${sleutel}, ${dag}::date, ${now}, ${JSON.stringify(ruw)}::jsonb)
      ON CONFLICT ("gemeenteId", "sleutel", "dag") DO UPDATE SET "berekendOp" = EXCLUDED."berekendOp", "ruw" = EXCLUDED."ruw"
      WHERE "RapportageCache"."berekendOp" <= ${vervalt} OR "RapportageCache"."berekendOp" > ${new Date(now.getTime() + GELIJKTIJDIG_MS)}`;
    if (opgeslagen === 0) {
      // Another request stored figures within the period while these were computed: show those, as the other did.
      const ander = await leesBewaard(gemeenteId, sleutel, dag, now, bewaarMs);
      if (ander) return ander;
    } else {
      await prisma.$executeRaw`DELETE FROM "RapportageCache" WHERE "dag" < ${dag}::date - 1`;
    }
    return { ruw, berekendOp: now };
  })();
  lopend.set(procesSleutel, werk);
  try {
    return await werk;
  } finally {
    lopend.delete(procesSleutel);
  }
}

/**
 * Beheer changed the rule's data (a Besluitdag of the Algemene termijnenwet): the kept figures count terms by the old
 * list, so they go, in the transaction that changed the list (issue 17). The next view computes them anew.
 */
export const vergeetBewaardeRapportages = (db: Pick<Prisma.TransactionClient, '$executeRaw'> = prisma) => db.$executeRaw`DELETE FROM "RapportageCache"`;

/** From the Amsterdam midnight that begins calendar day `dag` (a UTC-midnight Date), as a UTC timestamp in SQL. */
const vanafDag = (dag: Date) => Prisma.sql`amsterdam_middernacht(${toIsoDate(dag)}::date)`;

async function leesBewaard(gemeenteId: string, sleutel: string, dag: string, now: Date, bewaarMs: number) {
  // On node-postgres (leesSql, issue 23): every view of the page reads it.
  const [rij] = await leesSql<{ berekendOp: Date; ruw: RapportageRuw }>(Prisma.sql`
    SELECT "berekendOp", "ruw" FROM "RapportageCache"
    WHERE "gemeenteId" = ${gemeenteId}::uuid AND "sleutel" = ${sleutel} AND "dag" = ${dag}::date
      AND "berekendOp" > ${new Date(now.getTime() - bewaarMs)} AND "berekendOp" <= ${new Date(now.getTime() + GELIJKTIJDIG_MS)}`);
  return rij ? { ruw: rij.ruw, berekendOp: rij.berekendOp } : null;
}

async function aggregeer(gemeenteId: string, filter: RapportageFilter, now: Date, db: Tx | typeof prisma = prisma): Promise<RapportageRuw> {
  // One calendar day (issue 17): today, and the days of the period, are Amsterdam days as everywhere else in the app.
  const vandaag = toIsoDate(now);
  const casusWhere = Prisma.join(
    [
      Prisma.sql`ca."gemeenteId" = ${gemeenteId}::uuid`,
      filter.van ? Prisma.sql`ca."meldingOntvangenOp" >= ${vanafDag(filter.van)}` : null,
      filter.tot ? Prisma.sql`ca."meldingOntvangenOp" < ${vanafDag(addCalendarDays(filter.tot, 1))}` : null,
      filter.wijkId ? Prisma.sql`h."wijkId" = ${filter.wijkId}::uuid` : null,
      filter.teamId ? Prisma.sql`ca."teamId" = ${filter.teamId}::uuid` : null,
    ].filter((s): s is Prisma.Sql => s !== null),
    ' AND ',
  );
  const c = Prisma.sql`c AS (SELECT ca.* FROM "Casus" ca JOIN "Huishouden" h ON h.id = ca."huishoudenId" WHERE ${casusWhere})`;

  const doorloop = db.$queryRaw<{ fase: string; aantal: number; mediaan: number | null; p90: number | null }[]>`
    WITH ${c},
    w AS (
      SELECT f.naar::text AS fase,
             (EXTRACT(EPOCH FROM (LEAD(f.op) OVER (PARTITION BY f."casusId" ORDER BY f.op, f.id) - f.op)) / 86400.0)::float8 AS dagen
      FROM "CasusFaseWijziging" f WHERE f."casusId" IN (SELECT id FROM c)
    )
    SELECT fase, count(*)::int AS aantal,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen) AS mediaan,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY dagen) AS p90
    FROM w WHERE dagen IS NOT NULL AND fase <> 'AFGESLOTEN' GROUP BY fase
    UNION ALL
    SELECT 'TOTAAL', count(*)::int,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_cont(0.9) WITHIN GROUP (ORDER BY d)
    FROM (SELECT (EXTRACT(EPOCH FROM (c."afgeslotenOp" - c."meldingOntvangenOp")) / 86400.0)::float8 AS d FROM c WHERE c."afgeslotenOp" IS NOT NULL) t
    HAVING count(*) > 0`;

  const termijnen = db.$queryRaw<{ soort: 'ONDERZOEK' | 'BESCHIKKING'; lopend: number; verlopen: number }[]>`
    WITH ${c},
    onderzoek AS (
      -- The same due date as the dossier and the werkvoorraad (casus_uiterlijk: berekenTermijn of lib/domain/deadlines.ts
      -- in SQL, with the Algemene termijnenwet), from the Amsterdam day of the melding.
      SELECT casus_uiterlijk(c.id, amsterdam_dag(c."meldingOntvangenOp"), g."onderzoekTermijnDagen", ${vandaag}::date) AS deadline
      FROM c JOIN "Gemeente" g ON g.id = c."gemeenteId"
      WHERE c.fase <> 'AFGESLOTEN' AND c."verslagVerstuurdOp" IS NULL
    ),
    beschikking AS (
      -- The same due date as the aanvragen queue (dueDate of lib/domain/deadlines.ts in SQL).
      SELECT ${uiterlijkSql(Prisma.sql`a`, Prisma.sql`g`, vandaag)} AS deadline
      FROM "Aanvraag" a JOIN c ON c.id = a."casusId" JOIN "Gemeente" g ON g.id = a."gemeenteId"
      WHERE a.status IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT')
    )
    SELECT 'ONDERZOEK' AS soort, count(*)::int AS lopend, (count(*) FILTER (WHERE deadline < ${vandaag}::date))::int AS verlopen FROM onderzoek
    UNION ALL
    SELECT 'BESCHIKKING', count(*)::int, (count(*) FILTER (WHERE deadline < ${vandaag}::date))::int FROM beschikking`;

  const caseloadProfessional = db.$queryRaw<{ professionalId: string; naam: string; team: string | null; aantal: number }[]>`
    WITH ${c}
    SELECT u.id::text AS "professionalId", u.naam, t.naam AS team, count(DISTINCT r."casusId")::int AS aantal
    FROM "RegieToewijzing" r JOIN c ON c.id = r."casusId" JOIN "User" u ON u.id = r."regisseurId" LEFT JOIN "Team" t ON t.id = c."teamId"
    WHERE r.tot IS NULL AND c.fase <> 'AFGESLOTEN'
    GROUP BY u.id, u.naam, t.naam ORDER BY aantal DESC, u.naam, t.naam`;

  const caseloadTeam = db.$queryRaw<{ team: string; aantal: number }[]>`
    WITH ${c}
    SELECT COALESCE(t.naam, 'Geen team') AS team, count(*)::int AS aantal
    FROM c LEFT JOIN "Team" t ON t.id = c."teamId" WHERE c.fase <> 'AFGESLOTEN'
    GROUP BY 1 ORDER BY 1`;

  const triageWhere = Prisma.join(
    [
      Prisma.sql`tr."gemeenteId" = ${gemeenteId}::uuid`,
      filter.van ? Prisma.sql`m."ontvangenOp" >= ${vanafDag(filter.van)}` : null,
      filter.tot ? Prisma.sql`m."ontvangenOp" < ${vanafDag(addCalendarDays(filter.tot, 1))}` : null,
      filter.wijkId ? Prisma.sql`m."wijkId" = ${filter.wijkId}::uuid` : null,
      filter.teamId ? Prisma.sql`ca."teamId" = ${filter.teamId}::uuid` : null,
    ].filter((s): s is Prisma.Sql => s !== null),
    ' AND ',
  );
  const triage = db.$queryRaw<{ wijk: string; uitkomst: string; aantal: number }[]>`
    SELECT COALESCE(w.naam, 'Buiten de wijken') AS wijk, tr.uitkomst::text AS uitkomst, count(*)::int AS aantal
    FROM "Triage" tr JOIN "Melding" m ON m.id = tr."meldingId" LEFT JOIN "Wijk" w ON w.id = m."wijkId" LEFT JOIN "Casus" ca ON ca.id = tr."casusId"
    WHERE ${triageWhere}
    GROUP BY 1, 2 ORDER BY 1, 2`;

  const regie = db.$queryRaw<{ casusregie: number; procesregie: number }[]>`
    WITH ${c}
    SELECT (count(*) FILTER (WHERE r.vorm = 'CASUSREGIE'))::int AS casusregie, (count(*) FILTER (WHERE r.vorm = 'PROCESREGIE'))::int AS procesregie
    FROM "RegieToewijzing" r JOIN c ON c.id = r."casusId" WHERE r.tot IS NULL AND r.lead AND c.fase <> 'AFGESLOTEN'`;

  const arrangementen = db.$queryRaw<{ plannen: number; gecombineerd: number; alleenFormeel: number; alleenInformeel: number }[]>`
    WITH ${c},
    v AS (
      SELECT DISTINCT ON (p.id) pv.id FROM "Ondersteuningsplan" p JOIN c ON c.id = p."casusId" JOIN "PlanVersie" pv ON pv."planId" = p.id
      WHERE p.actueel AND pv.status IN ('VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD') ORDER BY p.id, pv.versienummer DESC
    ),
    s AS (
      SELECT v.id, bool_or(a.soort = 'MAATWERK') AS formeel, bool_or(a.soort <> 'MAATWERK') AS informeel
      FROM v JOIN "ArrangementItem" a ON a."planVersieId" = v.id GROUP BY v.id
    )
    SELECT count(*)::int AS plannen, (count(*) FILTER (WHERE formeel AND informeel))::int AS gecombineerd,
           (count(*) FILTER (WHERE formeel AND NOT informeel))::int AS "alleenFormeel", (count(*) FILTER (WHERE informeel AND NOT formeel))::int AS "alleenInformeel"
    FROM s`;

  // Who is involved with each household, counted as the dossier's Betrokkenen tab counts them (aantalProfessionals
  // and aantalOrganisaties of lib/domain/betrokkenen.ts, issue 16 item 20): the regisseurs (staff or an aanbieder),
  // the contactpersoon, the gedragswetenschapper of an open consult, the behandelaar of an open aanvraag, aanbieders
  // delivering under a toewijzing, and recorded professionals. One line per person ("wie"), and per organisation
  // ("org"): the gemeente once, each aanbieder, a professional's organisation by name (or on their own).
  const betrokkenen = db.$queryRaw<{ soort: 'P' | 'O'; n: number; huishoudens: number }[]>`
    WITH ${c},
    huishoudens AS (SELECT DISTINCT c."huishoudenId" AS id FROM c WHERE c.fase <> 'AFGESLOTEN'),
    betrokken AS (
      SELECT r."huishoudenId" AS huishouden,
             CASE WHEN r."regisseurId" IS NOT NULL THEN 'user:' || r."regisseurId" ELSE 'aanbieder:' || r."aanbiederId" END AS wie,
             CASE WHEN r."regisseurId" IS NOT NULL THEN 'gemeente' ELSE 'aanbieder:' || r."aanbiederId" END AS org
      FROM "RegieToewijzing" r JOIN huishoudens ON huishoudens.id = r."huishoudenId"
      WHERE r.tot IS NULL AND (r."regisseurId" IS NOT NULL OR r."aanbiederId" IS NOT NULL)
      UNION ALL
      SELECT c."huishoudenId", 'user:' || COALESCE(c."contactpersoonId", c."intakeDoorId"), 'gemeente'
      FROM c WHERE c.fase <> 'AFGESLOTEN' AND COALESCE(c."contactpersoonId", c."intakeDoorId") IS NOT NULL
      UNION ALL
      SELECT k."huishoudenId", 'user:' || k."gedragswetenschapperId", 'gemeente'
      FROM "Consult" k JOIN huishoudens ON huishoudens.id = k."huishoudenId"
      WHERE k.status <> 'AFGEROND' AND k."gedragswetenschapperId" IS NOT NULL
      UNION ALL
      SELECT a."huishoudenId", 'user:' || a."behandelaarId", 'gemeente'
      FROM "Aanvraag" a JOIN huishoudens ON huishoudens.id = a."huishoudenId"
      WHERE a.status IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT') AND a."behandelaarId" IS NOT NULL
      UNION ALL
      SELECT bs."huishoudenId", 'aanbieder:' || t."aanbiederId", 'aanbieder:' || t."aanbiederId"
      FROM "Toewijzing" t JOIN "BeschiktProduct" bp ON bp.id = t."beschiktProductId" JOIN "Beschikking" bs ON bs.id = bp."beschikkingId"
      JOIN huishoudens ON huishoudens.id = bs."huishoudenId"
      WHERE t.status <> 'INGETROKKEN' AND (t.einddatum IS NULL OR t.einddatum >= ${vandaag}::date)
      UNION ALL
      SELECT b."huishoudenId", 'betrokkene:' || b.id, COALESCE('org:' || NULLIF(lower(btrim(b.organisatie)), ''), 'betrokkene:' || b.id)
      FROM "Betrokkene" b JOIN huishoudens ON huishoudens.id = b."huishoudenId"
      WHERE b.tot IS NULL OR b.tot >= ${vandaag}::date
    ),
    n AS (
      SELECT huishoudens.id, count(DISTINCT betrokken.wie)::int AS prof, count(DISTINCT betrokken.org)::int AS org
      FROM huishoudens LEFT JOIN betrokken ON betrokken.huishouden = huishoudens.id
      GROUP BY huishoudens.id
    )
    SELECT 'P' AS soort, prof AS n, count(*)::int AS huishoudens FROM n GROUP BY prof
    UNION ALL
    SELECT 'O', org, count(*)::int FROM n GROUP BY org`;

  const [d, t, cp, ct, tr, rg, ar, bt] = await Promise.all([doorloop, termijnen, caseloadProfessional, caseloadTeam, triage, regie, arrangementen, betrokkenen]);
  const buckets = new Map(BETROKKENEN_BUCKETS.map((b) => [b, { bucket: b as string, huishoudensProfessionals: 0, huishoudensOrganisaties: 0 }]));
  for (const row of bt) {
    const b = buckets.get(betrokkenenBucket(row.n))!;
    if (row.soort === 'P') b.huishoudensProfessionals += row.huishoudens;
    else b.huishoudensOrganisaties += row.huishoudens;
  }
  return {
    doorlooptijden: d
      .map((r) => ({ fase: r.fase, aantal: r.aantal, mediaanDagen: r.mediaan, p90Dagen: r.p90 }))
      .sort((a, b) => FASE_VOLGORDE.indexOf(a.fase) - FASE_VOLGORDE.indexOf(b.fase)),
    termijnen: t,
    caseloadProfessional: cp,
    caseloadTeam: ct,
    triagePerWijk: tr,
    regie: rg[0] ?? { casusregie: 0, procesregie: 0 },
    arrangementen: ar[0] ?? { plannen: 0, gecombineerd: 0, alleenFormeel: 0, alleenInformeel: 0 },
    betrokkenenPerHuishouden: [...buckets.values()],
  };
}

/** The choices of the filter form: one statement on node-postgres (issue 23: two Prisma reads on every view). */
export async function getRapportageKeuzes(actor: Actor) {
  assertPermission(actor, 'rapportage:read');
  const [keuzes] = await leesSql<{ wijken: { id: string; naam: string }[]; teams: { id: string; naam: string }[] }>(Prisma.sql`
    SELECT ${jsonRijen(Prisma.sql`SELECT w."id", w."naam" FROM "Wijk" w WHERE w."gemeenteId" = ${actor.gemeenteId}::uuid ORDER BY w."naam" ASC`)} AS "wijken",
           ${jsonRijen(Prisma.sql`SELECT t."id", t."naam" FROM "Team" t WHERE t."gemeenteId" = ${actor.gemeenteId}::uuid ORDER BY t."naam" ASC`)} AS "teams"`);
  return keuzes;
}
