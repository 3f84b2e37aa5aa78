import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { recordAudit } from '@/lib/server/audit/record';
import { auditChange, auditCreate } from './audit';
import { beoordeelCatalogus } from './catalogus-import';

/**
 * Imports a catalogue file: all or nothing. The file is judged again inside the transaction (with the catalogue
 * locked), and one wrong line refuses the whole file with the line numbers and reasons; nothing is written then.
 * Every new or changed product gets its own audit row, and the import one row with the totals.
 */
export async function importCatalogus(actor: Actor, csv: string) {
  assertPermission(actor, 'beheer:manage');
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('catalogus:' || ${actor.gemeenteId}))`;
      const beoordeling = await beoordeelCatalogus(tx, actor.gemeenteId, csv);
      if (!beoordeling.geldig) {
        const reasons = [
          ...beoordeling.fouten,
          ...beoordeling.regels.filter((r) => r.fouten.length).map((r) => `Regel ${r.regel}: ${r.fouten.join(' ')}`),
        ];
        throw new DomainError('INVALID', ['Het bestand is niet ingelezen; er is niets gewijzigd.', ...reasons]);
      }
      let nieuw = 0;
      let gewijzigd = 0;
      for (const r of beoordeling.regels) {
        const product = r.product!;
        if (r.actie === 'NIEUW') {
          const created = await tx.product.create({ data: { gemeenteId: actor.gemeenteId, ...product }, select: { id: true } });
          await auditCreate(tx, actor, { actie: 'PRODUCT_IMPORTED', entiteit: 'Product', entiteitId: created.id }, { ...product });
          nieuw++;
        } else if (r.actie === 'WIJZIGING') {
          const before = await tx.product.findUniqueOrThrow({ where: { id: r.bestaandId! } });
          const data = {
            naam: product.naam,
            eenheid: product.eenheid,
            standaardFrequentie: product.standaardFrequentie,
            leveringsvormen: product.leveringsvormen,
            tariefCent: product.tariefCent,
            actiefTot: product.actiefTot,
          };
          await tx.product.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } });
          await auditChange(tx, actor, { actie: 'PRODUCT_IMPORTED', entiteit: 'Product', entiteitId: before.id }, before, data);
          gewijzigd++;
        }
      }
      const ongewijzigd = beoordeling.regels.length - nieuw - gewijzigd;
      await recordAudit(tx, actor, { actie: 'CATALOGUS_IMPORTED', entiteit: 'Product', after: { nieuw, gewijzigd, ongewijzigd } });
      return { nieuw, gewijzigd, ongewijzigd };
    },
    { timeout: 60_000 },
  );
}
