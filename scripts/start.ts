// `npm start`: the app on http://localhost:3000, on the embedded database with demo data unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, ensureAuthSecret, generatePrismaClient, ROOT, startNext, withHeapLimit } from './support';
import { prepareDatabase } from './database';
import { startEmbeddedBrp } from '../lib/brp/embedded';
import { startTestDigid } from './test-digid';
import { env as config } from '../lib/env';
import { startTestSmtp } from './test-smtp';

async function main() {
  const dev = process.argv.includes('--dev');
  const { PORT: port, NEXTAUTH_URL, WIJKREGIE_DEMO, WIJKREGIE_JOBS } = config(); // stops here, naming the variable, when one is wrong
  generatePrismaClient();
  const db = await prepareDatabase({ seed: process.argv.includes('--no-seed') ? 'never' : 'if-empty-embedded' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    WIJKREGIE_DEMO: WIJKREGIE_DEMO ?? (db.embedded ? '1' : '0'),
    // V8's default old space is sized for the machine's memory and lets the heap grow to several hundred MB before it
    // collects; 320 MB (production server only) holds the app at the benchmark's load (issue 9) and keeps the server well under 600 MB.
    NODE_OPTIONS: dev ? process.env.NODE_OPTIONS : withHeapLimit(process.env.NODE_OPTIONS),
  };
  // Issue 20: the embedded BRP (lib/brp/embedded.ts) on BRP_PORT (3002) unless BRP_URL is set; the demo's residents are in it.
  Object.assign(env, (await startEmbeddedBrp({ dataDir: path.join(ROOT, '.data'), databaseUrl: db.embedded || process.env.SEED_DEMO === '1' ? process.env.DATABASE_URL : undefined })).env);
  const digid = await startTestDigid(env, env.NEXTAUTH_URL!, Number(process.env.TEST_DIGID_PORT ?? 3001)); // issue 21
  const smtp = await startTestSmtp(env, Number(process.env.TEST_SMTP_PORT ?? 2525), path.join(ROOT, '.data/mail')); // issue 21
  if (!dev) buildIfStale();
  const next = startNext(dev ? 'dev' : 'start', port, env);
  // Issue 8: the daily retention job (pg-boss, scripts/bewaartermijn.ts --worker) beside the app; WIJKREGIE_JOBS=0 leaves
  // it off. Its failure is logged, never stops the app.
  const jobs = WIJKREGIE_JOBS === '0' ? null
    : spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=react-server', 'scripts/bewaartermijn.ts', '--worker'], { cwd: ROOT, env, stdio: 'inherit' });
  jobs?.on('exit', (code) => code && console.error(`› Bewaartermijnen-taak gestopt (code ${code}); de app draait door.`));
  console.log(`› Wijkregie start op http://localhost:${port}`);
  const shutdown = async (code: number) => {
    next.kill('SIGTERM');
    jobs?.kill('SIGTERM');
    await digid?.stop();
    await smtp?.stop();
    await db.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  next.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
