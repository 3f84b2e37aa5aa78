// `npm run bench`: a large gemeente on one small machine (issue 9). Builds the dataset in its own database (default
// 100,000 households; bench/generate.ts), builds the production app into its own folder, starts it, signs in as the
// demo users and drives every measured page with a closed-loop load generator at 10 and 50 concurrent users, next to a
// floor page of the same app. Writes bench/results/<date>-<households>.md (and .json) and prints the table.
// `npm run bench:ci` (--ci): about 1,000 households, one short run per page at 2 users, no targets; proves it works.
//
// Options: --households N  --reuse  --runs 3  --seconds 10  --warmup 3  --concurrency 10,50  --port 3450
//          --pg-port 54450  --out <dir>  --dist-dir .next-bench  --ci  --only werkvoorraad,dossier
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, generatePrismaClient, ROOT, startNext, waitForHttp, withHeapLimit } from './support';
import { argValue, prepareBenchDatabase } from '../bench/generate';
import { closedLoop, formRequest, hiddenFields, problemWith, send, signIn, signInInwoner, signInPartner, type Session } from '../bench/load';
import { cpuMs, describeTree, sampleMemory } from '../bench/memory';
import { commit, machine, median, type PageResult, type Report, toMarkdown } from '../bench/report';
import { ACCOUNTS, ANONIEM, type Account, BARE_PAGE, FLOOR_KEY, INWONER, loadInwoners, loadPages, loadPartner, PARTNER, type Page } from '../bench/targets';
import { startTestDigid } from './test-digid';
import http from 'node:http';
import pg from 'pg';

const DEMO_PASSWORD = 'Wijkregie-demo-2026'; // prisma/seed/organisation.ts DEMO_PASSWORD
/** The benchmark's own build folder; next.config.ts gives only this build the bare reference page. */
const BENCH_DIST_DIR = '.next-bench';

function options() {
  const args = process.argv.slice(2);
  const ci = args.includes('--ci');
  const num = (name: string, fallback: number) => {
    const value = argValue(args, name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name}: a positive number`);
    return parsed;
  };
  return {
    ci,
    households: num('--households', ci ? 1_000 : 100_000),
    reuse: args.includes('--reuse'),
    runs: num('--runs', ci ? 1 : 3),
    seconds: num('--seconds', ci ? 3 : 10),
    warmup: num('--warmup', ci ? 1 : 3),
    concurrency: (argValue(args, '--concurrency') ?? (ci ? '2' : '10,50')).split(',').map(Number),
    port: num('--port', Number(process.env.BENCH_PORT ?? 3450)),
    pgPort: num('--pg-port', Number(process.env.BENCH_PG_PORT ?? 54450)),
    out: argValue(args, '--out') ?? path.join(ROOT, ci ? 'bench/.work/results' : 'bench/results'),
    distDir: argValue(args, '--dist-dir') ?? process.env.NEXT_DIST_DIR ?? (ci ? '.next' : BENCH_DIST_DIR),
    /** Only these pages (keys from bench/targets.ts), always with the floor and the bare page: for a quick look at a few. */
    only: argValue(args, '--only')?.split(',').filter(Boolean),
    /** A CPU profile of the server into this folder (open the .cpuprofile in Chrome's DevTools). */
    profile: argValue(args, '--profile'),
  };
}

async function main() {
  const o = options();
  const started = Date.now();
  const report: Report = {
    date: new Date().toISOString(),
    machine: machine(),
    commit: commit(ROOT),
    dataset: { households: 0, reused: false, generatedAt: '', generateSeconds: null, rows: {} },
    method: { runs: o.runs, seconds: o.seconds, warmup: o.warmup, concurrency: o.concurrency, distDir: '' },
    results: {},
    memory: { idleMb: 0, peakMb: 0, perConcurrencyMb: {} },
    buildSeconds: null,
  };
  if (report.machine.loadStart[0] > 3) {
    console.warn(`⚠ Load average ${report.machine.loadStart[0].toFixed(1)} on ${report.machine.cpus} cores: other work shares the machine, the figures will say more about that than about the app.`);
  }

  // The production build in a folder of its own, so that the benchmark never collides with `npm start` or the e2e run.
  // The CI run uses the build `npm start` and the e2e tests use (.next), so that it does not build a second time.
  process.env.NEXT_DIST_DIR = o.distDir;
  report.method.distDir = process.env.NEXT_DIST_DIR;
  generatePrismaClient();
  const buildStarted = Date.now();
  buildIfStale();
  report.buildSeconds = (Date.now() - buildStarted) / 1000;

  delete process.env.DATABASE_URL;
  const db = await prepareBenchDatabase({ households: o.households, reuse: o.reuse, port: o.pgPort, database: o.ci ? 'wijkregie_bench_ci' : undefined });
  report.dataset = {
    households: db.info.households, reused: db.reused, generatedAt: db.info.generatedAt, migratedAfter: db.info.migratedAfter,
    generateSeconds: db.info.result?.seconds ?? null, rows: db.info.result?.counts ?? {},
    wijken: db.info.result?.wijken, teams: db.info.result?.teams, coaches: db.info.result?.coaches,
  };

  const base = new URL(`http://127.0.0.1:${o.port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    NEXTAUTH_URL: base.origin,
    NEXT_TELEMETRY_DISABLED: '1',
    WIJKREGIE_DEMO: '1', // demo accounts sign in without a second factor
    NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS), // as `npm start` runs it (scripts/start.ts)
  };
  // Issue 21: the residents sign in through the test DigiD (a real OpenID Provider beside the app, on port + 1).
  const digid = await startTestDigid(env, base.origin, o.port + 1);
  const server = startNext('start', o.port, env, { cpuProfileDir: o.profile && path.resolve(o.profile) });
  let memory: ReturnType<typeof sampleMemory> | null = null;
  let failed = false;
  try {
    await waitForHttp(`${base.origin}/login`);
    memory = sampleMemory(server.pid!);
    if (env.WIJKREGIE_JOBS !== '0') await waitForRapportage(db.url, started);
    // The bare reference page exists only in the benchmark's own build (next.config.ts pageExtensions), not in `.next`.
    const pages = [...(o.distDir === BENCH_DIST_DIR ? [BARE_PAGE] : []), ...(await loadPages(db.url))]
      .filter((p) => !o.only || p.key === BARE_PAGE.key || p.key === FLOOR_KEY || o.only.includes(p.key));
    const sessions = new Map<Account | typeof ANONIEM, Session>([[ANONIEM, { cookies: new Map() }]]);
    for (const account of new Set(pages.map((p) => p.account))) if (account !== INWONER && account !== PARTNER && account !== ANONIEM) sessions.set(account, await signIn(base, ACCOUNTS[account], DEMO_PASSWORD));
    const inwoners: Session[] = [];
    if (pages.some((p) => p.account === INWONER)) for (const bsn of await loadInwoners(db.url)) inwoners.push(await signInInwoner(base, bsn));
    const partner = pages.some((p) => p.account === PARTNER) ? await signInPartner(base, await loadPartner(db.url)) : null;
    /** The page's session: its account's, the partner's, or for the resident pages the residents' (one per virtual user). */
    const sessionOf = (page: Page, user = 0): Session =>
      page.account === INWONER ? inwoners[user % inwoners.length] : page.account === PARTNER ? partner! : sessions.get(page.account)!;

    // Each page once before measuring: a page that does not render what it should is reported, not timed. A form
    // post first gets the hidden fields of the form it posts (the server action's id), as the browser has them.
    const check = new http.Agent({ keepAlive: true });
    const skipped = new Map<string, string>();
    /** What a browser receives: each page's first answer once more with gzip, as `next start` compresses it. */
    const gzipKb = new Map<string, number>();
    for (const page of pages) {
      const forms = new Map<string, Record<string, string>>();
      for (const request of page.requests.filter((r) => r.form)) {
        if (!forms.has(request.path)) forms.set(request.path, hiddenFields((await send(check, base, { path: request.path, session: sessionOf(page) })).body));
        request.form = { ...forms.get(request.path), ...request.form };
      }
      for (const [i, request] of page.requests.slice(0, 3).entries()) {
        const problem = problemWith(await send(check, base, { ...formRequest(base, request), path: request.path, session: sessionOf(page, i) }), request);
        if (problem) {
          skipped.set(page.key, `${request.path}: ${problem}`);
          console.error(`✗ ${page.label}: ${request.path}: ${problem}`);
          break;
        }
        if (i === 0) {
          const gzip = await send(check, base, { ...formRequest(base, request), path: request.path, session: sessionOf(page, i), headers: { ...formRequest(base, request).headers, 'accept-encoding': 'gzip' } });
          if (gzip.headers['content-encoding'] === 'gzip') gzipKb.set(page.key, gzip.bytes / 1024);
        }
      }
    }
    check.destroy();
    await new Promise((r) => setTimeout(r, 1000));
    report.memory.idleMb = memory.mark();
    report.memory.processes = describeTree(server.pid!);

    for (const concurrency of o.concurrency) {
      console.log(`\n› ${concurrency} gelijktijdige gebruikers`);
      const measured = pages.filter((p) => !skipped.has(p.key));
      const runs = new Map<string, PageResult['runs']>(measured.map((p) => [p.key, []]));
      const drive = (page: Page, seconds: number) =>
        closedLoop({ base, session: page.account === INWONER ? inwoners : sessionOf(page), requests: page.requests, concurrency, seconds });
      for (const page of measured) await drive(page, o.warmup);
      for (let run = 1; run <= o.runs; run++) {
        for (const page of measured) {
          const tree = memory!.tree();
          const cpuBefore = cpuMs(tree);
          const stats = await drive(page, o.seconds);
          if (tree.length && stats.requests) stats.cpuMs = (cpuMs(tree) - cpuBefore) / stats.requests;
          runs.get(page.key)!.push(stats);
          console.log(`  run ${run} ${page.key.padEnd(15)} p50 ${stats.p50.toFixed(0).padStart(5)} ms  p95 ${stats.p95.toFixed(0).padStart(5)} ms  p99 ${stats.p99.toFixed(0).padStart(5)} ms  ${stats.throughput.toFixed(1).padStart(6)} req/s${stats.cpuMs === undefined ? '' : `  cpu ${stats.cpuMs.toFixed(1).padStart(5)} ms/req`}${stats.failures ? `  ${stats.failures} FAILED` : ''}`);
        }
      }
      report.results[concurrency] = pages.map((page) => {
        const r = runs.get(page.key) ?? [];
        return {
          key: page.key,
          label: page.label,
          runs: r,
          median: { p50: median(r.map((x) => x.p50)), p95: median(r.map((x) => x.p95)), p99: median(r.map((x) => x.p99)), throughput: median(r.map((x) => x.throughput)), kb: median(r.map((x) => x.kb)), cpuMs: median(r.map((x) => x.cpuMs ?? NaN)) },
          encoding: [...new Set(r.map((x) => x.encoding))].join(', ') || undefined,
          gzipKb: gzipKb.get(page.key),
          requests: r.reduce((s, x) => s + x.requests, 0),
          failures: r.reduce((s, x) => s + x.failures, 0),
          problems: [...new Set(r.flatMap((x) => x.problems))].slice(0, 5),
          skipped: skipped.get(page.key),
        };
      });
      report.memory.perConcurrencyMb[concurrency] = memory.mark();
    }
    report.memory.peakMb = memory.peakMb();
    failed = [...skipped.keys()].length > 0 || Object.values(report.results).some((list) => list.some((p) => p.failures > 0));
  } finally {
    memory?.stop();
    await stopServer(server, memory?.seen() ?? []);
    await digid?.stop();
    await db.stop();
  }

  report.machine.loadEnd = os.loadavg();
  const markdown = toMarkdown(report);
  mkdirSync(o.out, { recursive: true });
  const file = path.join(o.out, `${report.date.slice(0, 10)}-${report.dataset.households}`);
  writeFileSync(`${file}.md`, markdown);
  writeFileSync(`${file}.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${markdown}`);
  console.log(`› Resultaat: ${path.relative(ROOT, file)}.md (${((Date.now() - started) / 1000).toFixed(0)} s in totaal)`);
  if (failed) {
    console.error('✗ Niet elke pagina gaf wat ze moest geven: zie "failed" hierboven.');
    process.exitCode = 1;
  }
}

/**
 * The rapportage job (lib/server/rapportage/ververs-job.ts) computes the whole city's figures once right after the
 * server starts, then every five minutes. At a million households that first run keeps the database busy for a while:
 * the measurements start after it, not during it (the later runs fall where they fall, as they would in use).
 */
async function waitForRapportage(url: string, since: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const deadline = Date.now() + 10 * 60_000;
  try {
    while (Date.now() < deadline) {
      // "berekendOp" is a timestamp without zone in UTC (Prisma's DateTime).
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "RapportageCache" WHERE "berekendOp" >= ($1::timestamptz AT TIME ZONE 'UTC')) AS klaar`, [new Date(since).toISOString()]);
      if (rows[0].klaar) return;
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.warn('⚠ De rapportage was na 10 minuten nog niet berekend; de metingen beginnen toch.');
  } finally {
    await client.end();
  }
}

/** SIGTERM to `next start`, then to any process of its tree that outlived it (only the ones this run started). */
async function stopServer(server: ReturnType<typeof startNext>, tree: number[]) {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  for (const pid of tree) {
    if (pid === server.pid) continue;
    try {
      // A pid seen earlier may have been reused by now: only a process that still is a Next server gets the signal.
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('next')) continue;
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
