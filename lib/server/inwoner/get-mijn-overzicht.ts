import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { toCalendarDay } from '@/lib/domain/dates';
import { onderzoekDeadline } from '@/lib/domain/deadlines';
import { recordInwonerAudit, zichtbarePersonen } from '@/lib/server/access/inwoner-access';
import { persoonNaam, termijnInstellingen, termijnVan } from '@/lib/server/aanvraag/shared';

/**
 * Issue 21, the resident's overview: their household, its meldingen (number, date, status and the term of the
 * onderzoek; never the text, which may come from someone else) and the aanvragen of the persons whose part they see,
 * with the legal term as a date. Read through the resident's own need-to-know; logged.
 */
export async function getMijnOverzicht(inwoner: InwonerActor, now = new Date()) {
  const today = toCalendarDay(now);
  return leesZonderTransactie(async (tx) => {
    const personen = await zichtbarePersonen(inwoner, now, tx);
    const [huishouden, gemeente, meldingen, aanvragen, plan] = await Promise.all([
      tx.huishouden.findUniqueOrThrow({ where: { id: inwoner.huishoudenId }, select: { naam: true } }),
      tx.gemeente.findUniqueOrThrow({ where: { id: inwoner.gemeenteId }, select: { onderzoekTermijnDagen: true } }),
      tx.melding.findMany({
        where: { huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId },
        orderBy: { ontvangenOp: 'desc' },
        select: { id: true, kenmerk: true, ontvangenOp: true, status: true },
        take: 20,
      }),
      tx.aanvraag.findMany({
        where: { huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, persoonId: { in: personen } },
        orderBy: { ontvangenOp: 'desc' },
        select: {
          id: true, nummer: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true,
          opschortingen: { select: { van: true, tot: true } },
          product: { select: { naam: true } },
          persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true } },
          beschikkingen: { where: { status: { in: ['VERZONDEN', 'VASTGESTELD'] } }, select: { datum: true, besluit: true }, orderBy: { createdAt: 'desc' }, take: 1 },
        },
        take: 50,
      }),
      tx.ondersteuningsplan.findFirst({
        where: { huishoudenId: inwoner.huishoudenId, actueel: true },
        select: { versies: { orderBy: { versienummer: 'desc' }, take: 1, select: { status: true, akkoordInwonerOp: true } } },
      }),
    ]);
    const settings = await termijnInstellingen(tx, inwoner.gemeenteId);
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'Huishouden', entiteitId: inwoner.huishoudenId });
    return {
      huishouden: huishouden.naam,
      meldingen: meldingen.map((m) => ({
        ...m,
        onderzoekUiterlijk: m.status === 'NIEUW' || m.status === 'IN_TRIAGE' ? onderzoekDeadline(m.ontvangenOp, settings.besluitdagen, gemeente.onderzoekTermijnDagen) : null,
      })),
      aanvragen: aanvragen.map((a) => ({
        id: a.id, nummer: a.nummer, product: a.product.naam, status: a.status, ontvangenOp: a.ontvangenOp,
        voor: a.persoon.id === inwoner.persoonId ? null : persoonNaam(a.persoon),
        uiterlijk: isOpenAanvraag(a.status) ? termijnVan(a, settings, today).uiterlijk : null,
        besluit: a.beschikkingen[0] ?? null,
      })),
      plan: plan?.versies[0] ?? null,
    };
  });
}
