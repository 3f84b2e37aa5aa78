import 'server-only';
import type { Tx } from '@/lib/db';
import { formatDatum } from '@/lib/domain/dates';
import { maySeePersoon, ZELFSTANDIG_VANAF } from '@/lib/domain/inwoner';
import { bevestigingTekst } from '@/lib/domain/melding';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { zetInWachtrij } from './queue';
import { env } from '@/lib/env';

export const NIEUW_BERICHT_ONDERWERP = 'Er is een nieuw bericht voor u in Mijn plan';

/** What a notification reports: only that there is something, where to read it; never its content. */
const MELDINGEN = {
  NIEUW_BERICHT: { onderwerp: NIEUW_BERICHT_ONDERWERP, zin: 'Er staat een nieuw bericht van het wijkteam voor u klaar in Mijn plan.', pad: '/mijn/berichten' },
  PLAN_TER_AKKOORD: { onderwerp: 'Uw plan is klaar: wilt u het lezen?', zin: 'Uw plan is klaar. U kunt het lezen in Mijn plan en zeggen of u het ermee eens bent.', pad: '/mijn/plan' },
  BESCHIKKING_VERSTUURD: { onderwerp: 'Er is een nieuwe brief voor u in Mijn plan', zin: 'Er staat een nieuwe brief van de gemeente voor u klaar in Mijn plan. Het is een besluit over uw aanvraag.', pad: '/mijn/brieven' },
} as const;
export type MailSoort = keyof typeof MELDINGEN;

/**
 * Issue 21: the household's members of 16 or older with an e-mail address get a mail that there is a new message —
 * only that, no content. The mail rows are written in the caller's transaction; `verstuur` (after the commit) puts
 * them on the queue without waiting for SMTP.
 */
export const meldNieuwBericht = (tx: Tx, gemeenteId: string, huishoudenId: string, now: Date) => meldHuishouden(tx, gemeenteId, huishoudenId, now, 'NIEUW_BERICHT');

/**
 * A notification of `soort` to the household (see meldNieuwBericht). With `overPersoonId` (a letter about one
 * person) only to the members who see that person's part in Mijn plan: the person themself from 16, else the parents
 * with gezag (lib/domain/inwoner maySeePersoon) — nobody hears of a letter they cannot open.
 */
export async function meldHuishouden(tx: Tx, gemeenteId: string, huishoudenId: string, now: Date, soort: MailSoort, overPersoonId?: string) {
  const melding = MELDINGEN[soort];
  const grens = new Date(Date.UTC(now.getUTCFullYear() - ZELFSTANDIG_VANAF, now.getUTCMonth(), now.getUTCDate()));
  let leden = await tx.huishoudenLidmaatschap.findMany({
    where: { huishoudenId, tot: null, persoon: { email: { not: null }, overledenOp: null, geboortedatum: { lte: grens } } },
    select: { persoonId: true, persoon: { select: { email: true } } },
  });
  if (overPersoonId) {
    const doel = await tx.persoon.findUniqueOrThrow({
      where: { id: overPersoonId },
      select: {
        geboortedatum: true,
        lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 },
        vertegenwoordigd: { select: { soort: true, vanaf: true, tot: true, vertegenwoordigerId: true } },
      },
    });
    const target = { persoonId: overPersoonId, huishoudenId: doel.lidmaatschappen[0]?.huishoudenId ?? null, geboortedatum: doel.geboortedatum, gezag: doel.vertegenwoordigd };
    leden = leden.filter((l) => maySeePersoon({ persoonId: l.persoonId, huishoudenId }, target, now));
  }
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

export const MELDING_ONTVANGEN_ONDERWERP = 'Wij hebben uw melding ontvangen';

/**
 * Issue 21: "melding ontvangen" to the address the melder gave on /melding (their own, or the melder's when the
 * melding is about someone else): the kenmerk and what happens next, nothing of what was written. Never the concern
 * about safety either (a shared mailbox may be read by the person it is about): the text is that of a melding
 * without it. Written in the melding's transaction; `verstuur` after the commit.
 */
export async function meldMeldingOntvangen(
  tx: Tx,
  melding: { gemeenteId: string; meldingId: string; aan: string; kenmerk: string; ontvangenOp: Date; overAnder: boolean; termijnDagen: number },
  gemeente: { naam: string; telefoon: string },
) {
  const tekst = bevestigingTekst({ urgent: false, overAnder: melding.overAnder, ontvangenOp: melding.ontvangenOp, termijnDagen: melding.termijnDagen, besluitdagen: await laadBesluitdagen(tx) });
  const stappen = tekst.stappen.map((stap, i) => `${i + 1}. ${stap}`).join('\n');
  const mail = await tx.mailBericht.create({
    data: {
      gemeenteId: melding.gemeenteId, meldingId: melding.meldingId, soort: 'MELDING_ONTVANGEN', aan: melding.aan, onderwerp: MELDING_ONTVANGEN_ONDERWERP,
      tekst: `Beste inwoner,\n\nWij hebben uw melding ontvangen op ${formatDatum(melding.ontvangenOp)}. Uw kenmerk is ${melding.kenmerk}. Noem het als u contact met ons opneemt.\n\nWat gebeurt er nu?\n${stappen}\n\nIs iemand nu in gevaar? Bel dan 112.\nVragen? Bel de gemeente op ${gemeente.telefoon}.\n\nDit is een automatisch bericht. U kunt er niet op antwoorden.\n\nGemeente ${gemeente.naam}`,
    },
    select: { id: true },
  });
  return { aantal: 1, verstuur: () => zetInWachtrij([mail.id]) };
}
