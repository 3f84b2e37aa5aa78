// Sending one mail of the outbox over SMTP (issue 21), run by the pg-boss worker. SMTP_URL in production; the embedded
// test SMTP server (scripts/test-smtp.ts) by default. No 'server-only': loaded by instrumentation.ts.
import nodemailer, { type Transporter } from 'nodemailer';
import { prisma } from '@/lib/db';
import { MAIL_POGINGEN } from './queue';
import { env } from '@/lib/env';

let transport: Transporter | null = null;
const transporter = () => (transport ??= nodemailer.createTransport(env().SMTP_URL ?? 'smtp://127.0.0.1:2525'));
const AFZENDER = () => env().MAIL_FROM ?? 'Wijkregie <noreply@wijkregie.test>';

/**
 * Sends the mail once. A failure counts an attempt and throws (pg-boss retries with backoff) until MAIL_POGINGEN;
 * then the mail is MISLUKT with its error and the job ends.
 */
export async function verstuurMail(mailId: string): Promise<void> {
  const mail = await prisma.mailBericht.findUnique({ where: { id: mailId } });
  if (!mail || mail.status !== 'WACHT') return;
  try {
    await transporter().sendMail({ from: AFZENDER(), to: mail.aan, subject: mail.onderwerp, text: mail.tekst });
    await prisma.mailBericht.update({ where: { id: mail.id }, data: { status: 'VERZONDEN', verzondenOp: new Date(), pogingen: { increment: 1 }, fout: null } });
  } catch (error) {
    const fout = error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
    const pogingen = mail.pogingen + 1;
    await prisma.mailBericht.update({ where: { id: mail.id }, data: { pogingen, fout, status: pogingen >= MAIL_POGINGEN ? 'MISLUKT' : 'WACHT' } });
    if (pogingen < MAIL_POGINGEN) throw error;
  }
}

/** The worker beside the app: takes mails off the queue, and puts back any that were left waiting (a crash, a restart). */
export async function startMailWorker() {
  const { mailBoss, MAIL_JOB } = await import('./queue');
  const boss = await mailBoss();
  await boss.work<{ mailId: string }>(MAIL_JOB, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await verstuurMail(job.data.mailId);
  });
  return boss;
}
