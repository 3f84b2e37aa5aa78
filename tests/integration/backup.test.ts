// Backup and restore with pg_dump/pg_restore: a restored database holds the same data as the original.
import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { prisma } from '@/lib/db';
import { backupDatabase, restoreDatabase } from '@/lib/backup';
import { ensureDatabase } from '@/lib/embedded-postgres';
import { createCasus, createGemeente, createHuishouden, createPersoon } from '../support/factories';

async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['Gemeente', 'Huishouden', 'Persoon', 'HuishoudenLidmaatschap', 'Casus', 'AuditEntry'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
    const personen = (await client.query('SELECT id, bsn, achternaam FROM "Persoon" ORDER BY id')).rows;
    const indexes = (await client.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`)).rows.map((r) => r.indexname);
    return { counts, personen, indexes };
  } finally {
    await client.end();
  }
}

describe('db:backup and db:restore', () => {
  it('restores a backup into a new database with the same rows, indexes and append-only audit log', async () => {
    const gemeenteId = (await createGemeente()).id;
    const persoon = await createPersoon(gemeenteId, { bsn: '111222333', achternaam: 'Bakker' });
    const huishouden = await createHuishouden(gemeenteId, [{ persoonId: persoon.id }]);
    await createCasus(gemeenteId, huishouden.id);
    await prisma.auditEntry.create({ data: { gemeenteId, actie: 'READ', entiteit: 'Huishouden', huishoudenId: huishouden.id } });

    const source = process.env.DATABASE_URL!;
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'wijkregie-backup-')), 'test.dump');
    await backupDatabase(source, file);

    const serverUrl = inject('pgServerUrl');
    const name = `restore_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await ensureDatabase(serverUrl, name);
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    await restoreDatabase(target.toString(), file);

    const [before, after] = [await snapshot(source), await snapshot(target.toString())];
    expect(after.counts.Persoon).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(after.indexes).toContain('Casus_een_open_casus_per_huishouden');

    // The restored audit log is still append-only.
    const client = new pg.Client({ connectionString: target.toString() });
    await client.connect();
    await expect(client.query('DELETE FROM "AuditEntry"')).rejects.toThrow(/append-only/);
    await client.end();
  });
});
