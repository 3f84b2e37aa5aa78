import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isValidBsn, normalizeBsn } from '@/lib/domain/bsn';
import { recordAudit } from '@/lib/server/audit/record';
import { DomainError } from '@/lib/errors';

/**
 * Inzage (AVG art. 15, issue 8): everything Wijkregie keeps about one person, for the privacy officer. The person's
 * own records and those of the households they belong to (the officer redacts third parties before handing it
 * over), plus the access log about them. Reading it is itself logged (actie EXPORT) in the same transaction.
 */
export async function exportPersoon(actor: Actor, persoonId: string) {
  assertPermission(actor, 'inzage:export');
  return prisma.$transaction(async (tx) => {
    const persoon = await tx.persoon.findFirst({
      where: { id: persoonId, gemeenteId: actor.gemeenteId },
      include: { lidmaatschappen: true, vertegenwoordigd: true, vertegenwoordigt: true, toestemmingen: true, zrmScores: true, aanvragen: true, beschikkingen: true, toewijzingen: true },
    });
    if (!persoon) throw new DomainError('NOT_FOUND');
    const huishoudenIds = persoon.lidmaatschappen.map((l) => l.huishoudenId);
    const huishoudens = await tx.huishouden.findMany({
      where: { id: { in: huishoudenIds } },
      include: {
        leden: true, meldingen: true, casussen: { include: { faseWijzigingen: true } }, toestemmingen: true, gegevensdelingen: true, gesprekken: true,
        netwerk: true, regie: true, plannen: { include: { versies: true } }, aanvragen: true, beschikkingen: true, consulten: true, documenten: true,
        betrokkenen: true, contactmomenten: true, breakTheGlass: true,
      },
    });
    const toegangslog = await tx.auditEntry.findMany({
      where: { gemeenteId: actor.gemeenteId, OR: [{ persoonId }, { huishoudenId: { in: huishoudenIds } }] },
      orderBy: { op: 'asc' },
    });
    await recordAudit(tx, actor, { actie: 'EXPORT', entiteit: 'Persoon', entiteitId: persoonId, persoonId, context: 'Inzageverzoek (AVG art. 15)' });
    return {
      gemaaktOp: new Date().toISOString(),
      persoon,
      huishoudens,
      toegangslog: toegangslog.map((e) => ({ ...e, id: e.id.toString() })),
    };
  });
}

export type InzageExport = Awaited<ReturnType<typeof exportPersoon>>;

/** Finding the person: by BSN, or by surname (and optionally date of birth). No audit row: no dossier is opened. */
export async function zoekPersoonVoorInzage(actor: Actor, zoek: string) {
  assertPermission(actor, 'inzage:export');
  const term = zoek.trim();
  if (term.length < 2) return [];
  const bsn = normalizeBsn(term);
  const where = bsn && isValidBsn(bsn) ? { gemeenteId: actor.gemeenteId, bsn } : { gemeenteId: actor.gemeenteId, achternaam: { contains: term, mode: 'insensitive' as const } };
  return prisma.persoon.findMany({ where, select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true }, orderBy: [{ achternaam: 'asc' }, { voornamen: 'asc' }], take: 25 });
}
