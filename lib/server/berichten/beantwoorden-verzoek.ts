import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { antwoordSoort, buildAfwijzing, herkenBericht, REDEN_AFWIJZING_VERZOEK } from '@/lib/iwmo/inkomend';
import { recordAudit } from '@/lib/server/audit/record';
import { nextBerichtNummer } from '@/lib/server/toewijzing/bericht-nummer';
import { env } from '@/lib/env';
import { zetInWachtrij } from '@/lib/server/mail/queue';

// Answering a verzoek om toewijzing (315) or om wijziging (317): refused with a 319 (VerzoekAntwoord 1 and the
// RedenAfwijzingVerzoek of the standard), or honoured with a toewijzing that carries the verzoek's ReferentieAanbieder
// (TR379) and goes out with the next toewijzingbericht.

async function openVerzoek(tx: Tx, actor: Actor, input: { verzoekId: string; version: number }) {
  const verzoek = isUuid(input.verzoekId)
    ? await tx.aanbiederVerzoek.findFirst({
        where: { id: input.verzoekId, gemeenteId: actor.gemeenteId },
        select: { id: true, status: true, version: true, aanbiederId: true, persoonId: true, referentieAanbieder: true, soort: true, kanaal: true, wet: true, ingediendDoor: { select: { email: true, actief: true } }, aanbieder: { select: { agbCode: true } }, inkomendBericht: { select: { inhoud: true } } },
      })
    : null;
  if (!verzoek) throw new DomainError('NOT_FOUND', ['Dit verzoek bestaat niet (meer).']);
  if (verzoek.status !== 'OPEN') throw new DomainError('TRANSITION_REFUSED', ['Dit verzoek is al beantwoord.']);
  if (verzoek.version !== input.version) throw new DomainError('STALE_VERSION');
  return verzoek;
}

const markeer = async (tx: Tx, verzoek: { id: string; version: number }, data: Parameters<Tx['aanbiederVerzoek']['updateMany']>[0]['data']) => {
  const { count } = await tx.aanbiederVerzoek.updateMany({ where: { id: verzoek.id, version: verzoek.version, status: 'OPEN' }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new DomainError('STALE_VERSION');
};

/**
 * Issue 22 item 4: the partner user who asked by hand hears by mail that there is an answer (only that, and where to
 * read it: no client, no content), through the MailBericht queue; written in the answer's transaction.
 */
async function meldAntwoordInPortaal(tx: Tx, gemeenteId: string, verzoek: { referentieAanbieder: string; ingediendDoor: { email: string; actief: boolean } | null }, now: Date): Promise<string[]> {
  if (!verzoek.ingediendDoor?.actief) return [];
  const base = env().NEXTAUTH_URL ?? `http://localhost:${env().PORT}`;
  const mail = await tx.mailBericht.create({
    data: {
      gemeenteId, soort: 'PARTNER_VERZOEK_BEANTWOORD', aan: verzoek.ingediendDoor.email, onderwerp: `Antwoord op je verzoek ${verzoek.referentieAanbieder}`,
      tekst: `De gemeente heeft je verzoek ${verzoek.referentieAanbieder} beantwoord. Lees het antwoord in het partnerportaal (inloggen met eHerkenning):\n${base}/partner/verzoeken\n\nDit is een automatisch bericht. Je kunt er niet op antwoorden.`,
      createdAt: now,
    },
    select: { id: true },
  });
  return [mail.id];
}

/** Refuses the verzoek with a 319 for the given reason (LDT_RedenAfwijzingVerzoek 1–9). */
export async function afwijzenVerzoek(actor: Actor, input: { verzoekId: string; version: number; reden: string }, now = new Date()) {
  assertPermission(actor, 'berichten:behandelen');
  if (!REDEN_AFWIJZING_VERZOEK[input.reden]) throw new DomainError('INVALID', ['Kies een reden van afwijzing.'], { reden: ['Kies een reden van afwijzing.'] });
  const { uitkomst, mailIds } = await prisma.$transaction(async (tx) => {
    const verzoek = await openVerzoek(tx, actor, input);
    // Issue 22 item 4: a verzoek asked by hand in the partner portal gets its answer there, not as a 319 to a
    // channel the aanbieder has no software for.
    if (verzoek.kanaal === 'PORTAAL') {
      await markeer(tx, verzoek, { status: 'AFGEWEZEN', redenAfwijzing: input.reden, beantwoordOp: now, beantwoordDoorId: actor.id });
      await recordAudit(tx, actor, { actie: 'VERZOEK_AFGEWEZEN', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: verzoek.persoonId, context: 'antwoord in het partnerportaal', after: { reden: input.reden } });
      return { uitkomst: { soort: null, berichtNummer: null }, mailIds: await meldAntwoordInPortaal(tx, actor.gemeenteId, verzoek, now) };
    }
    const wet = verzoek.wet ?? (verzoek.inkomendBericht ? herkenBericht(verzoek.inkomendBericht.inhoud)?.wet : undefined);
    if (wet !== 'WMO' && wet !== 'JEUGDWET') throw new DomainError('TRANSITION_REFUSED', ['Bij dit verzoek hoort geen antwoordbericht.']);
    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true } });
    const soort = antwoordSoort(wet) as 'WMO319' | 'JW319';
    const nummer = await nextBerichtNummer(tx, actor.gemeenteId, soort);
    const xml = buildAfwijzing({ wet, afzender: gemeente.gemeentecode, ontvanger: verzoek.aanbieder.agbCode, identificatie: String(nummer), dagtekening: toCalendarDay(now), referentieAanbieder: verzoek.referentieAanbieder, reden: input.reden });
    await markeer(tx, verzoek, { status: 'AFGEWEZEN', redenAfwijzing: input.reden, antwoordXml: xml, beantwoordOp: now, beantwoordDoorId: actor.id });
    await recordAudit(tx, actor, { actie: 'VERZOEK_AFGEWEZEN', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: verzoek.persoonId, context: `${soort} aan AGB ${verzoek.aanbieder.agbCode}`, after: { reden: input.reden, berichtNummer: nummer } });
    return { uitkomst: { soort, berichtNummer: nummer } as { soort: 'WMO319' | 'JW319' | null; berichtNummer: number | null }, mailIds: [] as string[] };
  });
  await zetInWachtrij(mailIds);
  return uitkomst;
}

/**
 * Honours the verzoek with a toewijzing of this client at this aanbieder that has not been sent yet (made through the
 * beschikking as usual): it gets the verzoek's ReferentieAanbieder, which the next toewijzingbericht carries (TR379).
 */
export async function toewijzenVerzoek(actor: Actor, input: { verzoekId: string; version: number; toewijzingId: string }, now = new Date()) {
  assertPermission(actor, 'berichten:behandelen');
  const { uitkomst, mailIds } = await prisma.$transaction(async (tx) => {
    const verzoek = await openVerzoek(tx, actor, input);
    const toewijzing = isUuid(input.toewijzingId)
      ? await tx.toewijzing.findFirst({ where: { id: input.toewijzingId, gemeenteId: actor.gemeenteId }, select: { id: true, aanbiederId: true, persoonId: true, status: true, version: true, toewijzingNummer: true, referentieAanbieder: true } })
      : null;
    if (!toewijzing || toewijzing.aanbiederId !== verzoek.aanbiederId || toewijzing.persoonId !== verzoek.persoonId) {
      throw new DomainError('INVALID', ['Kies een toewijzing van deze cliënt bij deze aanbieder.'], { toewijzingId: ['Kies een toewijzing van deze cliënt bij deze aanbieder.'] });
    }
    if (toewijzing.status !== 'NIEUW' || toewijzing.referentieAanbieder) {
      throw new DomainError('INVALID', ['Deze toewijzing is al verstuurd of hoort al bij een verzoek; stel eerst de beschikking vast die het verzoek honoreert.'], { toewijzingId: ['Kies een toewijzing die nog niet is verstuurd.'] });
    }
    const { count } = await tx.toewijzing.updateMany({ where: { id: toewijzing.id, version: toewijzing.version }, data: { referentieAanbieder: verzoek.referentieAanbieder, version: { increment: 1 } } });
    if (count === 0) throw new DomainError('STALE_VERSION');
    await markeer(tx, verzoek, { status: 'TOEGEWEZEN', beantwoordOp: now, beantwoordDoorId: actor.id });
    await recordAudit(tx, actor, { actie: 'VERZOEK_TOEGEWEZEN', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: verzoek.persoonId, after: { toewijzingNummer: toewijzing.toewijzingNummer } });
    const mailIds = verzoek.kanaal === 'PORTAAL' ? await meldAntwoordInPortaal(tx, actor.gemeenteId, verzoek, now) : [];
    return { uitkomst: { toewijzingNummer: toewijzing.toewijzingNummer }, mailIds };
  });
  await zetInWachtrij(mailIds);
  return uitkomst;
}
