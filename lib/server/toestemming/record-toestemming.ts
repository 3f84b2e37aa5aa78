import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { gezagRijTelt, gezagToestemmingWeigering } from '@/lib/domain/brp';
import { ageOn } from '@/lib/domain/dates';
import { volledigeNaam } from '@/lib/domain/melding';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { RecordToestemmingInput } from '@/lib/validations/toestemming';

// DOMAIN.md §2 start en toestemming: who gave consent (a member, or their legal representative), for what, how,
// when and until when.
export async function recordToestemming(actor: Actor, input: RecordToestemmingInput) {
  assertPermission(actor, 'toestemming:write');
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: 'TOESTEMMING_VASTGELEGD', entiteit: 'Toestemming', entiteitId: id, persoonId: input.persoonId,
      after: { soort: input.soort, wijze: input.wijze, gegevenOp: input.gegevenOp.toISOString(), geldigTot: input.geldigTot?.toISOString() ?? null },
    });
    const lid = await tx.huishoudenLidmaatschap.findFirst({
      where: { huishoudenId: input.huishoudenId, persoonId: input.persoonId, tot: null },
      select: { id: true },
    });
    if (!lid) throw new DomainError('INVALID', ['Kies iemand uit het huishouden.'], { persoonId: ['Kies iemand uit het huishouden.'] });
    // Issue 20: a minor's gezag from the BRP (or a staff member's decision where the BRP names no one) decides who consents.
    const persoon = await tx.persoon.findUniqueOrThrow({
      where: { id: input.persoonId },
      select: { geboortedatum: true, gezagBron: true, vertegenwoordigd: { where: { bron: { in: ['BRP', 'MEDEWERKER'] }, tot: null }, select: { bron: true, naam: true, vertegenwoordiger: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } } } },
    });
    persoon.vertegenwoordigd = persoon.vertegenwoordigd.filter((v) => gezagRijTelt(persoon.gezagBron, v.bron));
    const weigering = gezagToestemmingWeigering(
      persoon.geboortedatum && persoon.geboortedatum <= input.gegevenOp ? ageOn(persoon.geboortedatum, input.gegevenOp) : null, persoon.gezagBron,
      persoon.vertegenwoordigd.map((v) => (v.vertegenwoordiger ? volledigeNaam(v.vertegenwoordiger) : v.naam ?? 'onbekend')), input.gegevenDoor,
    );
    if (weigering) throw new DomainError('INVALID', [weigering], { gegevenDoor: [weigering] });
    const deelt = input.soort === 'DELEN_MET_PARTIJ';
    // Issue 22: a consent for a registered ketenpartner names it as the party.
    const partner = deelt && input.partnerOrganisatieId
      ? await tx.partnerOrganisatie.findFirst({ where: { id: input.partnerOrganisatieId, gemeenteId: actor.gemeenteId, actief: true }, select: { id: true, naam: true } })
      : null;
    if (deelt && input.partnerOrganisatieId && !partner) {
      throw new DomainError('INVALID', ['Kies een ketenpartner uit de lijst.'], { partnerOrganisatieId: ['Kies een ketenpartner uit de lijst.'] });
    }
    const toestemming = await tx.toestemming.create({
      data: {
        id,
        gemeenteId: actor.gemeenteId,
        huishoudenId: input.huishoudenId,
        persoonId: input.persoonId,
        gegevenDoor: input.gegevenDoor,
        soort: input.soort,
        partij: deelt ? partner?.naam ?? input.partij : null,
        doel: deelt ? input.doel : null,
        wijze: input.wijze,
        gegevenOp: input.gegevenOp,
        geldigTot: input.geldigTot,
        vastgelegdDoorId: actor.id,
        partnerOrganisatieId: partner?.id ?? null,
        deeltContactgegevens: Boolean(partner) && Boolean(input.deeltContactgegevens),
      },
    });
    return toestemming;
  });
}
