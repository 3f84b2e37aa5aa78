import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import type { Wet } from '@/lib/domain/enums';

/** The product catalogue, per law and code, newest version first; with how many aanbieders hold a contract. */
export async function listProducten(actor: Actor, filter: { wet?: Wet | null } = {}) {
  assertPermission(actor, 'beheer:manage');
  return prisma.product.findMany({
    where: { gemeenteId: actor.gemeenteId, ...(filter.wet ? { wet: filter.wet } : {}) },
    orderBy: [{ wet: 'asc' }, { code: 'asc' }, { actiefVan: 'desc' }],
    select: {
      id: true,
      wet: true,
      categorie: true,
      code: true,
      naam: true,
      eenheid: true,
      standaardFrequentie: true,
      leveringsvormen: true,
      tariefCent: true,
      actiefVan: true,
      actiefTot: true,
      _count: { select: { contracten: true } },
    },
  });
}
