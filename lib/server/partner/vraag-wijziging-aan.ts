import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { DomainError } from '@/lib/errors';
import { isActueel } from '@/lib/domain/toewijzing-wijziging';
import { nietGevonden, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { registreerVerzoek } from '@/lib/server/berichten/registreer-verzoek';
import type { VerzoekWijzigingInput } from '@/lib/validations/partner';
import { portaalReferentie } from '@/lib/server/berichten/verzoek-referentie';

/**
 * Issue 22 item 4: the aanbieder's planner asks for a change of a toewijzing to their organisation (the 317 by hand):
 * a new ingangsdatum, einddatum or volume, with a motivation. The verzoek is built as a 317 would be — this toewijzing
 * to change, the client's other actuele toewijzingen at this aanbieder unchanged — and goes through the same use case
 * (registreerVerzoek) with the same rules. A toewijzing of another aanbieder is "niet gevonden".
 */
export async function vraagWijzigingAan(partner: PartnerActor, input: VerzoekWijzigingInput, now = new Date()) {
  if (!partner.aanbiederId || !isUuid(input.toewijzingId)) nietGevonden();
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const t = await tx.toewijzing.findFirst({
      where: { id: input.toewijzingId, aanbiederId: partner.aanbiederId!, gemeenteId: partner.gemeenteId, status: { not: 'INGETROKKEN' }, OR: [{ einddatum: null }, { einddatum: { gte: today } }] },
      select: { id: true, toewijzingNummer: true, wet: true, eenheid: true, frequentie: true, persoonId: true, persoon: { select: { bsn: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } } } },
    });
    if (!t) nietGevonden();
    if (!t.persoon.bsn) throw new DomainError('INVALID', ['Van deze cliënt is geen BSN bekend; neem contact op met de gemeente.']);
    const anderen = (await tx.toewijzing.findMany({
      where: { gemeenteId: partner.gemeenteId, aanbiederId: partner.aanbiederId!, persoonId: t.persoonId, wet: t.wet, status: { not: 'NIEUW' }, id: { not: t.id } },
      select: { toewijzingNummer: true, ingangsdatum: true, einddatum: true, redenWijziging: true },
    })).filter((a) => isActueel(a, now));
    const referentieAanbieder = await portaalReferentie(tx);
    const verzoek = await registreerVerzoek(
      tx,
      { kanaal: 'PORTAAL', gemeenteId: partner.gemeenteId, now, ingediendDoorId: partner.gebruikerId, motivatie: input.motivatie },
      {
        soort: 'WIJZIGING', wet: t.wet, aanbiederId: partner.aanbiederId!, persoonId: t.persoonId, bsn: t.persoon.bsn, referentieAanbieder,
        verzoek: {
          referentieAanbieder, redenVerzoek: '', ongewijzigd: anderen.map((a) => a.toewijzingNummer), nieuw: [],
          teWijzigen: [{ toewijzingNummer: t.toewijzingNummer, gewensteIngangsdatum: input.ingangsdatum, einddatum: input.einddatum, omvang: { volume: input.volume, eenheid: t.eenheid ?? '', frequentie: t.frequentie ?? '' }, budgetCent: null }],
        },
      },
    );
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_VERZOEK_INGEDIEND', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: t.persoonId, huishoudenId: t.persoon.lidmaatschappen[0]?.huishoudenId ?? null,
      after: { soort: 'WIJZIGING', referentieAanbieder, toewijzingNummer: t.toewijzingNummer, ingangsdatum: toIsoDate(input.ingangsdatum), volume: input.volume },
    }, { gronden: ['TOEWIJZING'], betrokkenheid: ['TOEWIJZING'] });
    return verzoek;
  });
}
