import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { PartnerOrganisatieActiefInput } from '@/lib/validations/partner';
import { recordAudit } from '@/lib/server/audit/record';
import { beheerConflict } from './audit';

/**
 * Issue 22: beheer switches a ketenpartner off or on again. Off ends the access of all its users at once: every partner
 * request reads the user and its organisation fresh (findPartnerGebruiker), sign-in refuses them, and the regisseur's
 * "wie ziet wat" shows that it sees nothing. Its users, actions and history stay; switching on restores them.
 */
export async function setPartnerOrganisatieActief(actor: Actor, input: PartnerOrganisatieActiefInput) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(async (tx) => {
    const organisatie = await tx.partnerOrganisatie.findFirst({ where: { id: input.id, gemeenteId: actor.gemeenteId }, select: { id: true, actief: true } });
    if (!organisatie) throw new DomainError('NOT_FOUND', ['Deze ketenpartner bestaat niet.']);
    if (organisatie.actief === input.actief) {
      throw new DomainError('TRANSITION_REFUSED', [input.actief ? 'Deze ketenpartner is al ingeschakeld.' : 'Deze ketenpartner is al uitgeschakeld.']);
    }
    const { count } = await tx.partnerOrganisatie.updateMany({ where: { id: organisatie.id, version: input.version }, data: { actief: input.actief, version: { increment: 1 } } });
    if (count === 0) throw await beheerConflict(tx, actor, 'PartnerOrganisatie', organisatie.id, 'deze ketenpartner');
    const gebruikers = await tx.partnerGebruiker.count({ where: { organisatieId: organisatie.id, actief: true } });
    await recordAudit(tx, actor, {
      actie: input.actief ? 'PARTNER_ORGANISATIE_GEACTIVEERD' : 'PARTNER_ORGANISATIE_GEDEACTIVEERD',
      entiteit: 'PartnerOrganisatie',
      entiteitId: organisatie.id,
      before: { actief: organisatie.actief },
      after: { actief: input.actief, gebruikers },
    });
    return { gebruikers };
  });
}
