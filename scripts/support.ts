// Shared steps of the start, test and benchmark scripts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { env as config } from '../lib/env';

export const ROOT = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command === 'node' ? process.execPath : bin(command), args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** `prisma generate` writes lib/generated/prisma; npm ci does not run Prisma's own postinstall here. */
export function generatePrismaClient() {
  const schema = path.join(ROOT, 'prisma/schema.prisma');
  const marker = path.join(ROOT, 'lib/generated/prisma/client.ts');
  if (existsSync(marker) && statSync(marker).mtimeMs > statSync(schema).mtimeMs) return;
  // With no DATABASE_URL in the environment, `prisma generate` tries to download a query engine; any URL will do,
  // generate does not connect.
  run('prisma', ['generate'], { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://generate@127.0.0.1:1/generate' });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'generated' || entry.name.startsWith('.') || entry.name.startsWith('next-build')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the production bundle when there is none or when a source file is newer than the last build. */
export function buildIfStale() {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'public'].map((d) => path.join(ROOT, d)).filter(existsSync);
  const files = ['next.config.ts', 'proxy.ts', 'instrumentation.ts', 'package-lock.json', 'prisma/schema.prisma', 'postcss.config.mjs'].map((f) => path.join(ROOT, f)).filter(existsSync);
  const newest = Math.max(...sources.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newest) return;
  console.log('› Productiebuild maken (eenmalig, ongeveer een minuut)…');
  run('next', ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
}

/** A signing secret for sessions, kept under .data so that sessions survive a restart of the demo. */
export function ensureAuthSecret(): string {
  const configured = config().NEXTAUTH_SECRET;
  if (configured) return configured;
  const file = path.join(ROOT, '.data/nextauth-secret');
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/**
 * NODE_OPTIONS for the production server, each unless set already. The server's heap: a cap on the old generation,
 * and a young generation of 32 MB instead of V8's 16 MB (issue 23): a page renders a few MB of short-lived objects, and
 * with the smaller nursery the server spent a sixth of its time in scavenges (a CPU profile of the werkvoorraad at
 * 100,000 households); the larger one costs ~40 MB of memory. How far the old generation grows between full
 * collections is set in instrumentation.ts: Node does not take that flag in NODE_OPTIONS.
 */
export const withHeapLimit = (nodeOptions = '', mb = 320) =>
  [
    nodeOptions,
    nodeOptions.includes('--max-old-space-size') ? '' : `--max-old-space-size=${mb}`,
    nodeOptions.includes('--max-semi-space-size') ? '' : '--max-semi-space-size=32',
  ].filter(Boolean).join(' ');

export function startNext(mode: 'start' | 'dev', port: number, env: NodeJS.ProcessEnv, options: { cpuProfileDir?: string } = {}): ChildProcess {
  const args = [mode, '-p', String(port), '-H', '127.0.0.1'];
  // A CPU profile of the server (`npm run bench -- --profile <dir>`): node's own flag, written when the server stops.
  if (options.cpuProfileDir) return spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, path.join(ROOT, 'node_modules/next/dist/bin/next'), ...args], { cwd: ROOT, env, stdio: 'inherit' });
  return spawn(bin('next'), args, { cwd: ROOT, env, stdio: 'inherit' });
}

export async function waitForHttp(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
