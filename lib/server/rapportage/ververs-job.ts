import 'server-only';
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';
import { RAPPORTAGE_VERVERS_MINUTEN, verversRapportages } from './get-rapportage';

// Issue 23: the rapportage's figures of the whole gemeente computed ahead, every five minutes, by a pg-boss job run in
// the app process (instrumentation.ts, beside the mail worker), so that a page view reads a snapshot instead of
// aggregating the whole city. pg-boss keeps its schedule in the database: with several app servers the job runs once.

export const RAPPORTAGE_JOB = 'rapportage-verversen';
export const RAPPORTAGE_CRON = `*/${RAPPORTAGE_VERVERS_MINUTEN} * * * *`;

export async function startRapportageWorker(connectionString = env().DATABASE_URL) {
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const boss = new PgBoss({ connectionString });
  boss.on('error', (error) => console.error('[rapportage] pg-boss:', error));
  await boss.start();
  await boss.createQueue(RAPPORTAGE_JOB, { name: RAPPORTAGE_JOB, policy: 'stately' });
  await boss.schedule(RAPPORTAGE_JOB, RAPPORTAGE_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(RAPPORTAGE_JOB, async () => {
    await verversRapportages();
  });
  // Right after a start there is no snapshot yet: compute one now rather than at the first view.
  await boss.send(RAPPORTAGE_JOB, {});
  return boss;
}
