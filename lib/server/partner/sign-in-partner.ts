import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { eHerkenningNiveauVoldoende } from '@/lib/domain/partner-inloggen';
import { findPartnerGebruiker, recordPartnerAudit } from '@/lib/server/access/partner-access';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';

export type PartnerWeigering = 'ONBEKEND' | 'NIVEAU';

/**
 * After eHerkenning: the partner user behind the verified ID token — the organisation by its KvK number, the person by
 * e-mail, both active — at assurance level EH3 or higher (the second factor: eHerkenning EH3 means a login with two
 * factors at the broker). The sign-in is in the access log.
 */
export async function signInPartner(claims: { kvk: string; email: string | null; niveau: string | null }, now = new Date()): Promise<{ partner: PartnerActor } | { weigering: PartnerWeigering }> {
  if (!eHerkenningNiveauVoldoende(claims.niveau)) return { weigering: 'NIVEAU' };
  const gemeente = await getPublicGemeente();
  const email = claims.email?.trim().toLowerCase();
  if (!/^\d{8}$/.test(claims.kvk) || !email) return { weigering: 'ONBEKEND' };
  return prisma.$transaction(async (tx) => {
    const gebruiker = await tx.partnerGebruiker.findFirst({
      where: { gemeenteId: gemeente.id, email, actief: true, organisatie: { kvkNummer: claims.kvk, actief: true, gemeenteId: gemeente.id } },
      select: { id: true },
    });
    const partner = gebruiker ? await findPartnerGebruiker(gemeente.id, gebruiker.id, tx) : null;
    if (!partner) return { weigering: 'ONBEKEND' as const };
    await tx.partnerGebruiker.update({ where: { id: partner.gebruikerId }, data: { laatstIngelogdOp: now } });
    await recordPartnerAudit(tx, partner, { actie: 'PARTNER_SIGNED_IN', entiteit: 'PartnerGebruiker', entiteitId: partner.gebruikerId });
    return { partner };
  });
}
