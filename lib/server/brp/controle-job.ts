import 'server-only';
import PgBoss from 'pg-boss';
import { controleerPersonenInBrp } from './controleer-personen-in-brp';
import { env } from '@/lib/env';

// The nightly BRP check on pg-boss (issue 20), beside the retention job in the same worker process: scheduled at
// 02:30 Amsterdam time; pg-boss makes it run once even with several app servers.

export const BRP_CONTROLE_JOB = 'brp-controle-open-casussen';
export const BRP_CONTROLE_CRON = '30 2 * * *';

export async function startBrpControleWorker(connectionString = env().DATABASE_URL) {
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const boss = new PgBoss({ connectionString });
  boss.on('error', (error) => console.error('[brp-controle] pg-boss:', error));
  await boss.start();
  await boss.createQueue(BRP_CONTROLE_JOB);
  await boss.schedule(BRP_CONTROLE_JOB, BRP_CONTROLE_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(BRP_CONTROLE_JOB, async () => {
    const verslag = await controleerPersonenInBrp();
    console.log(`[brp-controle] ${new Date().toISOString()} ${verslag.map((v) => `${v.gemeente}: ${v.gecontroleerd} gecontroleerd, ${v.taken} taken${v.fout ? ` (${v.fout})` : ''}`).join('; ')}`);
  });
  return boss;
}
