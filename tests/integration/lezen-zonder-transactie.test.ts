import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getDossierKop } from '@/lib/server/dossier/get-dossier-kop';
import { getDossierOverzicht } from '@/lib/server/dossier/get-dossier-overzicht';
import { createGemeente } from '../support/factories';
import { createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';
import { sentStatements } from '../support/sent-statements';

// Issue 23: a read whose only write is its access-log row runs without an interactive transaction (at ten users the
// dossier's header and tab each held a pool connection for a whole transaction, and some requests failed waiting for
// one). The guarantee that matters stays: one view, one row; no row, no data.

let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;
const today = new Date();

beforeAll(async () => {
  const gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId, 'Zuid');
  fx = await createRijkHuishouden(gemeenteId, org, today);
});

const rows = () => prisma.auditEntry.count({ where: { actorId: org.coach.id, huishoudenId: fx.huishouden.id } });

describe('a dossier view without an interactive transaction', () => {
  it('header and overview write exactly one access-log row, and read nothing inside a transaction', async () => {
    const voor = await rows();
    const { statements: sent } = await sentStatements(() => Promise.all([getDossierKop(org.coach, fx.huishouden.id, today), getDossierOverzicht(org.coach, fx.huishouden.id, today)]));
    expect(await rows()).toBe(voor + 1);
    // No transaction at all: the row is one INSERT statement of its own (recordAudits), no read waits inside one.
    expect(sent.filter((s) => /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(s))).toEqual([]);
    expect(sent.filter((s) => /^\s*INSERT INTO "AuditEntry"/i.test(s))).toHaveLength(1);
    // The row is written before anything of the household is read (the access check reads only the ground).
    const insert = sent.findIndex((s) => /^\s*INSERT INTO "AuditEntry"/i.test(s));
    const leden = sent.findIndex((s) => s.includes('FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p'));
    expect(insert).toBeGreaterThanOrEqual(0);
    expect(leden).toBeGreaterThan(insert);
    // Issue 23: the header, the row and the whole overview tab one statement each, beside the access check (outside a
    // render React's cache does not share it, so here it runs for each; in a request once).
    expect(sent.filter((s) => !s.includes('SELECT CASE WHEN'))).toHaveLength(3);
    expect(sent).toHaveLength(5);
  });

  it('shows nothing when its row cannot be written', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`CREATE FUNCTION weiger_logregel() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'logregel geweigerd'; END $$`);
      await client.query(`CREATE TRIGGER weiger_logregel BEFORE INSERT ON "AuditEntry" FOR EACH ROW WHEN (NEW."actorId" = '${org.coach.id}') EXECUTE FUNCTION weiger_logregel()`);
      const voor = await rows();
      await expect(getDossierOverzicht(org.coach, fx.huishouden.id, today)).rejects.toThrow();
      expect(await rows()).toBe(voor);
    } finally {
      await client.query('DROP TRIGGER IF EXISTS weiger_logregel ON "AuditEntry"');
      await client.query('DROP FUNCTION IF EXISTS weiger_logregel()');
      await client.end();
    }
  });
});
