// The benchmark's result as a markdown table with the machine it ran on, and the issue's targets checked.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { RunStats } from './load';

export const TARGETS = {
  /** Every measured page at 10 concurrent users: p95 at most this many times the floor's p95… */
  p95Ratio: 3,
  /** …and at most this many milliseconds. */
  p95Ms: 150,
  /** Generating 100,000 households. */
  generateSeconds: 180,
  serverPeakMb: 600,
} as const;

export type PageResult = {
  key: string;
  label: string;
  /** Per run. */
  runs: RunStats[];
  /** Medians over the runs. */
  median: Pick<RunStats, 'p50' | 'p95' | 'p99' | 'throughput'> & { kb?: number; cpuMs?: number };
  requests: number;
  failures: number;
  problems: string[];
  /** Set when the page failed its check before measuring and was skipped. */
  skipped?: string;
  /** Content-Encoding of the measured answers ('identity': uncompressed). */
  encoding?: string;
  /** The page's first answer once more with Accept-Encoding: gzip, as a browser receives it (kB). */
  gzipKb?: number;
};

/** The floor: a signed-in page of the app that does no work of its own. */
const FLOOR = 'floor';
/** The bare Next.js page (bench/targets.ts BARE_KEY): the second reference, only in the benchmark's own build. */
const BARE = 'kaal';
/** Issue 23 item 3: the floor within this many times the bare page. */
export const FLOOR_TO_BARE = 1.5;

export type Report = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadStart: number[]; loadEnd: number[] };
  commit: string;
  dataset: { households: number; reused: boolean; generatedAt: string; migratedAfter?: { name: string; at: string; seconds: number }[]; generateSeconds: { demo: number; bulk: number; berichten?: number; vacuum: number; total: number } | null; rows: Record<string, number>; wijken?: number; teams?: number; coaches?: number };
  method: { runs: number; seconds: number; warmup: number; concurrency: number[]; distDir: string };
  results: Record<number, PageResult[]>;
  memory: { idleMb: number; peakMb: number; perConcurrencyMb: Record<number, number>; processes?: { pid: number; name: string; rssMb: number }[] };
  buildSeconds: number | null;
  /** Written by hand after a run (why a target was missed), kept with the data: `npx tsx bench/report.ts <file>.json`. */
  notes?: string[];
};

export function machine(): Report['machine'] {
  let cpuModel = os.cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadStart: os.loadavg(),
    loadEnd: [],
  };
}

export function commit(root: string): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'app', 'components', 'lib', 'prisma', 'proxy.ts'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

export const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '—');
const ratio = (x: number, floor: number) => (Number.isFinite(x) && Number.isFinite(floor) && floor > 0 ? `${(x / floor).toFixed(2)}×` : '—');
const n = (x: number) => x.toLocaleString('en-US');
const kb = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(x < 10 ? 1 : 0));
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

export function toMarkdown(r: Report): string {
  const lines: string[] = [];
  const { machine: m, dataset: d } = r;
  lines.push(`# Wijkregie benchmark: ${n(d.households)} households, ${r.date.slice(0, 10)}`, '');
  lines.push('| | |', '|---|---|');
  lines.push(`| machine | ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb.toFixed(1)} GB memory, ${m.platform} |`);
  lines.push(`| node | ${m.node} |`);
  lines.push(`| load average (1/5/15 min) | at start ${load(m.loadStart)}; at end ${load(m.loadEnd)} (the end includes the benchmark's own server, database and load generator) |`);
  const build = r.buildSeconds === null ? '' : r.buildSeconds < 2 ? ', build up to date' : `, built in ${r.buildSeconds.toFixed(0)} s`;
  lines.push(`| app | production build (\`${r.method.distDir}\`), commit ${r.commit}${build} |`);
  const rows = d.rows;
  const dataset = [
    `${n(d.households)} households`, rows.persoon && `${n(rows.persoon)} persons`, rows.casus && `${n(rows.casus)} casussen`,
    rows.melding && `${n(rows.melding)} meldingen`, rows.planVersie && `${n(rows.planVersie)} plan versions`,
    rows.aanvraag && `${n(rows.aanvraag)} aanvragen`, rows.beschikking && `${n(rows.beschikking)} beschikkingen`,
    rows.toewijzing && `${n(rows.toewijzing)} toewijzingen`, rows.auditEntry && `${n(rows.auditEntry)} audit rows`,
  ].filter(Boolean).join(', ');
  lines.push(`| dataset | ${dataset}${d.wijken ? `; ${d.wijken} wijken, ${d.teams} teams, ${d.coaches} wijkcoaches` : ''} |`);
  const g = d.generateSeconds;
  lines.push(`| generated | ${d.reused ? `reused (made ${d.generatedAt})` : d.generatedAt}${g ? `, in ${g.total.toFixed(1)} s (demo ${g.demo.toFixed(1)} s, bulk ${g.bulk.toFixed(1)} s${g.berichten === undefined ? '' : `, berichtenverkeer ${g.berichten.toFixed(1)} s`}, vacuum analyze ${g.vacuum.toFixed(1)} s)` : ''}${d.migratedAfter?.length ? `; migrations applied to it afterwards: ${d.migratedAfter.map((m) => `${m.name} (${m.seconds.toFixed(0)} s)`).join(', ')}` : ''} |`);
  lines.push(`| method | closed loop on node:http keep-alive, loopback; per concurrency and page ${r.method.warmup} s warm-up, then ${r.method.runs} run(s) of ${r.method.seconds} s, pages interleaved per run; figures are medians over the runs |`);
  lines.push('');
  for (const c of r.method.concurrency) {
    const results = r.results[c] ?? [];
    const floor = results.find((p) => p.key === FLOOR);
    const bare = results.find((p) => p.key === BARE && !p.skipped);
    lines.push(`## ${c} concurrent users`, '');
    lines.push('| page | p50 ms | p95 ms | p99 ms | req/s | p50 / floor | p95 / floor | p99 / floor | req/s / floor | server CPU ms/req | CPU / floor | kB html | kB gzip | requests | failed |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of results) {
      if (p.skipped) {
        lines.push(`| ${p.label} | — | — | — | — | — | — | — | — | — | — | — | — | 0 | not measured: ${p.skipped} |`);
        continue;
      }
      const f = floor?.median;
      const label = p.key === FLOOR || p.key === BARE ? `**${p.label}**` : p.label;
      lines.push(`| ${label} | ${ms(p.median.p50)} | ${ms(p.median.p95)} | ${ms(p.median.p99)} | ${p.median.throughput.toFixed(1)} | ${ratio(p.median.p50, f?.p50 ?? NaN)} | ${ratio(p.median.p95, f?.p95 ?? NaN)} | ${ratio(p.median.p99, f?.p99 ?? NaN)} | ${ratio(p.median.throughput, f?.throughput ?? NaN)} | ${ms(p.median.cpuMs ?? NaN)} | ${ratio(p.median.cpuMs ?? NaN, f?.cpuMs ?? NaN)} | ${kb(p.median.kb)} | ${kb(p.gzipKb)} | ${n(p.requests)} | ${p.failures} |`);
    }
    lines.push('', 'Server CPU ms/req: the CPU time of `next start` and its children (every thread, GC included; not PostgreSQL) per completed request, median over the runs: what the page costs the server, steadier than a percentile when other work shares the machine.');
    lines.push('', `kB html: the median size of the page's HTML answer over the measured requests, uncompressed (${[...new Set(results.map((p) => p.encoding).filter(Boolean))].join(', ') || 'identity'}: the load generator asks for no compression); kB gzip: the same page's first answer once more with \`Accept-Encoding: gzip\`, as a browser receives it from \`next start\`.`);
    if (bare && floor && !floor.skipped) {
      lines.push('', `Second reference, the bare page (Next.js and the proxy, no session, no database): the floor is ${ratio(floor.median.p50, bare.median.p50)} of it at p50, ${ratio(floor.median.p95, bare.median.p95)} at p95, ${ratio(floor.median.p99, bare.median.p99)} at p99, and serves ${ratio(floor.median.throughput, bare.median.throughput)} of its requests per second.`);
    }
    const problems = results.flatMap((p) => p.problems.map((x) => `${p.key}: ${x}`));
    if (problems.length) lines.push('', 'Failed requests (first reasons):', '', ...problems.map((x) => `- ${x}`));
    lines.push(`\nServer peak memory during this part: ${r.memory.perConcurrencyMb[c]?.toFixed(0) ?? '—'} MB.`, '');
  }
  lines.push('## Targets (issue 9)', '');
  lines.push('| target | measured | met |', '|---|---|:-:|');
  const at10 = r.results[10];
  if (at10) {
    const floor = at10.find((p) => p.key === FLOOR);
    const bare = at10.find((p) => p.key === BARE && !p.skipped);
    if (bare && floor && !floor.skipped) {
      const ok = floor.median.p95 <= FLOOR_TO_BARE * bare.median.p95;
      lines.push(`| the floor's p95 ≤ ${FLOOR_TO_BARE}× the bare page's at 10 users (issue 23) | ${ms(floor.median.p95)} ms, ${ratio(floor.median.p95, bare.median.p95)} the bare page's ${ms(bare.median.p95)} ms | ${ok ? 'yes' : '**no**'} |`);
    }
    for (const p of at10.filter((x) => x.key !== FLOOR && x.key !== BARE)) {
      const ok = !p.skipped && p.failures === 0 && floor && p.median.p95 <= TARGETS.p95Ratio * floor.median.p95 && p.median.p95 <= TARGETS.p95Ms;
      lines.push(`| ${p.label}: p95 ≤ ${TARGETS.p95Ratio}× floor and ≤ ${TARGETS.p95Ms} ms at 10 users | ${p.skipped ? 'not measured' : `${ms(p.median.p95)} ms, ${ratio(p.median.p95, floor?.median.p95 ?? NaN)} floor`} | ${ok ? 'yes' : '**no**'} |`);
    }
  } else {
    lines.push(`| p95 at 10 users | not measured in this run (concurrency ${r.method.concurrency.join(', ')}) | — |`);
  }
  if (g) {
    const exact = d.households === 100_000 || (d.households >= 100_000 && d.households < 100_500);
    const rate = (d.households - 300) / Math.max(0.001, g.bulk);
    lines.push(`| generating 100,000 households ≤ ${TARGETS.generateSeconds / 60} min | ${g.total.toFixed(0)} s for ${n(d.households)}${d.reused ? ' (reused dataset)' : ''}; bulk ${rate.toFixed(0)} households/s | ${exact ? (g.total <= TARGETS.generateSeconds ? 'yes' : '**no**') : 'not at this size'} |`);
  }
  const processes = r.memory.processes?.map((p) => `${p.name.split(' ')[0].split('/').pop()} ${p.rssMb} MB`).join(' + ');
  lines.push(`| server peak memory ≤ ${TARGETS.serverPeakMb} MB (resident, \`next start\` and its children) | ${r.memory.peakMb.toFixed(0)} MB (${r.memory.idleMb.toFixed(0)} MB idle after start${processes ? `: ${processes}` : ''}) | ${r.memory.peakMb <= TARGETS.serverPeakMb ? 'yes' : '**no**'} |`);
  // At the end the benchmark's own server, database and load generator are in the figure: only the start tells
  // whether other work was running.
  const busy = m.loadStart[0] ?? 0;
  if (busy > 3) {
    lines.push('', `**Measured under contention**: the load average was ${busy.toFixed(1)} on ${m.cpus} cores when the run started, so other work shared the CPU with the server and the load generator. Treat these figures as an upper bound, not as the app's speed.`);
  }
  if (r.notes?.length) lines.push('', '## Notes', '', ...r.notes.map((note) => `- ${note}`));
  lines.push('');
  return lines.join('\n');
}

// `npx tsx bench/report.ts bench/results/<date>-<households>.json`: writes the markdown again from the data (after a
// change to this file, or after adding notes to the JSON).
if (require.main === module) {
  const file = process.argv[2];
  if (!file?.endsWith('.json')) throw new Error('usage: npx tsx bench/report.ts <result>.json');
  const markdown = toMarkdown(JSON.parse(readFileSync(file, 'utf8')) as Report);
  writeFileSync(file.replace(/\.json$/, '.md'), markdown);
  console.log(markdown);
}
