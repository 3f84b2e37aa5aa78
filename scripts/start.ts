// `npm start`: the app on http://localhost:3000, on the embedded database with demo data unless DATABASE_URL is set.
import { buildIfStale, ensureAuthSecret, generatePrismaClient, startNext } from './support';
import { prepareDatabase } from './database';

async function main() {
  const dev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  generatePrismaClient();
  const db = await prepareDatabase({ seed: process.argv.includes('--no-seed') ? 'never' : 'if-empty-embedded' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: ensureAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    WIJKREGIE_DEMO: process.env.WIJKREGIE_DEMO ?? (db.embedded ? '1' : '0'),
  };
  if (!dev) buildIfStale();
  const next = startNext(dev ? 'dev' : 'start', port, env);
  console.log(`› Wijkregie start op http://localhost:${port}`);
  const shutdown = async (code: number) => {
    next.kill('SIGTERM');
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
