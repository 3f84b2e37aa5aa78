import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { consultDueDate } from '@/lib/domain/veiligheid';
import { PARTNER_DOEL } from '@/lib/domain/partner-toegang';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { findPartnerToegang } from '@/lib/server/access/partner-access';
import type { PartnerConsultVragenInput } from '@/lib/validations/partner';

/**
 * Issue 22: the regisseur asks a ketenpartner (the POH-ggz of the huisarts, the intern begeleider) for advice about the
 * household: a consult (MEEDENKEN) with the organisation as the adviser, due within the gemeente's consult term. The
 * consult makes the organisation involved, but never gives it a ground: without a consent of the household for it
 * (or a toewijzing) the partner could not read the question, so it is refused at the field.
 */
export async function vraagPartnerConsult(actor: Actor, input: PartnerConsultVragenInput, now = new Date()) {
  assertPermission(actor, 'plan:write');
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: 'CONSULT_AANGEVRAAGD', entiteit: 'Consult', entiteitId: id, after: { soort: 'MEEDENKEN', partnerOrganisatieId: input.partnerOrganisatieId },
    });
    const casus = await tx.casus.findFirst({ where: { huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId, fase: { not: 'AFGESLOTEN' } }, select: { id: true } });
    if (!casus) throw new DomainError('TRANSITION_REFUSED', ['Dit huishouden heeft geen open casus. Een consult hoort bij een casus.']);
    const organisatie = await tx.partnerOrganisatie.findFirst({
      where: { id: input.partnerOrganisatieId, gemeenteId: actor.gemeenteId, actief: true },
      select: { id: true, naam: true, soort: true, aanbiederId: true },
    });
    const veld = (message: string) => new DomainError('INVALID', [message], { partnerOrganisatieId: [message] });
    if (!organisatie) throw veld('Kies een ketenpartner uit de lijst.');
    // The ground as the partner will be checked: with this consult it is involved, so only the ground can be missing.
    const alsPartner: PartnerActor = {
      kind: 'partner', gemeenteId: actor.gemeenteId, gebruikerId: '', naam: '', email: '', coordinator: false,
      organisatieId: organisatie.id, organisatieNaam: organisatie.naam, soort: organisatie.soort, aanbiederId: organisatie.aanbiederId,
    };
    const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { consultTermijnDagen: true } });
    const consult = await tx.consult.create({
      data: {
        id, gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus.id, soort: 'MEEDENKEN', vraag: input.vraag,
        aangevraagdDoorId: actor.id, uiterlijkOp: consultDueDate(now, 'TWIJFEL', gemeente.consultTermijnDagen), partnerOrganisatieId: organisatie.id,
      },
      select: { id: true, uiterlijkOp: true },
    });
    if (!(await findPartnerToegang(alsPartner, input.huishoudenId, now, tx))) {
      throw veld(`Het huishouden heeft ${organisatie.naam} geen toestemming gegeven voor “${PARTNER_DOEL.toLowerCase()}”. Leg eerst die toestemming vast: een consult geeft zelf geen toegang.`);
    }
    return consult;
  });
}
