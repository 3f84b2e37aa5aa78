// The benchmark's database: its own embedded PostgreSQL under bench/.work/ (git-ignored) on its own port, migrated
// and filled with the dataset of bench/dataset/generate-dataset.ts. Used by scripts/bench.ts; also a command of its own:
//
//   npx tsx bench/generate.ts [--households 100000] [--reuse] [--port 54450]
//
// --reuse keeps a dataset of the same size made by the same generator version (bench/.work/dataset.json says which).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from '@/lib/embedded-postgres';
import { migrateDeploy } from '@/lib/migrate';
import { generateDataset, type GenerateResult } from './dataset/generate-dataset';
import { profile } from './dataset/writer';

export const BENCH_DIR = path.resolve(__dirname);
export const WORK_DIR = path.join(BENCH_DIR, '.work');
/** The full dataset's database; `npm run bench:ci` keeps its small one apart, so that it never replaces a large one. */
export const DATABASE = 'wijkregie_bench';
/** Raise when the dataset's shape changes, so that --reuse does not keep an old one. */
export const GENERATOR_VERSION = 3;

/**
 * The bench's own PostgreSQL only: room for the bulk load's WAL (a large dataset writes many gigabytes of it; with the
 * default 1 GB between checkpoints every page would be written to the WAL in full again after each checkpoint). No
 * effect on durability of a commit or on what the app measures; the generator's own connections also commit without
 * waiting for the WAL flush (synchronous_commit=off, bench/dataset/generate-dataset.ts), the app's do not.
 */
export const BENCH_PG_SETTINGS = ['wal_buffers=64MB', 'max_wal_size=8GB', 'min_wal_size=1GB', 'checkpoint_timeout=30min', 'checkpoint_completion_target=0.9'];

export type DatasetInfo = {
  households: number;
  requested: number;
  generatorVersion: number;
  generatedAt: string;
  migrations: string[];
  /** Migrations applied to the dataset after it was generated (--reuse), with when and how long it took. */
  migratedAfter?: { name: string; at: string; seconds: number }[];
  result: Pick<GenerateResult, 'seconds' | 'counts' | 'wijken' | 'teams' | 'coaches'> | null;
};

export type BenchDatabase = { url: string; info: DatasetInfo; reused: boolean; stop: () => Promise<void> };

const infoFile = (database: string) => path.join(WORK_DIR, database === DATABASE ? 'dataset.json' : `dataset-${database}.json`);

function migrations(): string[] {
  const dir = path.resolve(BENCH_DIR, '..', 'prisma/migrations');
  return readdirSync(dir).filter((d) => /^\d/.test(d)).sort();
}

function readInfo(database: string): DatasetInfo | null {
  try {
    return JSON.parse(readFileSync(infoFile(database), 'utf8')) as DatasetInfo;
  } catch {
    return null;
  }
}

/** Starts the bench PostgreSQL and makes sure it holds a dataset of `households` households. */
export async function prepareBenchDatabase(options: { households: number; reuse: boolean; port: number; database?: string; log?: (line: string) => void }): Promise<BenchDatabase> {
  const log = options.log ?? console.log;
  mkdirSync(WORK_DIR, { recursive: true });
  const server = await startEmbeddedPostgres({ dataDir: path.join(WORK_DIR, 'pg'), port: options.port, settings: BENCH_PG_SETTINGS });
  try {
    const database = options.database ?? DATABASE;
    const url = server.url(database);
    const previous = readInfo(database);
    const wanted = migrations();
    const sameDataset = !!previous && previous.requested === options.households && previous.generatorVersion === GENERATOR_VERSION;
    // Migrations added since the dataset was made are applied to it, as they would be to a gemeente's database (a
    // million households take half an hour to generate); a migration that is gone or renamed makes a new dataset.
    const added = sameDataset && previous.migrations.every((m, i) => wanted[i] === m) ? wanted.slice(previous.migrations.length) : null;
    if (options.reuse && previous && sameDataset && added && (await countHouseholds(url)) === previous.households) {
      if (added.length) {
        log(`› Dataset bijwerken met ${added.length} nieuwe migratie(s): ${added.join(', ')}`);
        const started = performance.now();
        migrateDeploy(url);
        await vacuumAnalyze(url);
        previous.migrations = wanted;
        previous.migratedAfter = [...(previous.migratedAfter ?? []), ...added.map((name) => ({ name, at: new Date().toISOString(), seconds: (performance.now() - started) / 1000 }))];
        writeFileSync(infoFile(database), `${JSON.stringify(previous, null, 2)}\n`);
      }
      log(`› Dataset hergebruikt: ${previous.households.toLocaleString('nl-NL')} huishoudens van ${previous.generatedAt}`);
      return { url, info: previous, reused: true, stop: server.stop };
    }
    if (existsSync(infoFile(database))) writeFileSync(infoFile(database), '{}');
    await dropDatabase(server.url('postgres'), database);
    await ensureDatabase(server.url('postgres'), database);
    migrateDeploy(url);
    log(`› Dataset maken: ${options.households.toLocaleString('nl-NL')} huishoudens`);
    const result = await generateDataset({ databaseUrl: url, households: options.households, log: (line) => log(`  ${line}`) });
    const info: DatasetInfo = {
      households: result.households,
      requested: options.households,
      generatorVersion: GENERATOR_VERSION,
      generatedAt: new Date().toISOString(),
      migrations: wanted,
      result: { seconds: result.seconds, counts: result.counts, wijken: result.wijken, teams: result.teams, coaches: result.coaches },
    };
    writeFileSync(infoFile(database), `${JSON.stringify(info, null, 2)}\n`);
    log(`› Dataset klaar in ${result.seconds.total.toFixed(1)} s (demo ${result.seconds.demo.toFixed(1)} s, bulk ${result.seconds.bulk.toFixed(1)} s, berichtenverkeer ${(result.seconds.berichten ?? 0).toFixed(1)} s, vacuum analyze ${result.seconds.vacuum.toFixed(1)} s)`);
    return { url, info, reused: false, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function vacuumAnalyze(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

async function countHouseholds(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return Number((await client.query('SELECT count(*) FROM "Huishouden"')).rows[0].count);
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => {});
  }
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const prefixed = args.find((a) => a.startsWith(`${name}=`));
  return prefixed?.slice(name.length + 1);
}

async function main() {
  const args = process.argv.slice(2);
  const households = Number(argValue(args, '--households') ?? 100_000);
  if (!Number.isInteger(households) || households < 20 || households > 1_000_000) throw new Error('--households: a whole number from 20 to 1,000,000');
  const db = await prepareBenchDatabase({ households, reuse: args.includes('--reuse'), port: Number(argValue(args, '--port') ?? process.env.BENCH_PG_PORT ?? 54450) });
  await db.stop();
  console.log(JSON.stringify(db.info.result?.counts ?? {}, null, 0));
  if (profile) console.log([...profile].sort((a, b) => b[1] - a[1]).map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)} s`).join(', '));
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
