// `npm test`: every test there is. Typecheck, unit and integration tests (Vitest, real embedded PostgreSQL), then
// the end-to-end journeys (Playwright in Chromium against the production build), then the tiny benchmark on that
// same build (`npm run bench:ci`). Ends with one line that counts
// every test: "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { generatePrismaClient, ROOT } from './support';

const REPORTS = path.join(ROOT, '.test-reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  console.log(`━━ ${name}: ${result.status === 0 ? 'geslaagd' : 'MISLUKT'} in ${((Date.now() - started) / 1000).toFixed(0)} s ━━`);
  return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;
}

generatePrismaClient();
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
const vitestJson = path.join(REPORTS, 'vitest.json');
const playwrightJson = path.join(REPORTS, 'playwright.json');
const ok = [
  step('Typecheck', bin('tsc'), ['--noEmit']),
  step('Unit- en integratietests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
  step('End-to-endtests', process.execPath, [bin('tsx'), 'scripts/e2e.ts'], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson }),
  // The tiny benchmark (issue 9): about 1,000 households against the production build the e2e tests just made. Not a
  // timed test: it fails only when the benchmark itself breaks (a page that does not render, a failed request).
  step('Benchmark, kleine versie', process.execPath, [bin('tsx'), 'scripts/bench.ts', '--ci']),
];

// Count from the runners' own reports rather than trusting exit codes alone.
const vitest = readJson(vitestJson) as { numPassedTests?: number; numFailedTests?: number; numTotalTests?: number } | null;
const playwright = readJson(playwrightJson) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
const missing = !vitest || !playwright || (vitest.numTotalTests ?? 0) === 0;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(ok.every(Boolean) && failed === 0 && !missing ? 0 : 1);
