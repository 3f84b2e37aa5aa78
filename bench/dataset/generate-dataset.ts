// The benchmark's dataset: the demo gemeente (organisation, catalogue, sociale kaart, demo accounts and the demo's
// own 300 households, exactly as prisma/seed.ts composes them) grown to a city of N households. The bulk reuses the
// demo's own builders (prisma/seed/households.ts and route.ts), so every household, casus, plan, beschikking and
// toewijzing has the shape and dates the demo has, and every invariant of the database holds; the generator only
// points the builders at the city's wijken, teams and staff, numbers everything in one series, adds the access log,
// and writes in batches of a few thousand households with INSERT … SELECT FROM unnest (bench/dataset/writer.ts).
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { formatNummer, NUMMER_SOORTEN, type NummerSoort } from '@/lib/domain/nummering';
import type { Rol } from '@/lib/generated/prisma/enums';
import { buildCatalogue } from '@/prisma/seed/catalogue';
import type { World } from '@/prisma/seed/casus-builder';
import { Clock } from '@/prisma/seed/clock';
import { HouseholdFactory, type HuishoudenRef } from '@/prisma/seed/households';
import { buildOrganisation, DEMO_PASSWORD, type Organisation, type StaffKey } from '@/prisma/seed/organisation';
import { Rng } from '@/prisma/seed/random';
import { buildRoute, STAGE_WEIGHTS } from '@/prisma/seed/route';
import { emptyRows, type Rows } from '@/prisma/seed/rows';
import { buildSocialeKaart } from '@/prisma/seed/sociale-kaart';
import { type BenchOrganisation, type BenchWijk, type Coach, extendOrganisation, nextAddress, ROUTE_SHARE } from './organisation';
import { insertAll, readCatalog } from './writer';
import { createPrisma } from '@/lib/db';
import { seedBerichten } from '@/prisma/seed/berichten';
import { DEMO_PARTNERS } from '@/prisma/seed/partners';
import type { SeedDb } from '@/prisma/seed/rows';

/** A refused toewijzingbericht in so many (a GGk sees a few percent refused, mostly for address and contact data). */
const BERICHTEN_AFGEKEURD_ELKE = 40;

/** prisma/seed.ts SEED: the demo part is the same demo as `npm run db:seed` gives (ids differ). */
const DEMO_SEED = 20_140_078;
/** The bulk's own stream. */
const BENCH_SEED = 20_261_122;
/** Demo households, as in the seed (fewer for a tiny dataset). */
const DEMO_HOUSEHOLDS = 300;
/** Households per batch: built in memory, then written in one transaction. */
export const CHUNK_HOUSEHOLDS = 2_000;
/** Test BSNs of the bulk start here (the demo's start at 100,000; lib/domain/bsn.ts allows up to 9,000,000). */
const BULK_BSN_SEED = 1_000_000;

/**
 * The demo's spread over the route per 275 households with a route, plus the closed casussen a city accumulates: of
 * all households that ever had a casus most are done (DOMAIN.md §7: Den Helder had about 7,500 care questions a year on
 * 27,000 households; most are answered with information and advice or short help).
 */
const BULK_STAGE_WEIGHTS = { ...STAGE_WEIGHTS, AFGESLOTEN: 300 };

export type GenerateOptions = {
  databaseUrl: string;
  /** Households in all, demo included. */
  households: number;
  today?: Date;
  /**
   * Wijken in the city (default: one per HUISHOUDENS_PER_WIJK households, at least the demo's four). A smaller dataset
   * with the wijken of a large city keeps a team's share of the city, and so the planner's choices, as they are at
   * full size.
   */
  wijken?: number;
  /** Batches written at the same time (two: one per core of a small machine). */
  writers?: number;
  log?: (line: string) => void;
};

export type GenerateResult = {
  gemeenteId: string;
  households: number;
  counts: Record<string, number>;
  seconds: { demo: number; bulk: number; berichten?: number; vacuum: number; total: number };
  wijken: number;
  teams: number;
  coaches: number;
};

const ROL_VAN_DEMO: Record<StaffKey, Rol> = {
  frontoffice: 'FRONTOFFICE', wijkcoach: 'WIJKCOACH', teamlead: 'TEAMLEAD', backoffice: 'BACKOFFICE', backoffice2: 'BACKOFFICE',
  gedrag: 'GEDRAGSWETENSCHAPPER', beheer: 'BEHEERDER', beleid: 'BELEID', privacy: 'PRIVACY', teamleadZuid: 'TEAMLEAD',
  procesregisseur: 'WIJKCOACH', wijkcoachParttime: 'WIJKCOACH', wijkcoachAfwezig: 'WIJKCOACH', wijkcoachZuid: 'WIJKCOACH',
};

const seconds = (since: number) => (performance.now() - since) / 1000;
/**
 * The generator's own memory, for the progress lines (issue 23: memory within the machine at a million). Run with
 * `node --expose-gc --import tsx bench/generate.ts …` and the heap is what is live, collected first.
 */
const memoryMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return `rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB`;
};

/** Writes the dataset into an empty, migrated database. */
export async function generateDataset(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const clock = new Clock(options.today ?? new Date());
  const demoCount = Math.min(DEMO_HOUSEHOLDS, Math.floor(options.households / 2));

  // ── 1. The demo, composed as prisma/seed.ts seedDemo composes it ──
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const demoRng = new Rng(DEMO_SEED);
  const demoRows = emptyRows();
  const demo = buildOrganisation(demoRows, clock, passwordHash);
  const cat = buildCatalogue(demoRows, demo.gemeenteId, clock, demoRng.fork('catalogue'));
  const kaart = buildSocialeKaart(demoRows, demo);
  const demoWorld: World = { rows: demoRows, org: demo, cat, kaart, clock, numbering: emptyNumbering() };
  const demoFactory = new HouseholdFactory(demoRows, demo, clock, demoRng.fork('households'));
  buildRoute(demoWorld, demoRng.fork('route'), demoFactory, demoFactory.buildAll(demoCount));
  // The generator's own sessions commit without waiting for the WAL flush: a crash mid-way leaves a dataset that
  // dataset.json does not vouch for (it is written after the last commit), so nothing is lost that counts.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: Math.max(1, options.writers ?? 2) + 1, options: '-c synchronous_commit=off -c maintenance_work_mem=256MB' });
  // An idle connection closed by the server (a restart, a shutdown right after) is no error of ours.
  pool.on('error', () => {});
  try {
    const catalog = await withClient(pool, async (client) => {
      if (Number((await client.query('SELECT count(*) FROM "Gemeente"')).rows[0].count) > 0) {
        throw new Error('The database is not empty: the benchmark generates into an empty, migrated database.');
      }
      return readCatalog(client);
    });
    await inTransaction(pool, (client) => insertAll(client, catalog, demoRows));
    const demoSeconds = seconds(started);
    log(`demo: ${demoRows.huishouden.length} huishoudens in ${demoSeconds.toFixed(1)} s`);

    // ── 2. The city's wijken, teams and staff ──
    const bulkStarted = performance.now();
    const rng = new Rng(BENCH_SEED);
    const demoLoads = openRegieLoads(demoRows);
    const bulkHouseholds = Math.max(0, options.households - demoRows.huishouden.length);
    const { org, rows: orgRows } = extendOrganisation(demo, { households: options.households, wijken: options.wijken, clock, rng: rng.fork('organisation'), demoLoads });
    await inTransaction(pool, (client) => insertAll(client, catalog, orgRows));

    // ── 3. The households, a batch at a time, two batches in flight ──
    const counters = Object.fromEntries(NUMMER_SOORTEN.map((s) => [s, 0])) as Record<NummerSoort, number>;
    for (const n of demoRows.nummering) counters[n.soort as NummerSoort] = n.laatste ?? 0;
    const roles = rolesOf(demo, orgRows);
    const counts: Record<string, number> = {};
    const add = (c: Record<string, number>) => { for (const [k, v] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + v; };
    add(Object.fromEntries(Object.entries(demoRows).map(([k, v]) => [k, (v as unknown[]).length])));
    add(Object.fromEntries(Object.entries(orgRows).map(([k, v]) => [k, (v as unknown[]).length])));

    const state = { bsnSeed: BULK_BSN_SEED, batch: 0 };
    const inFlight = new Set<Promise<void>>();
    const writers = Math.max(1, options.writers ?? 2);
    let failure: unknown = null;
    let written = 0;
    let buildSeconds = 0;
    const perWijk = splitEvenly(bulkHouseholds, org.wijken.length);
    for (let w = 0; w < org.wijken.length; w++) {
      for (const size of splitEvenly(perWijk[w], Math.ceil(perWijk[w] / CHUNK_HOUSEHOLDS))) {
        if (size === 0) continue;
        const built = performance.now();
        const rows = buildBatch({ org, cat, kaart, clock, rng: rng.fork(`batch-${state.batch++}`), wijk: org.wijken[w], size, state, counters, roles });
        buildSeconds += seconds(built);
        while (inFlight.size >= writers) await Promise.race(inFlight);
        if (failure) throw failure;
        const job: Promise<void> = inTransaction(pool, async (client) => add(await insertAll(client, catalog, rows)))
          .then(() => {
            written += size;
            if (state.batch % 10 === 0) log(`  ${written.toLocaleString('nl-NL')} van ${bulkHouseholds.toLocaleString('nl-NL')} huishoudens (${seconds(bulkStarted).toFixed(0)} s, ${memoryMb()})`);
          })
          .catch((error) => { failure = failure ?? error; })
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
    }
    await Promise.all(inFlight);
    if (failure) throw failure;

    await withClient(pool, async (client) => {
      for (const soort of NUMMER_SOORTEN) {
        await client.query(
          `INSERT INTO "Nummering" ("gemeenteId", soort, laatste) VALUES ($1, $2, $3)
           ON CONFLICT ("gemeenteId", soort) DO UPDATE SET laatste = EXCLUDED.laatste`,
          [demo.gemeenteId, soort, counters[soort]],
        );
      }
    });
    const bulkSeconds = seconds(bulkStarted);
    log(`bulk: ${bulkHouseholds.toLocaleString('nl-NL')} huishoudens in ${bulkSeconds.toFixed(1)} s (${buildSeconds.toFixed(1)} s of it building rows in memory)`);

    // ── 3b. The berichtenverkeer of the whole city, as the demo seed makes it (prisma/seed/berichten.ts): a WMO301/JW301
    // per client and aanbieder for every sent toewijzing, their retours (one in BERICHTEN_AFGEKEURD_ELKE refused),
    // start and stop of care, a verzoek, and last month's declaratie of every aanbieder, answered with a 325 ──
    const berichtenStarted = performance.now();
    const db = createPrisma(options.databaseUrl);
    try {
      counts.bericht = await db.$transaction((tx) => seedBerichten(tx as unknown as SeedDb, demo.gemeenteId, clock.today, { afgekeurdElke: BERICHTEN_AFGEKEURD_ELKE, declaratiePerAanbieder: true }), { timeout: 60 * 60_000, maxWait: 60_000 });
    } finally {
      await db.$disconnect();
    }
    const berichtenSeconds = seconds(berichtenStarted);
    log(`berichtenverkeer: ${counts.bericht.toLocaleString('nl-NL')} toewijzingberichten met retouren, starts, stops en declaraties in ${berichtenSeconds.toFixed(1)} s (${memoryMb()})`);

    // ── 3c. The ketenpartner the bench signs in as (issue 22): the demo's aanbieder partner, for the aanbieder with the
    // most running toewijzingen of the whole city, and its planner. Its households are those toewijzingen' (their
    // legal ground and involvement); the demo's plan actions for partners stay out: a vastgesteld plan version takes
    // parts only in the transaction that made it, and the bench made those in the batches above ──
    counts.partnerOrganisatie = await withClient(pool, async (client) => {
      const { rows: [org] } = await client.query<{ id: string }>(`
        WITH aanbieder AS (
          SELECT t."aanbiederId" AS id FROM "Toewijzing" t
          WHERE t."gemeenteId" = $1 AND t.status <> 'INGETROKKEN' AND (t.einddatum IS NULL OR t.einddatum >= $2::date)
          GROUP BY t."aanbiederId" ORDER BY count(*) DESC, t."aanbiederId" LIMIT 1)
        INSERT INTO "PartnerOrganisatie" (id, "gemeenteId", soort, naam, "kvkNummer", "aanbiederId")
        SELECT gen_random_uuid(), $1, 'AANBIEDER', a.naam, $3, a.id FROM aanbieder JOIN "Aanbieder" a ON a.id = aanbieder.id
        RETURNING id`, [demo.gemeenteId, clock.today, DEMO_PARTNERS.aanbieder.kvk]);
      if (!org) return 0;
      await client.query(`
        INSERT INTO "PartnerGebruiker" (id, "gemeenteId", "organisatieId", naam, email, coordinator)
        VALUES (gen_random_uuid(), $1, $2, $3, $4, true)`, [demo.gemeenteId, org.id, DEMO_PARTNERS.aanbieder.naam, DEMO_PARTNERS.aanbieder.email]);
      return 1;
    });

    // ── 4. What autovacuum would do later, now: statistics for the planner and a visibility map for index-only scans ──
    const vacuumStarted = performance.now();
    // Table by table over the writers' connections, largest first, so that both cores work.
    const tables = await withClient(pool, async (client) => (await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`)).rows.map((r) => r.name));
    await Promise.all(Array.from({ length: writers }, () => withClient(pool, async (client) => {
      for (let table = tables.shift(); table; table = tables.shift()) await client.query(`VACUUM (ANALYZE) "${table}"`);
    })));
    const vacuumSeconds = seconds(vacuumStarted);
    log(`vacuum analyze: ${vacuumSeconds.toFixed(1)} s`);

    const huishoudens = await withClient(pool, async (c) => Number((await c.query('SELECT count(*) FROM "Huishouden"')).rows[0].count));
    return {
      gemeenteId: demo.gemeenteId,
      households: huishoudens,
      counts,
      seconds: { demo: demoSeconds, bulk: bulkSeconds, berichten: berichtenSeconds, vacuum: vacuumSeconds, total: seconds(started) },
      wijken: org.wijken.length,
      teams: org.teams.length,
      coaches: org.teams.reduce((sum, t) => sum + t.coaches.length, 0),
    };
  } finally {
    await pool.end();
  }
}

function emptyNumbering(): World['numbering'] {
  return { melding: [], casus: [], aanvraag: [], beschikking: [], toewijzing: [] };
}

async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/** n split into k parts that differ by at most one. */
export function splitEvenly(n: number, k: number): number[] {
  if (k <= 0) return [];
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** Households in current regie per regisseur (open casussen), as the casusverdeling counts them. */
function openRegieLoads(rows: Rows): Map<string, number> {
  const open = new Set(rows.casus.filter((c) => c.fase !== 'AFGESLOTEN').map((c) => c.id));
  const loads = new Map<string, number>();
  for (const r of rows.regieToewijzing) {
    if (r.tot || !r.regisseurId || !open.has(r.casusId)) continue;
    loads.set(r.regisseurId, (loads.get(r.regisseurId) ?? 0) + 1);
  }
  return loads;
}

function rolesOf(demo: Organisation, orgRows: Rows): Map<string, Rol> {
  const roles = new Map<string, Rol>();
  for (const [key, u] of Object.entries(demo.users)) roles.set(u.id, ROL_VAN_DEMO[key as StaffKey]);
  for (const u of orgRows.user) roles.set(u.id!, (u.rollen as Rol[])[0]);
  return roles;
}

type BatchContext = {
  org: BenchOrganisation;
  cat: World['cat'];
  kaart: World['kaart'];
  clock: Clock;
  rng: Rng;
  wijk: BenchWijk;
  size: number;
  state: { bsnSeed: number };
  counters: Record<NummerSoort, number>;
  roles: Map<string, Rol>;
};

/**
 * One batch: `size` households in one wijk, ROUTE_SHARE of them with a route. The demo's builders think in the
 * demo's four wijken, two teams and fourteen staff; here every wijk code points at this wijk, both teams at its team,
 * and each staff role at a colleague of this city: the wijkcoaches with the lightest caseload (so that caseloads even
 * out over the batches), a front office and backoffice colleague, a gedragswetenschapper, the team's lead.
 */
function buildBatch(ctx: BatchContext): Rows {
  const { org, clock, rng, wijk } = ctx;
  const rows = emptyRows();
  const team = wijk.team;
  const pick = (ids: string[]) => ids[rng.int(0, ids.length - 1)];
  const byLoad = team.coaches.filter((c) => !c.afwezig).sort((a, b) => a.load / a.beschikbaarheid - b.load / b.beschikbaarheid);
  const take = (accept: (c: Coach) => boolean, not: Coach[]) =>
    byLoad.find((c) => accept(c) && !not.includes(c)) ?? byLoad.find((c) => !not.includes(c)) ?? byLoad[0];
  // Roles in order of the caseload route.ts gives them (wijkcoach the most, then the two of Zuid, then the rest).
  const a = take(() => true, []);
  const d = take(() => true, [a]);
  const e = take(() => true, [a, d]);
  const b = take((c) => c.procesregie, [a]);
  const c = take(() => true, [b]); // beside a procesregisseur the casusregisseur is someone else
  const backoffice = rng.sample(org.backoffice, 2);
  const users: Organisation['users'] = {
    ...org.demo.users,
    frontoffice: { id: pick(org.frontoffice), naam: '' },
    backoffice: { id: backoffice[0], naam: '' },
    backoffice2: { id: backoffice[1] ?? backoffice[0], naam: '' },
    gedrag: { id: pick(org.gedrag), naam: '' },
    teamlead: { id: team.leadId, naam: '' },
    teamleadZuid: { id: team.leadId, naam: '' },
    wijkcoach: a, procesregisseur: b, wijkcoachParttime: c, wijkcoachZuid: d, wijkcoachAfwezig: e,
  };
  const local: Organisation = {
    ...org.demo,
    wijkIds: { CEN: wijk.id, NDH: wijk.id, SCH: wijk.id, JUL: wijk.id },
    teamIds: { ...org.demo.teamIds, noord: team.id, zuid: team.id },
    users,
    planMandaat: org.planMandaat,
  };
  const world: World = { rows, org: local, cat: ctx.cat, kaart: ctx.kaart, clock, numbering: emptyNumbering() };

  // The demo's household factory with the city's addresses and its own range of test BSNs.
  const factory = new HouseholdFactory(rows, local, clock, rng.fork('households'));
  const internals = factory as unknown as { bsnSeed: number; adres: (code: string) => ReturnType<typeof nextAddress> };
  internals.bsnSeed = ctx.state.bsnSeed;
  internals.adres = () => nextAddress(wijk);
  const households = factory.buildAll(ctx.size);
  const route = households.slice(0, Math.round(ctx.size * ROUTE_SHARE));
  withStageWeights(() => buildRoute(world, rng.fork('route'), factory, route));
  ctx.state.bsnSeed = internals.bsnSeed;
  for (const h of rows.huishouden) h.woonplaats = wijk.demo === 'JUL' ? 'Julianadorp' : 'Den Helder';

  renumber(world, ctx.counters);
  rows.nummering = [];
  rows.auditEntry = accessLog(rows, households, ctx);

  // Caseloads after this batch, for the choice of regisseurs in the next.
  const open = new Set(rows.casus.filter((x) => x.fase !== 'AFGESLOTEN').map((x) => x.id));
  for (const r of rows.regieToewijzing) {
    if (r.tot || !r.regisseurId || !open.has(r.casusId)) continue;
    const coach = team.coaches.find((x) => x.id === r.regisseurId);
    if (coach) coach.load++;
  }
  return rows;
}

function withStageWeights<T>(work: () => T): T {
  // route.ts spreads the households with the exported STAGE_WEIGHTS; the bulk wants more closed casussen.
  const saved = { ...STAGE_WEIGHTS };
  Object.assign(STAGE_WEIGHTS, BULK_STAGE_WEIGHTS);
  try {
    return work();
  } finally {
    Object.assign(STAGE_WEIGHTS, saved);
  }
}

/** One series per kind over the whole city, continuing the demo's, in the order of events within a batch. */
function renumber(world: World, counters: Record<NummerSoort, number>) {
  const n = world.numbering;
  const inOrder = <T extends { op: Date }>(items: T[]) => [...items].sort((x, y) => x.op.getTime() - y.op.getTime());
  for (const x of inOrder(n.melding)) x.row.kenmerk = formatNummer('melding', ++counters.melding, x.op);
  for (const x of inOrder(n.casus)) x.row.nummer = formatNummer('casus', ++counters.casus, x.op);
  for (const x of inOrder(n.aanvraag)) x.row.nummer = formatNummer('aanvraag', ++counters.aanvraag, x.op);
  for (const x of inOrder(n.beschikking)) x.row.identificatie = formatNummer('beschikking', ++counters.beschikking, x.op);
  for (const x of inOrder(n.toewijzing)) x.row.toewijzingNummer = ++counters.toewijzing;
}

/**
 * The access log (NEN 7513) such a city has: a row for every melding registered, triage, regie assignment and
 * contact, a few dossier reads per open casus by whoever works on it, and searches. Ids only, as the app writes them.
 */
function accessLog(rows: Rows, households: HuishoudenRef[], ctx: BatchContext): Rows['auditEntry'] {
  const { clock, rng, roles } = ctx;
  const g = ctx.org.demo.gemeenteId;
  const now = clock.now.getTime();
  const casusHuishouden = new Map(rows.casus.map((c) => [c.id!, c.huishoudenId]));
  const log: Rows['auditEntry'] = [];
  const entry = (actorId: string | null | undefined, op: Date | string | undefined, actie: string, entiteit: string, entiteitId: string | null | undefined, huishoudenId: string | null | undefined, context: string | null) => {
    const when = op ? new Date(op) : clock.now;
    log.push({
      gemeenteId: g, op: when.getTime() > now ? clock.now : when, actorId: actorId ?? null, actorRol: actorId ? roles.get(actorId) ?? null : null,
      actie, entiteit, entiteitId: entiteitId ?? null, huishoudenId: huishoudenId ?? null, context,
    });
  };
  for (const m of rows.melding) entry(m.geregistreerdDoorId, m.ontvangenOp, 'MELDING_CREATED', 'Melding', m.id, m.huishoudenId, m.huishoudenId ? 'open melding' : null);
  for (const t of rows.triage) entry(t.doorId, t.op, 'TRIAGE_RECORDED', 'Triage', t.id, t.casusId ? casusHuishouden.get(t.casusId) : null, 'open melding');
  for (const r of rows.regieToewijzing) {
    entry(r.toegewezenDoorId, r.vanaf, 'REGIE_ASSIGNED', 'RegieToewijzing', r.id, r.huishoudenId, 'eigen team');
    if (r.regisseurId) entry(r.regisseurId, r.vanaf, 'READ', 'Huishouden', r.huishoudenId, r.huishoudenId, 'regisseur');
  }
  for (const gesprek of rows.gesprek) entry(gesprek.voerderId, gesprek.datum, 'READ', 'Gesprek', gesprek.id, gesprek.huishoudenId, 'eigen team');
  for (const c of rows.contactmoment) entry(c.auteurId, c.datum, 'READ', 'Huishouden', c.huishoudenId, c.huishoudenId, 'regisseur');
  for (const a of rows.aanvraag) if (a.behandelaarId) entry(a.behandelaarId, a.createdAt, 'READ', 'Aanvraag', a.id, a.huishoudenId, 'aanvraag in behandeling');
  // Dossier reads spread over the life of every open casus.
  for (const c of rows.casus) {
    if (c.fase === 'AFGESLOTEN' || !c.contactpersoonId) continue;
    const from = new Date(c.geopendOp ?? clock.now).getTime();
    for (let i = rng.int(2, 5); i > 0; i--) {
      entry(c.contactpersoonId, new Date(from + rng.float() * Math.max(0, now - from)), 'READ', 'Huishouden', c.huishoudenId, c.huishoudenId, 'eigen team');
    }
  }
  // Searches by the team (what was searched is not logged, only the kind and the number of results).
  const searchers = ctx.wijk.team.coaches.map((c) => c.id);
  for (let i = Math.round(households.length * 0.3); i > 0; i--) {
    log.push({
      gemeenteId: g, op: new Date(now - rng.int(0, 365) * 86_400_000 - rng.int(0, 8 * 3600) * 1000), actorId: searchers[rng.int(0, searchers.length - 1)],
      actorRol: 'WIJKCOACH', actie: 'SEARCH', entiteit: 'Huishouden', after: { soort: rng.pick(['BSN', 'NAAM', 'ADRES']), resultaten: rng.int(0, 3), pagina: 1 },
    });
  }
  return log;
}
