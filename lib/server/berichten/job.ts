import 'server-only';
import PgBoss from 'pg-boss';
import { prisma } from '@/lib/db';
import { wisselBerichtenUit } from './kanaal';
import { env } from '@/lib/env';

// The berichtenverkeer on pg-boss: every minute one round per gemeente (write berichten/uit, read berichten/in,
// process the inbox). pg-boss runs a scheduled job once even with several app servers; the inbox itself is safe
// against two workers (FOR UPDATE SKIP LOCKED, sha256 per file).

export const BERICHTEN_JOB = 'berichten-uitwisselen';
export const BERICHTEN_CRON = '* * * * *';

export async function startBerichtenWorker(connectionString = env().DATABASE_URL) {
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const boss = new PgBoss({ connectionString });
  boss.on('error', (error) => console.error('[berichten] pg-boss:', error));
  await boss.start();
  await boss.createQueue(BERICHTEN_JOB);
  await boss.schedule(BERICHTEN_JOB, BERICHTEN_CRON, {}, { tz: 'Europe/Amsterdam' });
  await boss.work(BERICHTEN_JOB, async () => {
    for (const g of await prisma.gemeente.findMany({ select: { id: true, naam: true } })) {
      const r = await wisselBerichtenUit(g.id);
      if (r.geschreven || r.ingelezen || r.verwerkt.length) {
        console.log(`[berichten] ${new Date().toISOString()} ${g.naam}: ${r.geschreven} uit, ${r.ingelezen} in, ${r.verwerkt.filter((v) => v.status === 'GEWEIGERD').length} geweigerd`);
      }
    }
  });
  return boss;
}
