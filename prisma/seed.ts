// The demo seed: a fictitious copy of Den Helder (DOMAIN.md §7) with its organisation, catalogue, sociale kaart and
// about 300 households spread over every stage of the route. Deterministic: a seeded PRNG produces the same data
// relative to `today` on every run (ids are fresh uuids). scripts/db.ts calls seedDemo; there is no CLI here.
//
// Modules: seed/organisation (gemeente, wijken, teams, staff), seed/catalogue (products, aanbieders, contracts),
// seed/sociale-kaart (voorzieningen), seed/households (people and addresses), seed/route + seed/casus-builder (the
// casussen), seed/texts and seed/names (invented content), seed/rows (batched inserts), seed/clock, seed/random.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { seedBerichten } from './seed/berichten';
import { seedPartners } from './seed/partners';
import { buildCatalogue } from './seed/catalogue';
import type { World } from './seed/casus-builder';
import { Clock } from './seed/clock';
import { HouseholdFactory } from './seed/households';
import { buildOrganisation, DEMO_PASSWORD } from './seed/organisation';
import { Rng } from './seed/random';
import { buildRoute } from './seed/route';
import { emptyRows, insertRows, type SeedDb } from './seed/rows';
import { buildSocialeKaart } from './seed/sociale-kaart';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/organisation';

/** The demo's PRNG seed. Change it and every name, address and date shifts. */
const SEED = 20_140_078; // Den Helder 2014, 78 questions in the pilot

export interface SeedOptions {
  /** The day the demo is "now"; defaults to the current moment. */
  today?: Date;
  /** Households with a route (default 300); a few more appear for people who moved out of a closed household. */
  households?: number;
}

export interface SeedResult {
  gemeenteId: string;
  /** Rows written per table, plus `stage.<FASE>` (and `stage.NIEUW`) households per stage of the route. */
  counts: Record<string, number>;
}

/** True when the database holds no gemeente yet, i.e. nothing to lose by seeding. */
export async function isEmpty(db: Pick<PrismaClient, 'gemeente'>): Promise<boolean> {
  return (await db.gemeente.count()) === 0;
}

/**
 * Writes the demo into an empty database in one transaction (all or nothing). Throws when the gemeente exists
 * already (gemeentecode is unique): check isEmpty first.
 */
export async function seedDemo(db: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const clock = new Clock(options.today ?? new Date());
  const rng = new Rng(SEED);
  const total = options.households ?? 300;

  // argon2 is slow on purpose: hash the one demo password once and give every account the same hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const rows = emptyRows();
  const org = buildOrganisation(rows, clock, passwordHash);
  const cat = buildCatalogue(rows, org.gemeenteId, clock, rng.fork('catalogue'));
  const kaart = buildSocialeKaart(rows, org);
  const world: World = {
    rows, org, cat, kaart, clock,
    numbering: { melding: [], casus: [], aanvraag: [], beschikking: [], toewijzing: [] },
  };
  const factory = new HouseholdFactory(rows, org, clock, rng.fork('households'));
  const huishoudens = factory.buildAll(total);
  const route = buildRoute(world, rng.fork('route'), factory, huishoudens);

  const counts = await db.$transaction(
    async (tx) => {
      const inserted = await insertRows(tx as SeedDb, rows);
      inserted.bericht = await seedBerichten(tx as SeedDb, org.gemeenteId, clock.today);
      inserted.partnerActie = await seedPartners(tx as SeedDb, org.gemeenteId, clock.today); // issue 22
      return inserted;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  for (const [stage, n] of Object.entries(route.perStage)) counts[`stage.${stage}`] = n;
  counts['huishouden.verhuisd'] = route.verhuisd;
  return { gemeenteId: org.gemeenteId, counts };
}
