import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { formatCatalogusCsv, type CatalogusProduct } from '@/lib/domain/catalogus-csv';

/** The whole catalogue as a CSV file that importCatalogus reads back. */
export async function exportCatalogus(actor: Actor): Promise<string> {
  assertPermission(actor, 'beheer:manage');
  const producten = await prisma.product.findMany({
    where: { gemeenteId: actor.gemeenteId },
    orderBy: [{ wet: 'asc' }, { code: 'asc' }, { actiefVan: 'asc' }],
    select: { wet: true, code: true, categorie: true, naam: true, eenheid: true, standaardFrequentie: true, leveringsvormen: true, tariefCent: true, actiefVan: true, actiefTot: true },
  });
  return formatCatalogusCsv(producten as CatalogusProduct[]);
}
