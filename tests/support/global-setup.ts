// One embedded PostgreSQL for the whole integration run, with a migrated template database; every test file
// clones the template into a database of its own (tests/support/database.ts), so files never see each other's rows.
import type { TestProject } from 'vitest/node';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, ensureDatabase, dropDatabase } from '../../lib/embedded-postgres';
import { migrateDeploy } from '../../lib/migrate';

export const TEMPLATE = 'wijkregie_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_SERVER_URL; // e.g. postgresql://u:p@host:5432/postgres
  let stop = async () => {};
  let serverUrl: string;
  if (external) {
    serverUrl = external;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wijkregie-it-'));
    await chmod(dir, 0o755); // embedded-postgres runs the server as user postgres when we are root
    const port = 55000 + Math.floor(Math.random() * 2000);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: false });
    serverUrl = pg.url('postgres');
    stop = async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const base = new URL(serverUrl);
  await dropDatabase(serverUrl, TEMPLATE);
  await ensureDatabase(serverUrl, TEMPLATE);
  base.pathname = `/${TEMPLATE}`;
  migrateDeploy(base.toString());
  project.provide('pgServerUrl', serverUrl);
  return stop;
}
