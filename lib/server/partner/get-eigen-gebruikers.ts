import 'server-only';
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { DomainError } from '@/lib/errors';

/** Issue 22: the users of the coordinator's own organisation (to manage them); nobody else may list them. */
export async function getEigenGebruikers(partner: PartnerActor) {
  if (!partner.coordinator) throw new DomainError('FORBIDDEN', ['Alleen de coördinator van je organisatie beheert gebruikers.']);
  return prisma.partnerGebruiker.findMany({
    where: { organisatieId: partner.organisatieId, gemeenteId: partner.gemeenteId },
    orderBy: { naam: 'asc' },
    select: { id: true, naam: true, email: true, coordinator: true, actief: true, version: true, laatstIngelogdOp: true },
  });
}
