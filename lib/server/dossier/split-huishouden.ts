import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toIsoDate } from '@/lib/domain/dates';
import { planSplitsing, rollenNaSplitsing } from '@/lib/domain/lidmaatschap';
import { findWijkForPostcode } from '@/lib/domain/postcode';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import type { SplitHuishoudenInput } from '@/lib/validations/dossier';
import { bumpVersion } from './add-lid';
import { openDossier } from './common';
import { verhuisPersoonIn } from './verhuis-persoon';

/**
 * A household splits (a divorce, a child who moves out): the chosen members start a new household at a new address,
 * all in one transaction; everyone else stays. The history of both stays, and the 1-household rule holds throughout.
 */
export async function splitHuishouden(actor: Actor, input: SplitHuishoudenInput, today = new Date()) {
  assertPermission(actor, 'huishouden:leden-wijzigen');
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, input.huishoudenId, { actie: 'HUISHOUDEN_GESPLITST', entiteit: 'Huishouden', after: { vertrekkers: input.persoonIds.length, op: toIsoDate(input.datum) } });
    const leden = await tx.huishoudenLidmaatschap.findMany({
      where: { huishoudenId: input.huishoudenId, tot: null },
      select: { persoonId: true, rol: true, persoon: { select: { geboortedatum: true } } },
    });
    const plan = planSplitsing(leden, input.persoonIds);
    if (!plan.ok) throw new DomainError('INVALID', [plan.reason], { persoonIds: [plan.reason] });
    await bumpVersion(tx, actor, input.huishoudenId, input.version);
    const ranges = await tx.postcodeGebied.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { wijkId: true, postcodeVan: true, postcodeTot: true } });
    const nieuw = await tx.huishouden.create({
      data: {
        gemeenteId: actor.gemeenteId, naam: input.naam, straat: input.straat, huisnummer: input.huisnummer, huisnummerToevoeging: input.huisnummerToevoeging,
        postcode: input.postcode, woonplaats: input.woonplaats, wijkId: findWijkForPostcode(input.postcode, ranges),
      },
      select: { id: true },
    });
    const vertrekkers = rollenNaSplitsing(
      leden.filter((l) => input.persoonIds.includes(l.persoonId)).map((l) => ({ persoonId: l.persoonId, rol: l.rol, geboortedatum: l.persoon.geboortedatum })),
    );
    for (const v of vertrekkers) {
      await verhuisPersoonIn(tx, actor, { persoonId: v.persoonId, naarHuishoudenId: nieuw.id, rol: v.nieuweRol, datum: input.datum, reden: input.reden }, today);
    }
    await recordAudit(tx, actor, {
      actie: 'HUISHOUDEN_AANGEMAAKT', entiteit: 'Huishouden', entiteitId: nieuw.id, huishoudenId: nieuw.id,
      context: 'splitsing van een huishouden', after: { vanHuishoudenId: input.huishoudenId },
    });
    return { nieuwHuishoudenId: nieuw.id };
  });
}
