import 'server-only';
import PgBoss from 'pg-boss';
import { anonimiseerVerlopenDossiersAlleGemeenten } from './verlopen-dossiers';
import { env } from '@/lib/env';

// The daily retention job on pg-boss: scheduled at 03:00 Amsterdam time, run by a worker in this process. pg-boss
// keeps its own tables (schema pgboss) in the same database, so a job is done once even with several app servers.

export const BEWAARTERMIJN_JOB = 'bewaartermijnen-anonimiseren';
export const BEWAARTERMIJN_CRON = '0 3 * * *';

export async function startBewaartermijnWorker(connectionString = env().DATABASE_URL) {
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const boss = new PgBoss({ connectionString });
  boss.on('error', (error) => console.error('[bewaartermijnen] pg-boss:', error));
  await boss.start();
  await boss.createQueue(BEWAARTERMIJN_JOB);
  await boss.schedule(BEWAARTERMIJN_JOB, BEWAARTERMIJN_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(BEWAARTERMIJN_JOB, async () => {
    const verslag = await anonimiseerVerlopenDossiersAlleGemeenten();
    console.log(`[bewaartermijnen] ${new Date().toISOString()} ${verslag.map((v) => `${v.gemeente}: ${v.aantal} geanonimiseerd`).join('; ')}`);
  });
  return boss;
}
