import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/server/audit/record';
import { env } from '@/lib/env';

export type OntvangenMail = { bestand: string; from: string; to: string[]; subject: string; text: string; date: string };

/**
 * Issue 21, Beheer › Mail: the outgoing notification mail of the gemeente, undeliverable mail first (with its error);
 * and in demo mode the mailbox of the embedded test SMTP server (TEST_SMTP_DIR), so that a demo or a test can read
 * what really arrived. Logged (the addresses are personal data).
 */
export async function getMailOverzicht(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const uitgaand = await prisma.$transaction(async (tx) => {
    await recordAudit(tx, actor, { actie: 'READ', entiteit: 'MailBericht' });
    return tx.mailBericht.findMany({
      where: { gemeenteId: actor.gemeenteId },
      orderBy: [{ createdAt: 'desc' }],
      take: 100,
      select: { id: true, aan: true, onderwerp: true, soort: true, status: true, pogingen: true, fout: true, createdAt: true, verzondenOp: true },
    });
  });
  const mislukt = await prisma.mailBericht.count({ where: { gemeenteId: actor.gemeenteId, status: 'MISLUKT' } });
  const dir = env().TEST_SMTP_DIR;
  const demo = env().WIJKREGIE_DEMO === '1' && Boolean(dir);
  let ontvangen: OntvangenMail[] = [];
  if (demo && dir) {
    const bestanden = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse().slice(0, 50);
    ontvangen = await Promise.all(bestanden.map(async (bestand) => ({ bestand, ...(JSON.parse(await readFile(path.join(dir, bestand), 'utf8')) as Omit<OntvangenMail, 'bestand'>) })));
  }
  return { uitgaand, mislukt, demo, ontvangen };
}
