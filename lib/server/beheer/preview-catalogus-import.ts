import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { beoordeelCatalogus } from './catalogus-import';

/** What importing this file would do, line by line with Dutch reasons; writes nothing. */
export async function previewCatalogusImport(actor: Actor, csv: string) {
  assertPermission(actor, 'beheer:manage');
  const beoordeling = await prisma.$transaction((tx) => beoordeelCatalogus(tx, actor.gemeenteId, csv));
  return {
    ...beoordeling,
    regels: beoordeling.regels.map(({ product: _product, bestaandId: _bestaandId, ...r }) => r),
    aantallen: {
      nieuw: beoordeling.regels.filter((r) => r.actie === 'NIEUW').length,
      gewijzigd: beoordeling.regels.filter((r) => r.actie === 'WIJZIGING').length,
      ongewijzigd: beoordeling.regels.filter((r) => r.actie === 'ONGEWIJZIGD').length,
      fout: beoordeling.regels.filter((r) => r.fouten.length > 0).length,
    },
  };
}

export type CatalogusImportVoorbeeld = Awaited<ReturnType<typeof previewCatalogusImport>>;
