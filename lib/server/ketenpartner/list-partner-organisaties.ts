import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { PARTNER_SOORT_LABELS } from '@/lib/domain/labels';

/** Issue 22: the active ketenpartners of the gemeente, to choose from when recording a consent (no personal data). */
export async function listPartnerOrganisaties(actor: Actor) {
  assertPermission(actor, 'toestemming:write');
  const organisaties = await prisma.partnerOrganisatie.findMany({
    where: { gemeenteId: actor.gemeenteId, actief: true },
    orderBy: { naam: 'asc' },
    select: { id: true, naam: true, soort: true },
  });
  return organisaties.map((o) => ({ value: o.id, label: `${o.naam} (${PARTNER_SOORT_LABELS[o.soort].toLowerCase()})` }));
}
