import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** The front office's worklist: meldingen not yet triaged, urgent first, then oldest first. */
export async function listOpenMeldingen(actor: Actor, options: { take?: number } = {}) {
  assertPermission(actor, 'melding:read');
  const where = { gemeenteId: actor.gemeenteId, status: { in: ['NIEUW', 'IN_TRIAGE'] as ('NIEUW' | 'IN_TRIAGE')[] } };
  const [meldingen, total, urgent] = await Promise.all([
    prisma.melding.findMany({
      where,
      orderBy: [{ urgent: 'desc' }, { ontvangenOp: 'asc' }],
      take: options.take ?? 50,
      select: { id: true, kenmerk: true, kanaal: true, naam: true, urgent: true, status: true, ontvangenOp: true, postcode: true },
    }),
    prisma.melding.count({ where }),
    prisma.melding.count({ where: { ...where, urgent: true } }),
  ]);
  return { meldingen, total, urgent };
}
