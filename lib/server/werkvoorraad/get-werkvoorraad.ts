import 'server-only';
import { leesSql } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ONDERZOEK_TERM_DAYS } from '@/lib/domain/deadlines';
import type { ConsultSoort, Fase, PlanStatus, Regievorm, Wet } from '@/lib/domain/enums';
import { OPEN_AANVRAAG_STATUSSEN } from '@/lib/domain/aanvraag-termijn';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';
import { toIsoDate } from '@/lib/domain/dates';
import { actiesZichtbaarTot, bouwWerkvoorraad, type HuishoudenRef } from '@/lib/domain/werkvoorraad';
import { Prisma } from '@/lib/generated/prisma/client';
import { householdAccessSql } from '@/lib/server/access/household-access';
import { fromJson, fromJsonOrNull, jsonRijen } from '@/lib/server/sql-json';
import { alsZorgsignalen, openZorgsignalenSql } from '@/lib/server/ketenpartner/get-open-zorgsignalen';

// Mijn werkvoorraad (DOMAIN.md §1 Wijkcoach): the wijkcoach's households in regie with their next deadlines, and
// the tasks derived from the records (lib/domain/werkvoorraad). Fast on 100,000 households: one statement on
// node-postgres (leesSql, issue 23), whatever the number of households; consults, waakvlam checks and
// hand-made tasks carry the need-to-know condition themselves (they may point at households I no longer have a
// ground for; households in my regie are a ground themselves); each starts from the actor's own
// rows through an index (RegieToewijzing regisseurId+tot, Consult aangevraagdDoorId+status, Taak
// toegewezenAanId+afgerondOp+uiterlijkOp) and joins by primary key. Hand-written SQL because Prisma's nested
// reads would take one round trip per level (tests/integration/werkvoorraad.test.ts counts the queries and checks
// every plan on 100,000 households).

type HuishoudenCols = { huishoudenId: string; huishoudenNaam: string; wijk: string | null };
type RegieRow = HuishoudenCols & {
  vorm: Regievorm; lead: boolean; casusId: string; nummer: string; fase: Fase; meldingOntvangenOp: string; verslagVerstuurdOp: string | null;
  opschortingen: { van: string; tot: string | null }[];
  versies: { versienummer: number; status: PlanStatus; evaluatieDatum: string | null }[];
  acties: { id: string; wat: string; uiterlijk: string; wie: string | null }[];
  aanvragen: { id: string; nummer: string; wet: Wet; ontvangenOp: string; verdagingDagen: number | null; opschortingen: { van: string; tot: string | null }[] }[];
  berichten: { sinds: string | null; aantal: number };
};
type ConsultRow = HuishoudenCols & { id: string; soort: ConsultSoort; uiterlijkOp: string; casusId: string; nummer: string; adviseur: string | null };
type WaakvlamRow = HuishoudenCols & {
  casusId: string; nummer: string; fase: Fase; waakvlamOp: string | null;
  leads: { regisseurId: string | null; vanaf: string; tot: string | null }[];
};
type TaakRow = HuishoudenCols & { id: string; titel: string; uiterlijkOp: string; casusId: string | null; nummer: string | null };

type WerkvoorraadRow = {
  onderzoekTermijnDagen: number | null; wmoBeschikkingTermijnDagen: number | null; awbBeschikkingTermijnDagen: number | null; besluitdagen: string[];
  regie: RegieRow[]; consulten: ConsultRow[]; waakvlam: WaakvlamRow[]; taken: TaakRow[];
  zorgsignalen: Parameters<typeof alsZorgsignalen>[0];
};

const ref = (r: HuishoudenCols): HuishoudenRef => ({ id: r.huishoudenId, naam: r.huishoudenNaam, wijk: r.wijk });

export async function getWerkvoorraad(actor: Actor, today = new Date()) {
  assertPermission(actor, 'werkvoorraad:read');
  const me = actor.id;
  const gemeenteId = actor.gemeenteId;
  // One statement (issue 23): each part as a json array, so that the page pays one round trip to PostgreSQL. Its plan is
  // kept per connection (planning it took twice as long as running it).
  const [rij] = await leesSql<WerkvoorraadRow>(Prisma.sql`
    SELECT g."onderzoekTermijnDagen", g."wmoBeschikkingTermijnDagen", g."awbBeschikkingTermijnDagen", ${BESLUITDAGEN_SQL} AS "besluitdagen",
           ${jsonRijen(Prisma.sql`
      SELECT r."vorm"::text AS "vorm", r."lead", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk",
             c."id" AS "casusId", c."nummer", c."fase"::text AS "fase", c."meldingOntvangenOp", c."verslagVerstuurdOp",
             COALESCE((SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot"))
                       FROM "Opschorting" o WHERE o."casusId" = c."id"), '[]'::json) AS "opschortingen",
             COALESCE((SELECT json_agg(json_build_object('versienummer', v."versienummer", 'status', v."status", 'evaluatieDatum', v."evaluatieDatum"))
                       FROM "Ondersteuningsplan" p JOIN "PlanVersie" v ON v."planId" = p."id"
                       WHERE p."casusId" = c."id" AND p."actueel" AND v."status" IN ('VASTGESTELD', 'IN_UITVOERING')), '[]'::json) AS "versies",
             COALESCE((SELECT json_agg(json_build_object('id', a."id", 'wat', a."wat", 'uiterlijk', a."uiterlijk", 'wie', a."wieNaam"))
                       FROM "Ondersteuningsplan" p JOIN "PlanVersie" v ON v."planId" = p."id" JOIN "Actie" a ON a."planVersieId" = v."id"
                       WHERE p."casusId" = c."id" AND p."actueel" AND v."status" IN ('VASTGESTELD', 'IN_UITVOERING')
                         AND a."status" IN ('OPEN', 'BEZIG') AND a."uiterlijk" <= ${toIsoDate(actiesZichtbaarTot(today))}::date), '[]'::json) AS "acties",
             COALESCE((SELECT json_agg(json_build_object('id', a."id", 'nummer', a."nummer", 'wet', a."wet", 'ontvangenOp', a."ontvangenOp", 'verdagingDagen', a."verdagingDagen",
                                                         'opschortingen', COALESCE((SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot")) FROM "Opschorting" o WHERE o."aanvraagId" = a."id"), '[]'::json)))
                       FROM "Aanvraag" a WHERE a."casusId" = c."id" AND a."status"::text IN (${Prisma.join(OPEN_AANVRAAG_STATUSSEN)})), '[]'::json) AS "aanvragen",
             -- Issue 21: the household's messages in Mijn plan after the last answer of the wijkteam (PortaalBericht huishoudenId+op).
             (SELECT json_build_object('sinds', min(b."op"), 'aantal', count(*)) FROM "PortaalBericht" b
              WHERE b."huishoudenId" = h."id" AND b."persoonId" IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM "PortaalBericht" a WHERE a."huishoudenId" = h."id" AND a."medewerkerId" IS NOT NULL AND a."op" >= b."op")) AS "berichten"
      FROM "RegieToewijzing" r
      JOIN "Casus" c ON c."id" = r."casusId"
      JOIN "Huishouden" h ON h."id" = r."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      WHERE r."regisseurId" = ${me}::uuid AND r."tot" IS NULL AND r."gemeenteId" = ${gemeenteId}::uuid AND c."fase" <> 'AFGESLOTEN'`)} AS "regie",
           ${jsonRijen(Prisma.sql`
      SELECT k."id", k."soort"::text AS "soort", k."uiterlijkOp", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk",
             c."id" AS "casusId", c."nummer", po."naam" AS "adviseur"
      FROM "Consult" k
      LEFT JOIN "PartnerOrganisatie" po ON po."id" = k."partnerOrganisatieId"
      JOIN "Casus" c ON c."id" = k."casusId"
      JOIN "Huishouden" h ON h."id" = k."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      WHERE k."aangevraagdDoorId" = ${me}::uuid AND k."status" IN ('OPEN', 'IN_BEHANDELING') AND k."gemeenteId" = ${gemeenteId}::uuid
        AND ${householdAccessSql(actor, Prisma.sql`h`, today)}`)} AS "consulten",
           -- Waakvlam: closed casussen I led; lib/domain/werkvoorraad checks that I was the last lead.
           ${jsonRijen(Prisma.sql`
      SELECT c."id" AS "casusId", c."nummer", c."fase"::text AS "fase", c."waakvlamOp",
             h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk",
             (SELECT json_agg(json_build_object('regisseurId', l."regisseurId", 'vanaf', l."vanaf", 'tot', l."tot"))
              FROM "RegieToewijzing" l WHERE l."casusId" = c."id" AND l."lead") AS "leads"
      FROM "Casus" c
      JOIN "Huishouden" h ON h."id" = c."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      WHERE c."id" IN (SELECT r."casusId" FROM "RegieToewijzing" r
                       WHERE r."regisseurId" = ${me}::uuid AND r."lead" AND r."tot" IS NOT NULL AND r."gemeenteId" = ${gemeenteId}::uuid)
        AND c."fase" = 'AFGESLOTEN' AND c."waakvlamOp" IS NOT NULL
        AND ${householdAccessSql(actor, Prisma.sql`h`, today)}`)} AS "waakvlam",
           ${jsonRijen(Prisma.sql`
      SELECT t."id", t."titel", t."uiterlijkOp", h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", w."naam" AS "wijk",
             c."id" AS "casusId", c."nummer"
      FROM "Taak" t
      JOIN "Huishouden" h ON h."id" = t."huishoudenId"
      LEFT JOIN "Wijk" w ON w."id" = h."wijkId"
      LEFT JOIN "Casus" c ON c."id" = t."casusId"
      WHERE t."toegewezenAanId" = ${me}::uuid AND t."afgerondOp" IS NULL AND t."gemeenteId" = ${gemeenteId}::uuid
        AND ${householdAccessSql(actor, Prisma.sql`h`, today)}`)} AS "taken",
           -- Issue 22: the zorgsignalen of ketenpartners at the top of the page.
           ${jsonRijen(openZorgsignalenSql(actor, today))} AS "zorgsignalen"
    FROM (SELECT 1) een LEFT JOIN "Gemeente" g ON g."id" = ${gemeenteId}::uuid`, { plan: 'bewaren' });
  const { regie, consulten, waakvlam, taken } = rij;

  // Issue 21: unanswered messages from the households in my regie, the oldest first (one row per household).
  const berichten = [...new Map(regie.filter((r) => r.berichten.aantal > 0).map((r) => [r.huishoudenId, {
    huishoudenId: r.huishoudenId, huishoudenNaam: r.huishoudenNaam, sinds: fromJson(r.berichten.sinds!), aantal: r.berichten.aantal,
  }])).values()].sort((a, b) => a.sinds.getTime() - b.sinds.getTime());

  const werkvoorraad = bouwWerkvoorraad({
    me,
    today,
    onderzoekTermijnDagen: rij.onderzoekTermijnDagen ?? ONDERZOEK_TERM_DAYS,
    beschikkingTermijnen: { wmoBeschikkingTermijnDagen: rij.wmoBeschikkingTermijnDagen ?? undefined, awbBeschikkingTermijnDagen: rij.awbBeschikkingTermijnDagen ?? undefined },
    besluitdagen: alsBesluitdagen(rij.besluitdagen),
    regie: regie.map((r) => ({
      vorm: r.vorm,
      lead: r.lead,
      huishouden: ref(r),
      casus: {
        id: r.casusId,
        nummer: r.nummer,
        fase: r.fase,
        meldingOntvangenOp: fromJson(r.meldingOntvangenOp),
        verslagVerstuurdOp: fromJsonOrNull(r.verslagVerstuurdOp),
        opschortingen: r.opschortingen.map((o) => ({ van: fromJson(o.van), tot: fromJsonOrNull(o.tot) })),
        planVersies: r.versies.map((v) => ({ versienummer: v.versienummer, status: v.status, evaluatieDatum: fromJsonOrNull(v.evaluatieDatum) })),
        acties: r.acties.map((a) => ({ id: a.id, wat: a.wat, uiterlijk: fromJson(a.uiterlijk), wie: a.wie })),
        aanvragen: r.aanvragen.map((a) => ({
          id: a.id, nummer: a.nummer, wet: a.wet, ontvangenOp: fromJson(a.ontvangenOp), verdagingDagen: a.verdagingDagen,
          opschortingen: a.opschortingen.map((o) => ({ van: fromJson(o.van), tot: fromJsonOrNull(o.tot) })),
        })),
      },
    })),
    consulten: consulten.map((c) => ({ id: c.id, soort: c.soort, uiterlijkOp: fromJson(c.uiterlijkOp), adviseur: c.adviseur, huishouden: ref(c), casus: { id: c.casusId, nummer: c.nummer } })),
    waakvlam: waakvlam.map((w) => ({
      huishouden: ref(w),
      casus: { id: w.casusId, nummer: w.nummer, fase: w.fase, waakvlamOp: fromJsonOrNull(w.waakvlamOp) },
      leads: (w.leads ?? []).map((l) => ({ regisseurId: l.regisseurId, vanaf: fromJson(l.vanaf), tot: fromJsonOrNull(l.tot) })),
    })),
    taken: taken.map((t) => ({
      id: t.id, titel: t.titel, uiterlijkOp: fromJson(t.uiterlijkOp), huishouden: ref(t), casus: t.casusId && t.nummer ? { id: t.casusId, nummer: t.nummer } : null,
    })),
  });
  return { ...werkvoorraad, berichten, zorgsignalen: alsZorgsignalen(rij.zorgsignalen) };
}
