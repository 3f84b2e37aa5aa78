import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { gezagTeBeslissen } from '@/lib/domain/brp';
import { addCalendarDays, ageOn, toCalendarDay, toIsoDate } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { openDossier } from '@/lib/server/dossier/common';
import type { StelGezagVastInput } from '@/lib/validations/brp';

/**
 * A staff member decides who holds gezag over a minor (issue 20) where the BRP names no one or has its gezag in
 * onderzoek: the holders (members of the household, or one named outside it), the document the decision rests on
 * with its date, who recorded it and when. The earlier gezag rows end yesterday (history stays); the person's record says
 * the gezag now comes from a person (gezagBron MEDEWERKER), with the version the page showed.
 */
export async function stelGezagVast(actor: Actor, input: StelGezagVastInput, now = new Date()) {
  assertPermission(actor, 'huishouden:leden-wijzigen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    // Access check and the access-log row in one (rolled back with everything else when the decision is refused).
    await openDossier(tx, actor, input.huishoudenId, {
      actie: 'GEZAG_VASTGESTELD', entiteit: 'Persoon', entiteitId: input.persoonId,
      after: { gezagBron: 'MEDEWERKER', soort: input.soort, houders: [...new Set(input.houderIds)], buitenHuishouden: input.andereHouder ? 1 : 0, grond: input.grond, grondDatum: toIsoDate(input.grondDatum) },
    });
    const lid = await tx.huishoudenLidmaatschap.findFirst({
      where: { huishoudenId: input.huishoudenId, persoonId: input.persoonId, tot: null, persoon: { gemeenteId: actor.gemeenteId } },
      select: { persoon: { select: { geboortedatum: true, gezagBron: true, brpInOnderzoek: true, gezagToelichting: true } } },
    });
    if (!lid) throw new DomainError('NOT_FOUND', ['Deze persoon hoort niet (meer) bij dit huishouden.']);
    const p = lid.persoon;
    if (!p.geboortedatum || ageOn(p.geboortedatum, today) >= 18) throw new DomainError('INVALID', ['Gezag is er alleen over een minderjarige.']);
    if (!gezagTeBeslissen(p)) {
      throw new DomainError('TRANSITION_REFUSED', [p.gezagBron === 'BRP'
        ? 'De BRP noemt wie het gezag heeft. Is dat niet juist, meld het dan aan de BRP; hier vastleggen kan alleen als de BRP niemand noemt of het gezag in onderzoek is.'
        : 'Het gezag van deze persoon komt niet uit de BRP. Vergelijk de persoon eerst met de BRP.']);
    }
    const houderIds = [...new Set(input.houderIds)].filter((id) => id !== input.persoonId);
    if (houderIds.length !== input.houderIds.length) throw new DomainError('INVALID', ['Een kind heeft geen gezag over zichzelf.']);
    const houders = houderIds.length
      ? await tx.huishoudenLidmaatschap.findMany({
          where: { huishoudenId: input.huishoudenId, persoonId: { in: houderIds }, tot: null },
          select: { persoon: { select: { id: true, geboortedatum: true } } },
        })
      : [];
    if (houders.length !== houderIds.length) throw new DomainError('INVALID', ['Kies iemand die nu bij dit huishouden hoort, of vul de naam in.']);
    if (houders.some((h) => !h.persoon.geboortedatum || ageOn(h.persoon.geboortedatum, today) < 18)) {
      throw new DomainError('INVALID', ['Wie gezag heeft, is meerderjarig. Kies een volwassene, of vul de naam in.']);
    }

    const { count } = await tx.persoon.updateMany({
      where: { id: input.persoonId, version: input.version },
      data: { gezagBron: 'MEDEWERKER', gezagToelichting: input.toelichting, version: { increment: 1 } },
    });
    if (count === 0) throw await staleVersionError(tx, actor, { entiteit: 'Persoon', entiteitId: input.persoonId, wat: 'het gezag van deze persoon' });
    // `tot` is the last day a row holds: the earlier gezag holds until yesterday, the decision from today.
    await tx.vertegenwoordiging.updateMany({ where: { persoonId: input.persoonId, soort: { in: ['GEZAG', 'VOOGD'] }, OR: [{ tot: null }, { tot: { gte: today } }] }, data: { tot: addCalendarDays(today, -1) } });
    const besluit = {
      gemeenteId: actor.gemeenteId, persoonId: input.persoonId, soort: input.soort, bron: 'MEDEWERKER', vanaf: today,
      grond: input.grond, grondDatum: input.grondDatum, grondKenmerk: input.grondKenmerk, vastgesteldDoorId: actor.id, vastgesteldOp: now,
    } as const;
    for (const id of houderIds) await tx.vertegenwoordiging.create({ data: { ...besluit, vertegenwoordigerId: id } });
    if (input.andereHouder) await tx.vertegenwoordiging.create({ data: { ...besluit, naam: input.andereHouder } });
    return { persoonId: input.persoonId };
  });
}
