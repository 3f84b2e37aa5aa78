// The Prisma client over node-postgres (driver adapter, no engine binary). One per process; Next's dev server
// reloads modules, so the instance is kept on globalThis.
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

// No connection is made until the first query, so `next build` can load modules without a database.
export function createPrisma(connectionString = env().DATABASE_URL, pool?: pg.Pool): PrismaClient {
  const adapter = new PrismaPg(pool ?? { connectionString, max: env().DB_POOL_MAX });
  // A busy two-core machine can take more than Prisma's default 2 s to hand out a connection for a transaction;
  // waiting a little longer is better than failing the user's save.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

const globalForPrisma = globalThis as unknown as { wijkregiePrisma?: PrismaClient; wijkregiePool?: pg.Pool; wijkregieBewaarPool?: pg.Pool };

/**
 * The pool of connections shared by Prisma (its driver adapter) and `leesSql` (the kept plans have their own, below);
 * idle, it lets a script exit.
 */
const pool: pg.Pool = globalForPrisma.wijkregiePool ?? new pg.Pool({ connectionString: env().DATABASE_URL, max: env().DB_POOL_MAX, allowExitOnIdle: true });
export const prisma: PrismaClient = globalForPrisma.wijkregiePrisma ?? createPrisma(env().DATABASE_URL, pool);
// A connection that breaks while idle (the database restarts) is dropped by the pool and reported here; without a
// listener node-postgres would throw it as an uncaught error and stop the server. The next query opens a new one.
const meldVerbroken = (error: Error) => console.error(`Databaseverbinding verbroken: ${error.message}`);
if (!globalForPrisma.wijkregiePool) pool.on('error', meldVerbroken);
if (env().NODE_ENV !== 'production') {
  globalForPrisma.wijkregiePrisma = prisma;
  globalForPrisma.wijkregiePool = pool;
}

// What PostgreSQL sends as text, read as Prisma's $queryRaw reads it: a date is a calendar day (UTC midnight,
// lib/domain/dates.ts), a timestamp is stored in UTC without a zone, int8 is a bigint, numeric a Decimal.
const fromDate = (value: string) => new Date(`${value}T00:00:00Z`);
const fromTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const TEXT_ARRAY = 1009 as Parameters<typeof pg.types.getTypeParser>[0]; // text[]: pg's parser splits any array literal into its elements' text
const textArray = pg.types.getTypeParser(TEXT_ARRAY) as (value: string) => (string | null)[];
const arrayOf = <T>(parse: (value: string) => T) => (value: string) => textArray(value).map((v) => (v === null ? null : parse(v)));
const PARSERS: Record<number, (value: string) => unknown> = {
  20: (v) => BigInt(v), 1016: arrayOf((v) => BigInt(v)),
  1700: (v) => new Prisma.Decimal(v), 1231: arrayOf((v) => new Prisma.Decimal(v)),
  1082: fromDate, 1182: arrayOf(fromDate),
  1114: fromTimestamp, 1115: arrayOf(fromTimestamp),
};
const types = { getTypeParser: (oid: number, format?: 'text' | 'binary') => PARSERS[oid] ?? pg.types.getTypeParser(oid, format) } as pg.CustomTypesConfig;
/** A parameter as Prisma's driver adapter sends it: a moment as its UTC time without a zone. */
const asParameter = (value: unknown): unknown =>
  value instanceof Date ? value.toISOString().replace('T', ' ').replace('Z', '') : Array.isArray(value) ? value.map(asParameter) : value;

/**
 * A hand-written read straight on node-postgres, outside a transaction: the same SQL and the same values as
 * `prisma.$queryRaw`, without Prisma's engine in between (issue 23). On this machine a $queryRaw cost 0.32 ms of
 * server CPU and a findUnique 0.73 ms, against 0.08 ms for the statement on node-postgres; a page of ten statements
 * spent more on that than on rendering. Use it for the reads of pages; writes and transactions stay with Prisma.
 */
export async function leesSql<T>(query: Prisma.Sql, options: { plan?: 'bewaren' } = {}): Promise<T[]> {
  return (await (options.plan === 'bewaren' ? opPool(query, statementName(query.text), bewaarPool()) : opPool(query))).rows as T[];
}

/**
 * `leesSql(query, { plan: 'bewaren' })`: the statement as a named prepared statement, one per text, kept by each
 * connection of a pool of its own, which plans it once per connection with the parameters unknown (a generic plan,
 * `plan_cache_mode = force_generic_plan`) and reuses that plan on every later call. For a long statement whose planning
 * costs more than its execution (issue 23, at 100,000 households): the casusverdeling's planned in 4.6 ms and ran in
 * 4.8 ms, 11 ms per view from the client against 4 ms kept; Mijn werkvoorraad's 8 ms against 2.4 ms. Left to its
 * default, PostgreSQL kept planning the casusverdeling's anew on every call, because its estimate of the generic plan
 * was dearer. Only for a text that does not vary per call beyond its parameters, and whose plan does not depend on the
 * parameters' values: tests/integration/query-plans.test.ts checks the generic plan of every such statement as well.
 *
 * A pool of its own, so that the setting touches nothing else: on the shared pool it would also fix the plans of the
 * PL/pgSQL triggers that Prisma's writes fire. It opens up to half of DB_POOL_MAX connections, only when used.
 */
const bewaarPool = (): pg.Pool =>
  (globalForPrisma.wijkregieBewaarPool ??= new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: Math.max(1, Math.ceil(env().DB_POOL_MAX / 2)),
    allowExitOnIdle: true,
    options: '-c plan_cache_mode=force_generic_plan',
  }).on('error', meldVerbroken));

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `lees_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`));
  return name;
}

/** One statement that writes, outside a transaction, on node-postgres as `leesSql` (the access-log row of a read). */
export async function voerSqlUit(query: Prisma.Sql): Promise<number> {
  return (await opPool(query)).rowCount ?? 0;
}

/** A `Prisma.sql` statement on the pool, with the parameters and result types of Prisma's driver adapter. */
const opPool = (query: Prisma.Sql, name?: string, op: pg.Pool = pool) => op.query({ name, text: query.text, values: query.values.map(asParameter), types });
