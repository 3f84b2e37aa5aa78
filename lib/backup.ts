// Backup and restore with PostgreSQL's own pg_dump and pg_restore (custom format: compressed, restorable table by
// table). The embedded server ships neither, so the system's client is used (Debian: postgresql-client); its major
// version must be the server's or newer.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { env } from './env';

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const bin = env().PG_BIN;
  return bin ? `${bin}/${name}` : name;
}

function majorOf(versionText: string): number {
  const match = versionText.match(/(\d+)(?:\.\d+)?/);
  return match ? Number(match[1]) : 0;
}

export function clientMajor(name: 'pg_dump' | 'pg_restore' = 'pg_dump'): number {
  const result = spawnSync(tool(name), ['--version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${name} niet gevonden. Installeer de PostgreSQL-client (Debian: apt-get install postgresql-client) of zet PG_BIN.`);
  }
  return majorOf(result.stdout);
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

async function assertCompatible(url: string, name: 'pg_dump' | 'pg_restore') {
  const [client, server] = [clientMajor(name), await serverMajor(url)];
  if (client < server) throw new Error(`${name} ${client} kan geen PostgreSQL ${server} aan: gebruik versie ${server} of nieuwer.`);
}

export async function backupDatabase(url: string, file: string) {
  await assertCompatible(url, 'pg_dump');
  const result = spawnSync(tool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_dump mislukte: ${result.stderr}`);
}

/** Restores into an existing (preferably empty) database; objects that exist are dropped first. */
export async function restoreDatabase(url: string, file: string) {
  await assertCompatible(url, 'pg_restore');
  const result = spawnSync(
    tool('pg_restore'),
    ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${url}`, file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pg_restore mislukte: ${result.stderr}`);
}
