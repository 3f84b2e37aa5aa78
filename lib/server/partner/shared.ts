import 'server-only';
import type { Tx } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { doelSleutel, PARTNER_DOEL } from '@/lib/domain/partner-toegang';
import { volledigeNaam } from '@/lib/domain/naam';
import type { PartnerGelezen } from '@/lib/server/access/partner-access';

// Issue 22: what a partner may know to recognise a household: the names of the persons who consented to it (for
// PARTNER_DOEL) and of the persons with a running toewijzing to it. Never the rest of the household.

/** The names per household the partner may know, for the households given (all already checked as visible). */
export async function bekendeNamen(tx: Tx, partner: PartnerActor, huishoudenIds: string[], now: Date): Promise<Map<string, string[]>> {
  const namen = new Map<string, Set<string>>();
  if (!huishoudenIds.length) return new Map();
  const today = toCalendarDay(now);
  const [toestemmingen, toewijzingen] = await Promise.all([
    tx.toestemming.findMany({
      where: {
        huishoudenId: { in: huishoudenIds }, partnerOrganisatieId: partner.organisatieId, soort: 'DELEN_MET_PARTIJ',
        gegevenOp: { lte: today }, OR: [{ ingetrokkenOp: null }, { ingetrokkenOp: { gt: today } }],
        AND: [{ OR: [{ geldigTot: null }, { geldigTot: { gte: today } }] }],
      },
      select: { huishoudenId: true, doel: true, persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
    }),
    partner.aanbiederId
      ? tx.toewijzing.findMany({
        where: {
          aanbiederId: partner.aanbiederId, gemeenteId: partner.gemeenteId, status: { not: 'INGETROKKEN' }, OR: [{ einddatum: null }, { einddatum: { gte: today } }],
          persoon: { lidmaatschappen: { some: { huishoudenId: { in: huishoudenIds }, tot: null } } },
        },
        select: { persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, lidmaatschappen: { where: { tot: null }, select: { huishoudenId: true } } } } },
      })
      : Promise.resolve([]),
  ]);
  const add = (huishoudenId: string, naam: string) => {
    if (!namen.has(huishoudenId)) namen.set(huishoudenId, new Set());
    namen.get(huishoudenId)!.add(naam);
  };
  for (const t of toestemmingen) if (doelSleutel(t.doel ?? '') === doelSleutel(PARTNER_DOEL)) add(t.huishoudenId, volledigeNaam(t.persoon));
  for (const t of toewijzingen) for (const l of t.persoon.lidmaatschappen) if (huishoudenIds.includes(l.huishoudenId)) add(l.huishoudenId, volledigeNaam(t.persoon));
  return new Map([...namen].map(([id, set]) => [id, [...set].sort((a, b) => a.localeCompare(b, 'nl'))]));
}

/**
 * bekendeNamen for the one household whose check (leesPartnerToegang) already read its consents and toewijzingen for
 * this partner: the same names without reading them again (issue 23).
 */
export function bekendeNamenUit(partner: PartnerActor, gelezen: Pick<PartnerGelezen, 'toestemmingen' | 'toewijzingen'>, now: Date): string[] {
  const today = toCalendarDay(now).getTime();
  const namen = new Set<string>();
  for (const t of gelezen.toestemmingen) {
    if (t.partnerOrganisatieId === partner.organisatieId && t.soort === 'DELEN_MET_PARTIJ' && t.gegevenOp.getTime() <= today
      && (t.ingetrokkenOp === null || t.ingetrokkenOp.getTime() > today) && (t.geldigTot === null || t.geldigTot.getTime() >= today)
      && doelSleutel(t.doel ?? '') === doelSleutel(PARTNER_DOEL)) namen.add(volledigeNaam(t.persoon));
  }
  for (const t of gelezen.toewijzingen) if (t.status !== 'INGETROKKEN' && (t.einddatum === null || t.einddatum.getTime() >= today)) namen.add(volledigeNaam(t.persoon));
  return [...namen].sort((a, b) => a.localeCompare(b, 'nl'));
}
