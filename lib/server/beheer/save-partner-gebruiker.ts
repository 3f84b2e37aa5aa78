import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { PartnerGebruikerInput } from '@/lib/validations/partner';
import { recordPartnerAudit } from '@/lib/server/access/partner-access';
import { auditChange, auditCreate } from './audit';

export const EMAIL_IN_USE = 'Deze organisatie heeft al een gebruiker met dit e-mailadres.';

/**
 * Issue 22: a user of a ketenpartner, added or changed (name, coordinator, active) by beheer — or by the
 * organisation's own coordinator, for its own organisation only (another organisation is "niet gevonden"). A
 * coordinator cannot take away their own coordinator role or deactivate themself. Version-checked, logged.
 */
export async function savePartnerGebruiker(actor: Actor | PartnerActor, input: PartnerGebruikerInput) {
  const partner = 'kind' in actor && actor.kind === 'partner' ? actor : null;
  if (partner) {
    if (!partner.coordinator) throw new DomainError('FORBIDDEN', ['Alleen de coördinator van je organisatie beheert gebruikers.']);
    if (input.organisatieId !== partner.organisatieId) throw new DomainError('NOT_FOUND', ['Niet gevonden.']);
    if (input.id === partner.gebruikerId && (!input.coordinator || !input.actief)) {
      throw new DomainError('INVALID', ['Je kunt jezelf niet uitschakelen of je rol als coördinator afnemen.']);
    }
  } else {
    assertPermission(actor as Actor, 'beheer:manage');
  }
  const gemeenteId = actor.gemeenteId;
  try {
    return await prisma.$transaction(async (tx) => {
      const organisatie = await tx.partnerOrganisatie.findFirst({ where: { id: input.organisatieId, gemeenteId }, select: { id: true } });
      if (!organisatie) throw new DomainError('NOT_FOUND', ['Deze ketenpartner bestaat niet.']);
      const data = { naam: input.naam, email: input.email, coordinator: input.coordinator, actief: input.actief };
      const audit = async (entiteitId: string, before: Record<string, unknown> | null) => {
        const what = { actie: 'PARTNER_GEBRUIKER_OPGESLAGEN' as const, entiteit: 'PartnerGebruiker', entiteitId };
        if (partner) await recordPartnerAudit(tx, partner, { ...what, after: data });
        else if (before) await auditChange(tx, actor as Actor, what, before, data);
        else await auditCreate(tx, actor as Actor, what, data);
      };
      if (!input.id) {
        const gebruiker = await tx.partnerGebruiker.create({ data: { gemeenteId, organisatieId: organisatie.id, ...data }, select: { id: true } });
        await audit(gebruiker.id, null);
        return gebruiker;
      }
      const bestaand = await tx.partnerGebruiker.findFirst({ where: { id: input.id, organisatieId: organisatie.id }, select: { id: true, naam: true, email: true, coordinator: true, actief: true } });
      if (!bestaand) throw new DomainError('NOT_FOUND', ['Deze gebruiker bestaat niet.']);
      const { count } = await tx.partnerGebruiker.updateMany({ where: { id: bestaand.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw new DomainError('STALE_VERSION');
      await audit(bestaand.id, { naam: bestaand.naam, email: bestaand.email, coordinator: bestaand.coordinator, actief: bestaand.actief });
      return { id: bestaand.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [EMAIL_IN_USE], { email: [EMAIL_IN_USE] });
    throw error;
  }
}
