import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { toCalendarDay } from '@/lib/domain/dates';
import { onderzoekDeadline } from '@/lib/domain/deadlines';
import type { AanvraagStatus, BesluitSoort, MeldingStatus, PlanStatus, Wet } from '@/lib/domain/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordInwonerAudit, zichtbarePersonenSql } from '@/lib/server/access/inwoner-access';
import { persoonNaam, termijnVan } from '@/lib/server/aanvraag/shared';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';

type OverzichtRij = {
  huishouden: string;
  onderzoekTermijnDagen: number; wmoBeschikkingTermijnDagen: number; awbBeschikkingTermijnDagen: number;
  besluitdagen: string[];
  meldingen: { id: string; kenmerk: string; ontvangenOp: string; status: MeldingStatus }[];
  aanvragen: {
    id: string; nummer: string; wet: Wet; status: AanvraagStatus; ontvangenOp: string; verdagingDagen: number | null;
    opschortingen: { van: string; tot: string | null }[]; product: string;
    persoonId: string; voornamen: string; tussenvoegsel: string | null; achternaam: string;
    besluit: { datum: string | null; besluit: BesluitSoort } | null;
  }[];
  plan: { status: PlanStatus; akkoordInwonerOp: string | null } | null;
};

/**
 * Issue 21, the resident's overview: their household, its meldingen (number, date, status and the term of the
 * onderzoek; never the text, which may come from someone else) and the aanvragen of the persons whose part they see,
 * with the legal term as a date. Read through the resident's own need-to-know; logged.
 * Issue 23: one statement on node-postgres (the household, the gemeente's terms and the decree days, the last 20
 * meldingen, the last 50 aanvragen with their suspensions and latest besluit, the plan's latest version), then the
 * access-log row: were eleven Prisma statements.
 */
export async function getMijnOverzicht(inwoner: InwonerActor, now = new Date()) {
  const today = toCalendarDay(now);
  const [rij] = await leesSql<OverzichtRij>(Prisma.sql`
    SELECT h."naam" AS "huishouden", g."onderzoekTermijnDagen", g."wmoBeschikkingTermijnDagen", g."awbBeschikkingTermijnDagen",
      ${BESLUITDAGEN_SQL} AS "besluitdagen",
      COALESCE((SELECT json_agg(m ORDER BY m."ontvangenOp" DESC, m."id") FROM (
        SELECT m."id", m."kenmerk", m."ontvangenOp", m."status" FROM "Melding" m
        WHERE m."huishoudenId" = h."id" AND m."gemeenteId" = g."id" ORDER BY m."ontvangenOp" DESC, m."id" LIMIT 20) m), '[]'::json) AS "meldingen",
      COALESCE((SELECT json_agg(a ORDER BY a."ontvangenOp" DESC, a."nummer" DESC) FROM (
        SELECT a."id", a."nummer", a."wet", a."status", a."ontvangenOp", a."verdagingDagen",
          COALESCE((SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot")) FROM "Opschorting" o WHERE o."aanvraagId" = a."id"), '[]'::json) AS "opschortingen",
          pr."naam" AS "product", p."id" AS "persoonId", p."voornamen", p."tussenvoegsel", p."achternaam",
          (SELECT json_build_object('datum', b."datum", 'besluit', b."besluit") FROM "Beschikking" b
           WHERE b."aanvraagId" = a."id" AND b."status" IN ('VERZONDEN', 'VASTGESTELD') ORDER BY b."createdAt" DESC LIMIT 1) AS "besluit"
        FROM "Aanvraag" a JOIN "Product" pr ON pr."id" = a."productId" JOIN "Persoon" p ON p."id" = a."persoonId"
        WHERE a."huishoudenId" = h."id" AND a."gemeenteId" = g."id" AND a."persoonId" IN (${zichtbarePersonenSql(inwoner, now)})
        ORDER BY a."ontvangenOp" DESC, a."nummer" DESC LIMIT 50) a), '[]'::json) AS "aanvragen",
      (SELECT json_build_object('status', pv."status", 'akkoordInwonerOp', pv."akkoordInwonerOp")
       FROM "Ondersteuningsplan" op JOIN "PlanVersie" pv ON pv."planId" = op."id"
       WHERE op."huishoudenId" = h."id" AND op."actueel" ORDER BY pv."versienummer" DESC LIMIT 1) AS "plan"
    FROM "Huishouden" h JOIN "Gemeente" g ON g."id" = ${inwoner.gemeenteId}::uuid
    WHERE h."id" = ${inwoner.huishoudenId}::uuid`);
  if (!rij) throw new Error(`Huishouden ${inwoner.huishoudenId} not found`);
  await recordInwonerAudit(prisma, inwoner, { actie: 'READ', entiteit: 'Huishouden', entiteitId: inwoner.huishoudenId });
  const settings = { wmoBeschikkingTermijnDagen: rij.wmoBeschikkingTermijnDagen, awbBeschikkingTermijnDagen: rij.awbBeschikkingTermijnDagen, besluitdagen: alsBesluitdagen(rij.besluitdagen) };
  return {
    huishouden: rij.huishouden,
    meldingen: rij.meldingen.map((m) => {
      const ontvangenOp = fromJson(m.ontvangenOp);
      return {
        id: m.id, kenmerk: m.kenmerk, ontvangenOp, status: m.status,
        onderzoekUiterlijk: m.status === 'NIEUW' || m.status === 'IN_TRIAGE' ? onderzoekDeadline(ontvangenOp, settings.besluitdagen, rij.onderzoekTermijnDagen) : null,
      };
    }),
    aanvragen: rij.aanvragen.map((a) => {
      const ontvangenOp = fromJson(a.ontvangenOp);
      const opschortingen = a.opschortingen.map((o) => ({ van: fromJson(o.van), tot: fromJsonOrNull(o.tot) }));
      return {
        id: a.id, nummer: a.nummer, product: a.product, status: a.status, ontvangenOp,
        voor: a.persoonId === inwoner.persoonId ? null : persoonNaam(a),
        uiterlijk: isOpenAanvraag(a.status) ? termijnVan({ wet: a.wet, ontvangenOp, verdagingDagen: a.verdagingDagen, opschortingen }, settings, today).uiterlijk : null,
        besluit: a.besluit && { datum: fromJsonOrNull(a.besluit.datum), besluit: a.besluit.besluit },
      };
    }),
    plan: rij.plan && { status: rij.plan.status, akkoordInwonerOp: fromJsonOrNull(rij.plan.akkoordInwonerOp) },
  };
}
