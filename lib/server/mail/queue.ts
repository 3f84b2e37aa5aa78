// The mail queue on pg-boss (issue 21): one pg-boss per app process, started on first use. No 'server-only' here:
// instrumentation.ts loads the worker outside the React server layer.
import PgBoss from 'pg-boss';
import { env } from '@/lib/env';

export const MAIL_JOB = 'mail-versturen';
/** Attempts before a mail counts as undeliverable (MISLUKT): the first and four retries with backoff. */
export const MAIL_POGINGEN = 5;

const g = globalThis as unknown as { wijkregieMailBoss?: Promise<PgBoss> };

export function mailBoss(): Promise<PgBoss> {
  g.wijkregieMailBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, max: 2 });
    boss.on('error', (error) => console.error('[mail] pg-boss:', error));
    await boss.start();
    await boss.createQueue(MAIL_JOB, { name: MAIL_JOB, retryLimit: MAIL_POGINGEN - 1, retryDelay: 2, retryBackoff: true });
    return boss;
  })().catch((error) => {
    g.wijkregieMailBoss = undefined;
    throw error;
  });
  return g.wijkregieMailBoss;
}

/** Puts mails (by their MailBericht id) on the queue; never throws into the request that asked (a failure is logged). */
export async function zetInWachtrij(mailIds: string[]): Promise<void> {
  if (!mailIds.length) return;
  try {
    const boss = await mailBoss();
    await Promise.all(mailIds.map((mailId) => boss.send(MAIL_JOB, { mailId })));
  } catch (error) {
    console.error('[mail] niet in de wachtrij gezet (blijft WACHT):', error);
  }
}
