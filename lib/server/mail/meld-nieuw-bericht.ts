import 'server-only';
import type { Tx } from '@/lib/db';
import { ZELFSTANDIG_VANAF } from '@/lib/domain/inwoner';
import { zetInWachtrij } from './queue';
import { env } from '@/lib/env';

export const NIEUW_BERICHT_ONDERWERP = 'Er is een nieuw bericht voor u in Mijn plan';

/** What a notification reports: only that there is something, where to read it; never its content. */
const MELDINGEN = {
  NIEUW_BERICHT: { onderwerp: NIEUW_BERICHT_ONDERWERP, zin: 'Er staat een nieuw bericht van het wijkteam voor u klaar in Mijn plan.', pad: '/mijn/berichten' },
  PLAN_TER_AKKOORD: { onderwerp: 'Uw plan is klaar: wilt u het lezen?', zin: 'Uw plan is klaar. U kunt het lezen in Mijn plan en zeggen of u het ermee eens bent.', pad: '/mijn/plan' },
} as const;
export type MailSoort = keyof typeof MELDINGEN;

/**
 * Issue 21: the household's members of 16 or older with an e-mail address get a mail that there is a new message —
 * only that, no content. The mail rows are written in the caller's transaction; `verstuur` (after the commit) puts
 * them on the queue without waiting for SMTP.
 */
export const meldNieuwBericht = (tx: Tx, gemeenteId: string, huishoudenId: string, now: Date) => meldHuishouden(tx, gemeenteId, huishoudenId, now, 'NIEUW_BERICHT');

/** A notification of `soort` to the household (see meldNieuwBericht). */
export async function meldHuishouden(tx: Tx, gemeenteId: string, huishoudenId: string, now: Date, soort: MailSoort) {
  const melding = MELDINGEN[soort];
  const grens = new Date(Date.UTC(now.getUTCFullYear() - ZELFSTANDIG_VANAF, now.getUTCMonth(), now.getUTCDate()));
  const leden = await tx.huishoudenLidmaatschap.findMany({
    where: { huishoudenId, tot: null, persoon: { email: { not: null }, overledenOp: null, geboortedatum: { lte: grens } } },
    select: { persoon: { select: { email: true } } },
  });
  const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: gemeenteId }, select: { naam: true, website: true } });
  const base = env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
  const ids: string[] = [];
  for (const email of new Set(leden.map((l) => l.persoon.email!))) {
    const mail = await tx.mailBericht.create({
      data: {
        gemeenteId, huishoudenId, soort, aan: email, onderwerp: melding.onderwerp,
        tekst: `Beste inwoner,\n\n${melding.zin} Log in met DigiD om het te lezen:\n${base}${melding.pad}\n\nDit is een automatisch bericht. U kunt er niet op antwoorden.\n\nGemeente ${gemeente.naam}`,
      },
      select: { id: true },
    });
    ids.push(mail.id);
  }
  return { aantal: ids.length, verstuur: () => zetInWachtrij(ids) };
}
