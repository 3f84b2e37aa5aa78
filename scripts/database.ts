// The database the app runs on: DATABASE_URL when given, otherwise an embedded PostgreSQL under .data/.
import path from 'node:path';
import pg from 'pg';
import { ROOT } from './support';
import { ensureDatabase, startEmbeddedPostgres } from '../lib/embedded-postgres';
import { migrateDeploy } from '../lib/migrate';
import { env } from '../lib/env';

export async function prepareDatabase(options: { seed: 'if-empty-embedded' | 'always-if-empty' | 'never'; dataDir?: string; port?: number; database?: string }) {
  let embedded = false;
  let stop = async () => {};
  if (!env().DATABASE_URL) {
    embedded = true;
    const port = options.port ?? env().EMBEDDED_PG_PORT;
    const pg = await startEmbeddedPostgres({ dataDir: options.dataDir ?? path.join(ROOT, '.data/pg'), port });
    const database = options.database ?? 'wijkregie';
    await ensureDatabase(pg.url('postgres'), database);
    process.env.DATABASE_URL = pg.url(database);
    stop = pg.stop;
    console.log(`› Ingebouwde PostgreSQL draait op poort ${port} (gegevens in ${path.relative(ROOT, options.dataDir ?? '.data/pg')})`);
  }
  migrateDeploy(process.env.DATABASE_URL!);

  const wantSeed = options.seed === 'always-if-empty' || (options.seed === 'if-empty-embedded' && (embedded || env().SEED_DEMO === '1'));
  if (wantSeed) {
    const { createPrisma } = await import('../lib/db');
    const { isEmpty, seedDemo } = await import('../prisma/seed');
    const db = createPrisma(process.env.DATABASE_URL);
    try {
      if (await isEmpty(db)) {
        const started = Date.now();
        const { counts } = await seedDemo(db);
        console.log(`› Demogegevens geladen in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      }
    } finally {
      await db.$disconnect();
    }
  }
  return { embedded, stop };
}

/**
 * The app's database for a one-off command: DATABASE_URL, the embedded server if `npm start` is already running it,
 * or the embedded server started for the duration of the command.
 */
export async function connectToAppDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { DATABASE_URL, EMBEDDED_PG_PORT: port } = env();
  if (DATABASE_URL) return { url: DATABASE_URL, stop: async () => {} };
  const url = `postgresql://wijkregie:wijkregie@127.0.0.1:${port}/wijkregie`;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return { url, stop: async () => {} };
  } catch {
    const server = await startEmbeddedPostgres({ dataDir: path.join(ROOT, '.data/pg'), port });
    await ensureDatabase(server.url('postgres'), 'wijkregie');
    return { url, stop: server.stop };
  }
}
