import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import type { ActieStatus, ArrangementSoort, Horizon, PlanReactieSoort, PlanStatus, Uitvoerder, Wijze } from '@/lib/domain/enums';
import { BEVROREN_STATUSSEN } from '@/lib/domain/plan';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordInwonerAudit, zichtbarePersonenSql } from '@/lib/server/access/inwoner-access';
import { persoonNaam } from '@/lib/server/plan/shared';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

type Naam = { voornamen: string; tussenvoegsel: string | null; achternaam: string };
type ActieJson = { id: string; doelId: string | null; wie: Uitvoerder; wieNaam: string | null; wat: string; uiterlijk: string | null; status: ActieStatus };
type VersieJson = {
  id: string; versienummer: number; status: PlanStatus; version: number; watGaatGoed: string | null; evaluatieDatum: string | null;
  akkoordInwonerOp: string | null; akkoordWijze: Wijze | null; vastgesteldOp: string | null;
  regisseur: { naam: string; telefoon: string | null; email: string } | null;
  doelen: {
    id: string; leefgebied: string; omschrijving: string; horizon: Horizon; zichtbaarAan: string; voor: Naam | null;
    acties: ActieJson[];
    voortgang: { id: string; doelId: string; persoonId: string; schaal: number; tekst: string; op: string }[];
  }[];
  algemeneActies: ActieJson[];
  arrangement: { id: string; soort: ArrangementSoort; omschrijving: string; voor: Naam | null; voorziening: { naam: string; telefoon: string | null; website: string | null } | null; product: string | null }[];
  reacties: { id: string; soort: PlanReactieSoort; opmerking: string | null; op: string; persoonId: string }[];
};

/** The version in force: frozen, not replaced (the newest such). A concept: being written or lying ter akkoord. */
const GELDEND = BEVROREN_STATUSSEN.filter((s) => s !== 'VERVANGEN');
const CONCEPT: PlanStatus[] = ['CONCEPT', 'TER_AKKOORD'];

const naamSql = (persoonId: Prisma.Sql) => Prisma.sql`(SELECT json_build_object('voornamen', n."voornamen", 'tussenvoegsel', n."tussenvoegsel", 'achternaam', n."achternaam") FROM "Persoon" n WHERE n."id" = ${persoonId})`;
const actieSql = Prisma.sql`json_build_object('id', a."id", 'doelId', a."doelId", 'wie', a."wie", 'wieNaam', a."wieNaam", 'wat', a."wat", 'uiterlijk', a."uiterlijk", 'status', a."status")`;

/**
 * One plan version as the resident sees it, as a json column of the statement below (`pv` the PlanVersie row): goals
 * and arrangement items of a person whose part the resident does not see (`zichtbaar`) are left out, and so are the
 * actions of such a goal; of the progress the last five per goal; of the answers only the resident's own.
 */
const versieSql = (inwoner: InwonerActor) => Prisma.sql`json_build_object(
  'id', pv."id", 'versienummer', pv."versienummer", 'status', pv."status", 'version', pv."version", 'watGaatGoed', pv."watGaatGoed",
  'evaluatieDatum', pv."evaluatieDatum", 'akkoordInwonerOp', pv."akkoordInwonerOp", 'akkoordWijze', pv."akkoordWijze", 'vastgesteldOp', pv."vastgesteldOp",
  'regisseur', (SELECT json_build_object('naam', u."naam", 'telefoon', u."telefoon", 'email', u."email") FROM "User" u WHERE u."id" = COALESCE(pv."contactpersoonId", pv."monitorDoorId")),
  'doelen', COALESCE((SELECT json_agg(json_build_object(
      'id', d."id", 'leefgebied', d."label", 'omschrijving', d."omschrijving", 'horizon', d."horizon", 'zichtbaarAan', d."zichtbaarAan",
      'voor', ${naamSql(Prisma.sql`d."persoonId"`)},
      'acties', COALESCE((SELECT json_agg(${actieSql} ORDER BY a."uiterlijk" ASC NULLS LAST, a."id") FROM "Actie" a WHERE a."planVersieId" = pv."id" AND a."doelId" = d."id"), '[]'::json),
      'voortgang', COALESCE((SELECT json_agg(v ORDER BY v."op" DESC, v."id") FROM (
        SELECT v."id", v."doelId", v."persoonId", v."schaal", v."tekst", v."op" FROM "DoelVoortgang" v WHERE v."doelId" = d."id" ORDER BY v."op" DESC, v."id" LIMIT 5) v), '[]'::json)
    ) ORDER BY d."volgorde", d."id")
    FROM "Doel" d WHERE d."planVersieId" = pv."id" AND (d."persoonId" IS NULL OR d."persoonId" IN (SELECT z."id" FROM zichtbaar z))), '[]'::json),
  'algemeneActies', COALESCE((SELECT json_agg(${actieSql} ORDER BY a."uiterlijk" ASC NULLS LAST, a."id") FROM "Actie" a WHERE a."planVersieId" = pv."id" AND a."doelId" IS NULL), '[]'::json),
  'arrangement', COALESCE((SELECT json_agg(json_build_object(
      'id', ai."id", 'soort', ai."soort", 'omschrijving', ai."omschrijving", 'voor', ${naamSql(Prisma.sql`ai."persoonId"`)},
      'voorziening', (SELECT json_build_object('naam', vz."naam", 'telefoon', vz."telefoon", 'website', vz."website") FROM "Voorziening" vz WHERE vz."id" = ai."voorzieningId"),
      'product', (SELECT pr."naam" FROM "Product" pr WHERE pr."id" = ai."productId")
    ) ORDER BY ai."soort", ai."id")
    FROM "ArrangementItem" ai WHERE ai."planVersieId" = pv."id" AND (ai."persoonId" IS NULL OR ai."persoonId" IN (SELECT z."id" FROM zichtbaar z))), '[]'::json),
  'reacties', COALESCE((SELECT json_agg(json_build_object('id', r."id", 'soort', r."soort", 'opmerking', r."opmerking", 'op', r."op", 'persoonId', r."persoonId") ORDER BY r."op" DESC, r."id")
    FROM "PlanReactie" r WHERE r."planVersieId" = pv."id" AND r."persoonId" = ${inwoner.persoonId}::uuid), '[]'::json)
)`;

/**
 * Issue 21, "Mijn plan": the household's plan in force and its concept (a newer version being written or lying ter
 * akkoord), in the household's own words: goals, what they do themselves, what the network and professionals do, the
 * arrangement; the resident's own progress per goal and the answers given online. A goal or arrangement item of a
 * person whose part the resident does not see (a partner, a child of 16 or older, a child without their gezag) is
 * left out. Logged.
 * Issue 23: one statement on node-postgres (both versions with everything in them, as json), then the access-log
 * row: were up to eighteen Prisma statements.
 */
export async function getMijnPlan(inwoner: InwonerActor, now = new Date()) {
  const [rij] = await leesSql<{ planId: string | null; geldend: VersieJson | null; concept: VersieJson | null }>(Prisma.sql`
    WITH zichtbaar AS (${zichtbarePersonenSql(inwoner, now)}),
    huidig AS (SELECT op."id" FROM "Ondersteuningsplan" op WHERE op."huishoudenId" = ${inwoner.huishoudenId}::uuid AND op."gemeenteId" = ${inwoner.gemeenteId}::uuid AND op."actueel" LIMIT 1)
    SELECT huidig."id" AS "planId",
      (SELECT ${versieSql(inwoner)} FROM "PlanVersie" pv WHERE pv."planId" = huidig."id" AND pv."status"::text = ANY(${GELDEND}::text[]) ORDER BY pv."versienummer" DESC LIMIT 1) AS "geldend",
      (SELECT ${versieSql(inwoner)} FROM "PlanVersie" pv WHERE pv."planId" = huidig."id" AND pv."status"::text = ANY(${CONCEPT}::text[]) ORDER BY pv."versienummer" DESC LIMIT 1) AS "concept"
    FROM (SELECT 1) een LEFT JOIN huidig ON TRUE`);
  await recordInwonerAudit(prisma, inwoner, { actie: 'READ', entiteit: 'Ondersteuningsplan', entiteitId: rij?.planId ?? null });
  if (!rij?.planId) return { geldend: null, concept: null };
  return { geldend: rij.geldend && versieVoorInwoner(inwoner, rij.geldend), concept: rij.concept && versieVoorInwoner(inwoner, rij.concept) };
}

const actie = (a: ActieJson) => ({ ...a, uiterlijk: fromJsonOrNull(a.uiterlijk) });

function versieVoorInwoner(inwoner: InwonerActor, versie: VersieJson) {
  return {
    id: versie.id, versienummer: versie.versienummer, status: versie.status, version: versie.version,
    watGaatGoed: versie.watGaatGoed, evaluatieDatum: fromJsonOrNull(versie.evaluatieDatum), vastgesteldOp: fromJsonOrNull(versie.vastgesteldOp),
    akkoordInwonerOp: fromJsonOrNull(versie.akkoordInwonerOp), akkoordWijze: versie.akkoordWijze,
    regisseur: versie.regisseur,
    doelen: versie.doelen.map((d) => ({
      id: d.id, leefgebied: d.leefgebied, omschrijving: d.omschrijving, horizon: d.horizon, zichtbaarAan: d.zichtbaarAan,
      voor: d.voor && persoonNaam(d.voor),
      acties: d.acties.map(actie),
      voortgang: d.voortgang.map((v) => ({ ...v, op: fromJson(v.op), vanMij: v.persoonId === inwoner.persoonId })),
    })),
    algemeneActies: versie.algemeneActies.map(actie),
    arrangement: versie.arrangement.map((a) => ({
      id: a.id, soort: a.soort, omschrijving: a.omschrijving, voor: a.voor && persoonNaam(a.voor), voorziening: a.voorziening, product: a.product,
    })),
    // Only the resident's own answers: a partner's remark is theirs.
    reacties: versie.reacties.map((r) => ({ ...r, op: fromJson(r.op) })),
  };
}

export type MijnPlan = Awaited<ReturnType<typeof getMijnPlan>>;
export type MijnPlanVersie = NonNullable<MijnPlan['concept']>;
