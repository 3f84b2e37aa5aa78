import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { OPEN_AANVRAAG_STATUSSEN } from '@/lib/domain/aanvraag-termijn';
import { volledigeNaam } from '@/lib/domain/melding';
import { ontvangstProblemen } from '@/lib/domain/schriftelijke-aanvraag';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { nextKenmerk } from '@/lib/server/nummering';
import type { SchriftelijkeAanvraagInput } from '@/lib/validations/aanvraag';
import { termijnInstellingen, termijnVan } from './shared';

// Issue 16 item 3 (Wmo 2015 art. 2.3.2 lid 9): a resident may apply in writing, after the onderzoek or when it took
// longer than six weeks, with or without a plan. The backoffice registers the letter for the household the person
// lives in; the legal term starts on the day the letter arrived (lib/domain/aanvraag-termijn from ontvangenOp), and
// the aanvraag is in the backoffice queue at once.

/** The products a written aanvraag can ask for: the gemeente's catalogue, active on the day of registration. */
export async function getSchriftelijkeAanvraagKeuzes(actor: Actor, now = new Date()) {
  assertPermission(actor, 'aanvraag:behandelen');
  const today = toCalendarDay(now);
  const producten = await prisma.product.findMany({
    where: { gemeenteId: actor.gemeenteId, actiefVan: { lte: today }, OR: [{ actiefTot: null }, { actiefTot: { gte: today } }] },
    orderBy: [{ wet: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, naam: true, wet: true, leveringsvormen: true },
  });
  return { producten };
}

export async function registerSchriftelijkeAanvraag(actor: Actor, input: SchriftelijkeAanvraagInput, now = new Date()) {
  assertPermission(actor, 'aanvraag:behandelen');
  const today = toCalendarDay(now);
  const ontvangenOp = toCalendarDay(input.ontvangenOp);
  const problemen = ontvangstProblemen({ ontvangenOp, reden: input.reden }, today);
  if (Object.keys(problemen).length) {
    throw new DomainError('INVALID', Object.values(problemen), Object.fromEntries(Object.entries(problemen).map(([veld, tekst]) => [veld, [tekst]])));
  }
  return prisma.$transaction(async (tx) => {
    const persoon = await tx.persoon.findFirst({
      where: { gemeenteId: actor.gemeenteId, bsn: input.bsn, overledenOp: null },
      select: {
        id: true, voornamen: true, tussenvoegsel: true, achternaam: true,
        lidmaatschappen: { where: { tot: null, huishouden: { geanonimiseerdOp: null } }, select: { huishoudenId: true }, take: 1 },
      },
    });
    const huishoudenId = persoon?.lidmaatschappen[0]?.huishoudenId;
    if (!persoon || !huishoudenId) {
      const tekst = 'Er woont geen inwoner met dit BSN in een huishouden van de gemeente. Controleer het BSN op de brief; is de inwoner nieuw, laat de toegang dan eerst een melding registreren.';
      throw new DomainError('NOT_FOUND', [tekst], { bsn: [tekst] });
    }
    const product = await tx.product.findFirst({
      where: { id: input.productId, gemeenteId: actor.gemeenteId, actiefVan: { lte: today }, OR: [{ actiefTot: null }, { actiefTot: { gte: today } }] },
      select: { id: true, wet: true, naam: true, leveringsvormen: true },
    });
    if (!product) throw new DomainError('INVALID', ['Kies een product uit de lijst.'], { productId: ['Kies een product uit de lijst.'] });
    if (!product.leveringsvormen.includes(input.leveringsvorm)) {
      const tekst = `${product.naam} kan niet als ${input.leveringsvorm === 'PGB' ? 'persoonsgebonden budget' : 'zorg in natura'} worden geleverd.`;
      throw new DomainError('INVALID', [tekst], { leveringsvorm: [tekst] });
    }
    const lopend = await tx.aanvraag.findFirst({
      where: { gemeenteId: actor.gemeenteId, persoonId: persoon.id, productId: product.id, status: { in: [...OPEN_AANVRAAG_STATUSSEN] } },
      select: { nummer: true },
    });
    if (lopend) {
      const tekst = `Voor ${volledigeNaam(persoon)} loopt al aanvraag ${lopend.nummer} voor ${product.naam}. Voeg de brief daaraan toe in plaats van een tweede aanvraag te registreren.`;
      throw new DomainError('CONFLICT', [tekst], { productId: [tekst] });
    }
    // An aanvraag belongs to a casus: the open one, else the household's latest (a letter after the casus closed).
    const casus = await tx.casus.findFirst({
      where: { huishoudenId, gemeenteId: actor.gemeenteId },
      orderBy: [{ afgeslotenOp: { sort: 'desc', nulls: 'first' } }, { geopendOp: 'desc' }],
      select: { id: true },
    });
    if (!casus) {
      const tekst = 'Dit huishouden heeft nog geen casus. Laat de toegang eerst een melding registreren en triëren; registreer de aanvraag daarna met de datum waarop de brief binnenkwam.';
      throw new DomainError('TRANSITION_REFUSED', [tekst], { bsn: [tekst] });
    }
    const nummer = await nextKenmerk(tx, actor.gemeenteId, 'aanvraag', today);
    const aanvraag = await tx.aanvraag.create({
      data: {
        gemeenteId: actor.gemeenteId, nummer, huishoudenId, casusId: casus.id, persoonId: persoon.id, productId: product.id, wet: product.wet,
        leveringsvorm: input.leveringsvorm, toelichting: input.toelichting, ontvangenOp, status: 'ONTVANGEN',
        schriftelijk: true, registratieReden: input.reden, geregistreerdDoorId: actor.id,
      },
      select: { id: true, nummer: true, wet: true, ontvangenOp: true, verdagingDagen: true },
    });
    // The aanvraag is now the backoffice's ground of need-to-know; the access-log row names it.
    await assertHouseholdAccess(tx, actor, huishoudenId, {
      actie: 'AANVRAAG_AANGEMAAKT', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: persoon.id,
      after: { nummer, productId: product.id, wet: product.wet, leveringsvorm: input.leveringsvorm, ontvangenOp: ontvangenOp.toISOString().slice(0, 10), schriftelijk: true, registratieReden: input.reden },
    });
    const termijn = termijnVan({ ...aanvraag, opschortingen: [] }, await termijnInstellingen(tx, actor.gemeenteId), today);
    return { id: aanvraag.id, nummer: aanvraag.nummer, huishoudenId, termijn };
  });
}
