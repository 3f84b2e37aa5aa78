// `npm run test:e2e`: the production build on a fresh embedded database with demo data, driven by Playwright in
// Chromium. Extra arguments go to `playwright test` (e.g. a spec file).
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildIfStale, generatePrismaClient, ROOT, startNext, waitForHttp } from './support';
import { prepareDatabase } from './database';
import { startEmbeddedBrpProcess } from '../lib/brp/embedded';
import { startTestDigid } from './test-digid';
import { startTestSmtp } from './test-smtp';

async function main() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const baseUrl = `http://127.0.0.1:${port}`;
  generatePrismaClient();
  buildIfStale();

  const dir = await mkdtemp(path.join(os.tmpdir(), 'wijkregie-e2e-'));
  await chmod(dir, 0o755);
  delete process.env.DATABASE_URL;
  const db = await prepareDatabase({ seed: 'always-if-empty', dataDir: path.join(dir, 'pg'), port: Number(process.env.E2E_PG_PORT ?? 54391) });
  const env = { ...process.env, NEXTAUTH_SECRET: 'e2e-secret-not-for-production', NEXTAUTH_URL: baseUrl, NEXT_TELEMETRY_DISABLED: '1', WIJKREGIE_DEMO: '1',
    // The tests play the reverse proxy: their X-Forwarded-For (a resident per test) is believed from 127.0.0.1 only.
    TRUSTED_PROXIES: '127.0.0.1' };
  Object.assign(env, (await startEmbeddedBrpProcess({ root: ROOT, port: Number(process.env.E2E_BRP_PORT ?? port + 5), dataDir: dir, databaseUrl: process.env.DATABASE_URL })).env); // issue 20: the local BRP, own process
  const digid = await startTestDigid(env, baseUrl, Number(process.env.E2E_OIDC_PORT ?? port + 1)); // issue 21
  const smtp = await startTestSmtp(env, Number(process.env.E2E_SMTP_PORT ?? port - 599), path.join(dir, 'mail')); // issue 21
  const server = startNext('start', port, env);
  let status = 1;
  try {
    await waitForHttp(`${baseUrl}/login`);
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/playwright'), ['test', ...process.argv.slice(2)], {
      cwd: ROOT,
      env: { ...env, E2E_BASE_URL: baseUrl },
      stdio: 'inherit',
    });
    status = result.status ?? 1;
  } finally {
    server.kill('SIGTERM');
    await digid?.stop();
    await smtp?.stop();
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
