// Crash safety (issue 10): vaststellen of a beschikking writes the besluit, the aanvraag, the toewijzingen with their
// numbers and the audit rows in one transaction. A separate Node process runs the real use case; the test holds a
// row lock that the transaction needs at a known step, waits until PostgreSQL shows the process blocked on exactly
// that statement (so it is killed mid-transaction, every run, not by luck), kills it with SIGKILL, releases the lock
// and checks that the database holds none of it. Run again without the lock, the same operation holds all of it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { saveBeschikkingConcept } from '@/lib/server/beschikking/save-beschikking-concept';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { createAanvraag, createBeschikkingWereld, dag, productRegel, toekenning, type BeschikkingWereld } from '../support/beschikking-factories';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_NAME = 'wijkregie-crash-vaststellen';
const DRAFT = new Date('2026-03-09T10:00:00Z');
const VAST = new Date('2026-03-10T14:00:00Z');

let w: BeschikkingWereld;
let lockClient: pg.Client;
let monitor: pg.Client;

function childUrl() {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set('application_name', APP_NAME);
  return url.toString();
}

type Run = { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> };

function startOperatie(operatie: 'vaststellen' | 'verzenden', actor: Actor, beschikkingId: string, version: number, now: Date): Run {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'tests/support/crash-vaststellen.ts'), operatie, JSON.stringify(actor), beschikkingId, String(version), now.toISOString()],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: childUrl(), DB_POOL_MAX: '2', NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exit };
}

const startVaststellen = (beschikkingId: string, version: number) => startOperatie('vaststellen', w.collega, beschikkingId, version, VAST);

/** The child's backend, once it waits for a lock: its pid and the statement it is blocked on. */
async function waitUntilBlocked(run: Run, timeoutMs = 60_000): Promise<{ pid: number; query: string }> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void run.exit.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`het proces stopte voordat het op het slot wachtte: ${JSON.stringify(await run.exit)}`);
    const { rows } = await monitor.query<{ pid: number; query: string }>(
      `SELECT pid, query FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND state = 'active'`,
      [APP_NAME],
    );
    if (rows[0]) return rows[0];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('het proces wachtte niet op het slot');
}

async function waitUntilGone(pid: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await monitor.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid]);
    if (!rows.length) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`backend ${pid} van het gedode proces bleef bestaan`);
}

/** A concept toekenning with two ZIN products at two aanbieders: two toewijzingen, Marsdiep's first. */
async function conceptMetToewijzingen() {
  const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
  const concept = await saveBeschikkingConcept(
    w.opsteller,
    toekenning(w, h.aanvraag.id, {
      producten: [
        productRegel(w),
        // Starts later, so it comes second (products go by ingangsdatum): its toewijzing is the second one made.
        productRegel(w, { productId: w.producten.begeleiding.id, eenheid: '04', volume: 3, aanbiederId: w.aanbieders.duinen.id, ingangsdatum: dag('2026-04-01'), einddatum: dag('2026-12-31') }),
      ],
    }),
    DRAFT,
  );
  return { ...h, beschikkingId: concept.id, version: concept.version };
}

async function snapshot(c: Awaited<ReturnType<typeof conceptMetToewijzingen>>) {
  const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: c.beschikkingId }, select: { status: true, version: true, datum: true, vastgesteldDoorId: true } });
  const aanvraag = await prisma.aanvraag.findUniqueOrThrow({ where: { id: c.aanvraag.id }, select: { status: true, version: true } });
  const toewijzingen = await prisma.toewijzing.count({ where: { persoonId: c.persoon.id } });
  const orphans = await prisma.toewijzing.count({ where: { persoonId: c.persoon.id, beschiktProduct: { beschikking: { status: { not: 'VASTGESTELD' } } } } });
  const audit = await prisma.auditEntry.groupBy({
    by: ['actie'],
    where: { OR: [{ entiteitId: c.beschikkingId, actie: 'BESCHIKKING_VASTGESTELD' }, { persoonId: c.persoon.id, actie: 'TOEWIJZING_AANGEMAAKT' }] },
    _count: true,
  });
  const nummering = await prisma.nummering.findUnique({ where: { gemeenteId_soort: { gemeenteId: w.gemeenteId, soort: 'toewijzing' } }, select: { laatste: true } });
  return { b, aanvraag, toewijzingen, orphans, audit: Object.fromEntries(audit.map((a) => [a.actie, a._count])), nummer: nummering?.laatste ?? 0 };
}

beforeAll(async () => {
  w = await createBeschikkingWereld();
  lockClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
  monitor = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await lockClient.connect();
  await monitor.connect();
});

afterAll(async () => {
  await lockClient?.end();
  await monitor?.end();
});

// Each step: the row the test locks, and the statement the use case is then blocked on. What came before that
// statement in the transaction (the besluit VASTGESTELD, the access-log row, the first toewijzing with its number
// and audit row) is written but not committed when the process dies.
const STAPPEN = [
  {
    naam: 'after the besluit is vastgesteld, at the aanvraag',
    lock: (c: { aanvraag: { id: string } }) => ({ sql: `SELECT 1 FROM "Aanvraag" WHERE id = $1 FOR UPDATE`, params: [c.aanvraag.id] }),
    blockedOn: /UPDATE "public"\."Aanvraag"/,
  },
  {
    naam: 'after the first toewijzing, at the second',
    // The second toewijzing names Duinen: its foreign key check needs a share lock on that aanbieder's row.
    lock: () => ({ sql: `SELECT 1 FROM "Aanbieder" WHERE id = $1 FOR UPDATE`, params: [w.aanbieders.duinen.id] }),
    blockedOn: /INSERT INTO "public"\."Toewijzing"/,
  },
];

describe('vaststellen survives a SIGKILL mid-transaction: all or nothing', () => {
  it.each(STAPPEN)('killed $naam: nothing of it is in the database', async (stap) => {
    const c = await conceptMetToewijzingen();
    const voor = await snapshot(c);
    expect(voor).toMatchObject({ b: { status: 'CONCEPT', version: 1 }, aanvraag: { status: 'IN_BEHANDELING' }, toewijzingen: 0 });

    const { sql, params } = stap.lock(c);
    await lockClient.query('BEGIN');
    await lockClient.query(sql, params);
    const run = startVaststellen(c.beschikkingId, c.version);
    let backend: { pid: number; query: string };
    try {
      backend = await waitUntilBlocked(run);
      expect(backend.query).toMatch(stap.blockedOn);
      // Mid-transaction: the process's own writes so far are there, uncommitted (visible as locks it holds).
      const { rows: held } = await monitor.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND locktype = 'transactionid' AND granted`, [backend.pid]);
      expect(held[0].n).toBeGreaterThan(0);
      run.child.kill('SIGKILL');
      const exit = await run.exit;
      expect(exit.signal).toBe('SIGKILL');
      expect(exit.stdout).not.toContain('klaar');
    } finally {
      await lockClient.query('ROLLBACK');
      run.child.kill('SIGKILL');
    }
    // PostgreSQL ends the orphaned backend (its client is gone) and rolls its transaction back.
    await waitUntilGone(backend.pid);

    const na = await snapshot(c);
    expect(na).toEqual(voor);
    expect(na.orphans).toBe(0);
  }, 120_000);

  it('run to the end, the same operation holds all of it', async () => {
    const c = await conceptMetToewijzingen();
    const voor = await snapshot(c);
    const run = startVaststellen(c.beschikkingId, c.version);
    const exit = await run.exit;
    expect(exit.code, exit.stderr).toBe(0);
    expect(exit.stdout).toContain('"klaar":true');

    const na = await snapshot(c);
    expect(na.b).toMatchObject({ status: 'VASTGESTELD', version: 2, vastgesteldDoorId: w.collega.id });
    expect(na.aanvraag.status).toBe('BESCHIKT');
    expect(na.toewijzingen).toBe(2);
    expect(na.audit).toEqual({ BESCHIKKING_VASTGESTELD: 1, TOEWIJZING_AANGEMAAKT: 2 });
    expect(na.nummer).toBe(voor.nummer + 2);
  }, 120_000);

  it('after a kill, vaststellen can simply be done again', async () => {
    const c = await conceptMetToewijzingen();
    await lockClient.query('BEGIN');
    await lockClient.query(`SELECT 1 FROM "Aanbieder" WHERE id = $1 FOR UPDATE`, [w.aanbieders.duinen.id]);
    const killed = startVaststellen(c.beschikkingId, c.version);
    let pid: number;
    try {
      pid = (await waitUntilBlocked(killed)).pid;
      killed.child.kill('SIGKILL');
      await killed.exit;
    } finally {
      await lockClient.query('ROLLBACK');
    }
    await waitUntilGone(pid);

    const again = startVaststellen(c.beschikkingId, c.version);
    const exit = await again.exit;
    expect(exit.code, exit.stderr).toBe(0);
    const na = await snapshot(c);
    expect(na).toMatchObject({ b: { status: 'VASTGESTELD' }, aanvraag: { status: 'BESCHIKT' }, toewijzingen: 2, orphans: 0 });
    expect(na.audit).toEqual({ BESCHIKKING_VASTGESTELD: 1, TOEWIJZING_AANGEMAAKT: 2 });
  }, 120_000);
});

// Verzenden: per aanbieder a Bericht (WMO301 with its number and XML) linked to its toewijzingen, the toewijzingen
// VERZONDEN, and an access-log row for the personal data that leaves. Killed after the first aanbieder's message.
describe('verzenden of the toewijzingen survives a SIGKILL mid-transaction: all or nothing', () => {
  const SEND = new Date('2026-03-11T09:00:00Z');

  async function vastgesteld() {
    const c = await conceptMetToewijzingen();
    await vaststellenBeschikking(w.collega, { beschikkingId: c.beschikkingId, version: c.version }, VAST);
    return c;
  }

  async function berichtStand(persoonId: string) {
    const toewijzingen = await prisma.toewijzing.findMany({ where: { persoonId }, orderBy: { toewijzingNummer: 'asc' }, select: { status: true, version: true, aanbiederId: true } });
    const berichten = await prisma.bericht.count({ where: { toewijzingen: { some: { toewijzing: { persoonId } } } } });
    const koppelingen = await prisma.toewijzingBericht.count({ where: { toewijzing: { persoonId } } });
    const export_ = await prisma.auditEntry.count({ where: { persoonId, actie: 'EXPORT', entiteit: 'Bericht' } });
    const alleBerichten = await prisma.bericht.count({ where: { gemeenteId: w.gemeenteId } });
    return { toewijzingen, berichten, koppelingen, export: export_, alleBerichten };
  }

  it('killed after the first aanbieder\'s message, at the second: no message, no toewijzing verzonden', async () => {
    const c = await vastgesteld();
    const voor = await berichtStand(c.persoon.id);
    // Messages go out in toewijzingnummer order: Marsdiep's first, then Duinen's.
    expect(voor).toMatchObject({
      toewijzingen: [{ status: 'NIEUW', aanbiederId: w.aanbieders.marsdiep.id }, { status: 'NIEUW', aanbiederId: w.aanbieders.duinen.id }],
      berichten: 0, export: 0,
    });

    await lockClient.query('BEGIN');
    // The second message goes to Duinen: inserting it needs a share lock on that aanbieder's row.
    await lockClient.query(`SELECT 1 FROM "Aanbieder" WHERE id = $1 FOR UPDATE`, [w.aanbieders.duinen.id]);
    const run = startOperatie('verzenden', w.opsteller, c.beschikkingId, 0, SEND);
    let pid: number;
    try {
      const backend = await waitUntilBlocked(run);
      pid = backend.pid;
      expect(backend.query).toMatch(/INSERT INTO "public"\."Bericht"/);
      run.child.kill('SIGKILL');
      expect((await run.exit).signal).toBe('SIGKILL');
    } finally {
      await lockClient.query('ROLLBACK');
      run.child.kill('SIGKILL');
    }
    await waitUntilGone(pid);
    expect(await berichtStand(c.persoon.id)).toEqual(voor);

    // And sent again, all of it: two messages, both toewijzingen verzonden, two access-log rows.
    const again = startOperatie('verzenden', w.opsteller, c.beschikkingId, 0, SEND);
    const exit = await again.exit;
    expect(exit.code, exit.stderr).toBe(0);
    const na = await berichtStand(c.persoon.id);
    expect(na).toMatchObject({ toewijzingen: [{ status: 'VERZONDEN' }, { status: 'VERZONDEN' }], berichten: 2, koppelingen: 2, export: 2 });
    expect(na.alleBerichten).toBe(voor.alleBerichten + 2);
  }, 120_000);
});
