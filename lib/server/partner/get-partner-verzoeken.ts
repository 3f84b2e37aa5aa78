import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { AanbiederVerzoekStatus, VerzoekKanaal } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { pagination } from '@/lib/domain/melding';
import { volledigeNaam } from '@/lib/domain/naam';
import { recordPartnerAudits } from '@/lib/server/access/partner-access';

export const PARTNER_VERZOEKEN_PER_PAGINA = 25;

type VerzoekRij = {
  id: string; soort: string; kanaal: VerzoekKanaal; status: AanbiederVerzoekStatus; referentieAanbieder: string; ontvangenOp: Date; uiterlijkOp: Date;
  beantwoordOp: Date | null; redenAfwijzing: string | null; motivatie: string | null; bsn: string; persoonId: string | null;
  ingediendDoorNaam: string | null; clientVoornamen: string | null; clientTussenvoegsel: string | null; clientAchternaam: string | null; huishoudenId: string | null;
};

/**
 * Issue 22 item 4: the organisation's own verzoeken om toewijzing of wijziging (by hand or by message), newest first,
 * with the gemeente's answer: open, toegewezen, or afgewezen with the reason and the day. Along AanbiederVerzoek's
 * (aanbiederId, ontvangenOp) index; the households of the clients shown by name are in the access log.
 * Issue 23: the count and the page (with the names) in two statements on node-postgres, then the access-log rows;
 * without an interactive transaction (its only write is the log, lib/server/lees-zonder-transactie.ts).
 */
export async function getPartnerVerzoeken(partner: PartnerActor, pagina = 1, now = new Date()) {
  if (!partner.aanbiederId) return { rijen: [], page: 1, pages: 1, total: 0 };
  const van = Prisma.sql`FROM "AanbiederVerzoek" v WHERE v."aanbiederId" = ${partner.aanbiederId}::uuid AND v."gemeenteId" = ${partner.gemeenteId}::uuid`;
  const [{ total }] = await leesSql<{ total: number }>(Prisma.sql`SELECT count(*)::int AS "total" ${van}`);
  const { page, pages, skip, take } = pagination(total, pagina, PARTNER_VERZOEKEN_PER_PAGINA);
  const today = toCalendarDay(now);
  // The clients named, by name only while the organisation still has its legal ground for them (a running
  // toewijzing of this aanbieder); otherwise the BSN the aanbieder gave itself.
  const rijen = await leesSql<VerzoekRij>(Prisma.sql`
    SELECT v."id", v."soort", v."kanaal", v."status", v."referentieAanbieder", v."ontvangenOp", v."uiterlijkOp", v."beantwoordOp", v."redenAfwijzing",
      v."motivatie", v."bsn", v."persoonId", ig."naam" AS "ingediendDoorNaam",
      c."voornamen" AS "clientVoornamen", c."tussenvoegsel" AS "clientTussenvoegsel", c."achternaam" AS "clientAchternaam", c."huishoudenId"
    FROM (SELECT v.* ${van} ORDER BY v."ontvangenOp" DESC, v."id" ASC OFFSET ${skip} LIMIT ${take}) v
    LEFT JOIN "PartnerGebruiker" ig ON ig."id" = v."ingediendDoorId"
    LEFT JOIN LATERAL (
      SELECT p."voornamen", p."tussenvoegsel", p."achternaam",
        (SELECT l."huishoudenId" FROM "HuishoudenLidmaatschap" l WHERE l."persoonId" = p."id" AND l."tot" IS NULL LIMIT 1) AS "huishoudenId"
      FROM "Persoon" p WHERE p."id" = v."persoonId" AND p."gemeenteId" = ${partner.gemeenteId}::uuid
        AND EXISTS (SELECT 1 FROM "Toewijzing" t WHERE t."persoonId" = p."id" AND t."aanbiederId" = ${partner.aanbiederId}::uuid AND t."gemeenteId" = ${partner.gemeenteId}::uuid
                    AND t."status" <> 'INGETROKKEN' AND (t."einddatum" IS NULL OR t."einddatum" >= ${today}::date))) c ON TRUE
    ORDER BY v."ontvangenOp" DESC, v."id" ASC`);
  const huishoudenIds = [...new Set(rijen.flatMap((v) => (v.huishoudenId ? [v.huishoudenId] : [])))];
  await recordPartnerAudits(prisma, partner, huishoudenIds.map((huishoudenId) => ({ actie: 'READ' as const, entiteit: 'AanbiederVerzoek', huishoudenId })));
  return {
    page, pages, total,
    rijen: rijen.map(({ ingediendDoorNaam, clientVoornamen, clientTussenvoegsel, clientAchternaam, ...v }) => ({
      ...v,
      ingediendDoor: ingediendDoorNaam === null ? null : { naam: ingediendDoorNaam },
      client: clientAchternaam === null ? null : volledigeNaam({ voornamen: clientVoornamen ?? '', tussenvoegsel: clientTussenvoegsel, achternaam: clientAchternaam }),
    })),
  };
}
