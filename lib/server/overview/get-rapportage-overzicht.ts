import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/** Aggregates only: counts per fase and per wijk, no personal data. */
export async function getRapportageOverzicht(actor: Actor) {
  assertPermission(actor, 'rapportage:read');
  const [perFase, perWijk, wijken, regie] = await Promise.all([
    prisma.casus.groupBy({ by: ['fase'], where: { gemeenteId: actor.gemeenteId }, _count: { _all: true } }),
    prisma.huishouden.groupBy({ by: ['wijkId'], where: { gemeenteId: actor.gemeenteId, casussen: { some: { fase: { not: 'AFGESLOTEN' } } } }, _count: { _all: true } }),
    prisma.wijk.findMany({ where: { gemeenteId: actor.gemeenteId }, select: { id: true, naam: true } }),
    prisma.regieToewijzing.groupBy({ by: ['vorm'], where: { gemeenteId: actor.gemeenteId, tot: null, lead: true }, _count: { _all: true } }),
  ]);
  const wijkNaam = new Map(wijken.map((w) => [w.id, w.naam]));
  return {
    perFase: perFase.map((r) => ({ fase: r.fase, aantal: r._count._all })),
    perWijk: perWijk.map((r) => ({ wijk: r.wijkId ? wijkNaam.get(r.wijkId) ?? 'Onbekend' : 'Buiten de wijken', aantal: r._count._all })),
    regie: regie.map((r) => ({ vorm: r.vorm, aantal: r._count._all })),
  };
}
