// `npm test`: every test there is. Unit and integration tests (Vitest, real embedded PostgreSQL), then the
// end-to-end journeys (Playwright in Chromium against the production build).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { generatePrismaClient, ROOT } from './support';

function step(name: string, command: string, args: string[]) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  console.log(`━━ ${name}: ${result.status === 0 ? 'geslaagd' : 'MISLUKT'} in ${((Date.now() - started) / 1000).toFixed(0)} s ━━`);
  return result.status === 0;
}

generatePrismaClient();
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
const results = [
  step('Typecheck', bin('tsc'), ['--noEmit']),
  step('Unit- en integratietests', bin('vitest'), ['run']),
  step('End-to-endtests', process.execPath, [bin('tsx'), 'scripts/e2e.ts']),
];
process.exit(results.every(Boolean) ? 0 : 1);
