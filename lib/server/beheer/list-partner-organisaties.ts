import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Issue 22: the gemeente's ketenpartners with their users, for beheer. */
export async function listPartnerOrganisatiesBeheer(actor: Actor) {
  assertPermission(actor, 'beheer:manage');
  const [organisaties, aanbieders] = await Promise.all([
    prisma.partnerOrganisatie.findMany({
      where: { gemeenteId: actor.gemeenteId },
      orderBy: { naam: 'asc' },
      select: {
        id: true, naam: true, soort: true, kvkNummer: true, actief: true, aanbiederId: true, version: true,
        gebruikers: { orderBy: { naam: 'asc' }, select: { id: true, naam: true, email: true, coordinator: true, actief: true, version: true, laatstIngelogdOp: true } },
      },
    }),
    prisma.aanbieder.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { naam: 'asc' }, select: { id: true, naam: true, agbCode: true } }),
  ]);
  return { organisaties, aanbieders: aanbieders.map((a) => ({ value: a.id, label: `${a.naam} (AGB ${a.agbCode})` })) };
}
