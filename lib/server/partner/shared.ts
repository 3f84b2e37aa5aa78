import 'server-only';
import type { Tx } from '@/lib/db';
import { leesOp } from '@/lib/server/lees-zonder-transactie';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { doelSleutel, PARTNER_DOEL } from '@/lib/domain/partner-toegang';
import { volledigeNaam } from '@/lib/domain/naam';
import type { PartnerGelezen } from '@/lib/server/access/partner-access';

// Issue 22: what a partner may know to recognise a household: the names of the persons who consented to it (for
// PARTNER_DOEL) and of the persons with a running toewijzing to it. Never the rest of the household.

/**
 * The names per household the partner may know, for the households given (all already checked as visible): one
 * statement (issue 23: were five with Prisma's nested reads), on node-postgres outside a transaction.
 */
export async function bekendeNamen(tx: Tx, partner: PartnerActor, huishoudenIds: string[], now: Date): Promise<Map<string, string[]>> {
  const namen = new Map<string, Set<string>>();
  if (!huishoudenIds.length) return new Map();
  const today = toCalendarDay(now);
  const query = Prisma.sql`
    SELECT t."huishoudenId", TRUE AS "toestemming", t."doel", p."voornamen", p."tussenvoegsel", p."achternaam"
    FROM "Toestemming" t JOIN "Persoon" p ON p."id" = t."persoonId"
    WHERE t."huishoudenId" = ANY(${huishoudenIds}::uuid[]) AND t."partnerOrganisatieId" = ${partner.organisatieId}::uuid AND t."soort" = 'DELEN_MET_PARTIJ'
      AND t."gegevenOp" <= ${today}::date AND (t."ingetrokkenOp" IS NULL OR t."ingetrokkenOp" > ${today}::date)
      AND (t."geldigTot" IS NULL OR t."geldigTot" >= ${today}::date)
    UNION ALL
    SELECT l."huishoudenId", FALSE, NULL, p."voornamen", p."tussenvoegsel", p."achternaam"
    FROM "Toewijzing" tw JOIN "Persoon" p ON p."id" = tw."persoonId"
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL AND l."huishoudenId" = ANY(${huishoudenIds}::uuid[])
    WHERE tw."aanbiederId" = ${partner.aanbiederId}::uuid AND tw."gemeenteId" = ${partner.gemeenteId}::uuid AND tw."status" <> 'INGETROKKEN'
      AND (tw."einddatum" IS NULL OR tw."einddatum" >= ${today}::date)`;
  type Rij = { huishoudenId: string; toestemming: boolean; doel: string | null; voornamen: string; tussenvoegsel: string | null; achternaam: string };
  const rijen = await leesOp<Rij>(tx, query);
  const add = (huishoudenId: string, naam: string) => {
    if (!namen.has(huishoudenId)) namen.set(huishoudenId, new Set());
    namen.get(huishoudenId)!.add(naam);
  };
  // A consent counts for PARTNER_DOEL only; a running toewijzing is a ground of its own.
  for (const r of rijen) if (!r.toestemming || doelSleutel(r.doel ?? '') === doelSleutel(PARTNER_DOEL)) add(r.huishoudenId, volledigeNaam(r));
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
