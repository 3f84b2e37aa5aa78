import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { findPartnerToegang, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { registreerVerzoek } from '@/lib/server/berichten/registreer-verzoek';
import { portaalReferentie } from '@/lib/server/berichten/verzoek-referentie';
import type { VerzoekToewijzingInput } from '@/lib/validations/partner';

const ONBEKEND = 'Geen cliënt met dit BSN bij jouw organisatie. Je kunt een toewijzing vragen voor een cliënt van een huishouden dat je ziet.';

/**
 * Issue 22 item 4: the aanbieder's planner asks for a new toewijzing (the 315 by hand) for a client of a household
 * the organisation can see (a toewijzing there, or consent and involvement), by BSN: a product it has a contract for,
 * the period and volume, with a motivation. The same use case (registreerVerzoek) and rules as the 315 message. A
 * BSN the organisation may not see gets the same answer as an unknown one.
 */
export async function vraagToewijzingAan(partner: PartnerActor, input: VerzoekToewijzingInput, now = new Date()) {
  if (!partner.aanbiederId) throw new DomainError('NOT_FOUND', ['Niet gevonden.']);
  return prisma.$transaction(async (tx) => {
    const persoon = await tx.persoon.findFirst({
      where: { gemeenteId: partner.gemeenteId, bsn: input.bsn },
      select: { id: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true }, take: 1 } },
    });
    const huishoudenId = persoon?.lidmaatschappen[0]?.huishoudenId ?? null;
    const toegang = huishoudenId ? await findPartnerToegang(partner, huishoudenId, now, tx) : null;
    if (!persoon || !toegang) throw new DomainError('NOT_FOUND', [ONBEKEND], { bsn: [ONBEKEND] });
    const product = await tx.product.findFirst({
      // Whether the aanbieder has a contract for it is the verzoek's rule (registreerVerzoek), the same for a 315.
      where: { id: input.productId, gemeenteId: partner.gemeenteId },
      select: { wet: true, categorie: true, code: true, eenheid: true, standaardFrequentie: true },
    });
    if (!product) throw new DomainError('INVALID', ['Kies een product uit de lijst.'], { productId: ['Kies een product uit de lijst.'] });
    const referentieAanbieder = await portaalReferentie(tx);
    const verzoek = await registreerVerzoek(
      tx,
      { kanaal: 'PORTAAL', gemeenteId: partner.gemeenteId, now, ingediendDoorId: partner.gebruikerId, motivatie: input.motivatie },
      {
        soort: 'TOEWIJZING', wet: product.wet, aanbiederId: partner.aanbiederId!, persoonId: persoon.id, bsn: input.bsn, referentieAanbieder,
        producten: [{
          referentieAanbieder, product: { categorie: product.categorie, code: product.code }, ingangsdatum: toCalendarDay(input.ingangsdatum), einddatum: input.einddatum,
          omvang: { volume: input.volume, eenheid: product.eenheid, frequentie: product.standaardFrequentie }, budgetCent: null, commentaar: null,
        }],
      },
    );
    await recordPartnerAudit(tx, partner, {
      actie: 'PARTNER_VERZOEK_INGEDIEND', entiteit: 'AanbiederVerzoek', entiteitId: verzoek.id, persoonId: persoon.id, huishoudenId,
      after: { soort: 'TOEWIJZING', referentieAanbieder, product: product.code, ingangsdatum: toIsoDate(input.ingangsdatum), volume: input.volume },
    }, toegang);
    return verzoek;
  });
}
