import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import type { ConsultStatus, PartnerSoort, ToestemmingSoort, ToewijzingStatus } from '@/lib/domain/enums';
import { consultGrens, isConsultBetrokken, isToewijzingLopend, PARTNER_DOEL, doelSleutel, partnerToegang, PARTNER_GROND_LABELS, type PartnerToegang } from '@/lib/domain/partner-toegang';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, recordAudits, type AuditInput } from '@/lib/server/audit/record';
import { leesOp } from '@/lib/server/lees-zonder-transactie';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';

// Need-to-know for ketenpartners (issue 22, ARCHITECTURE.md "Three audiences"): the rule of lib/domain/partner-toegang
// written once as SQL for lists (partnerHuishoudenSql) and once as a check for single reads (findPartnerToegang), read
// fresh on every request, so that a withdrawn consent or an ended toewijzing ends access at once.
// tests/integration/partner-access.test.ts proves the two equal and that every partner read refuses.

type PartnerRij = {
  id: string; naam: string; email: string; coordinator: boolean; organisatieId: string; organisatieNaam: string; soort: PartnerSoort; aanbiederId: string | null;
  gemeenteVersion: number; gemeenteGewijzigd: Date;
};

/** The partner user behind a session, or null when the user or the organisation is no longer active. */
export async function findPartnerGebruiker(gemeenteId: string, gebruikerId: string, db: Tx | typeof prisma = prisma): Promise<PartnerActor | null> {
  return (await leesPartnerGebruiker(gemeenteId, gebruikerId, db))?.partner ?? null;
}

/**
 * findPartnerGebruiker with the stand of the gemeente (version and updatedAt, as the staff actor's statement reads
 * it: the key of the gemeente cached per process, lib/server/gemeente/get-gemeente.ts).
 */
export async function leesPartnerGebruiker(gemeenteId: string, gebruikerId: string, db: Tx | typeof prisma = prisma): Promise<{ partner: PartnerActor; gemeenteStand: string } | null> {
  if (!isUuid(gebruikerId) || !isUuid(gemeenteId)) return null;
  // One statement on every partner request (issue 23: the floor of a page): the user, their organisation and the
  // stand of the gemeente; outside a transaction straight on node-postgres (leesSql).
  const query = Prisma.sql`
    SELECT g."id", g."naam", g."email", g."coordinator", o."id" AS "organisatieId", o."naam" AS "organisatieNaam", o."soort"::text AS "soort", o."aanbiederId",
           gm."version" AS "gemeenteVersion", gm."updatedAt" AS "gemeenteGewijzigd"
    FROM "PartnerGebruiker" g JOIN "PartnerOrganisatie" o ON o."id" = g."organisatieId" AND o."actief"
    JOIN "Gemeente" gm ON gm."id" = g."gemeenteId"
    WHERE g."id" = ${gebruikerId}::uuid AND g."gemeenteId" = ${gemeenteId}::uuid AND g."actief"`;
  const [g] = await leesOp<PartnerRij>(db, query);
  if (!g) return null;
  return {
    partner: {
      kind: 'partner', gemeenteId, gebruikerId: g.id, naam: g.naam, email: g.email, coordinator: g.coordinator,
      organisatieId: g.organisatieId, organisatieNaam: g.organisatieNaam, soort: g.soort, aanbiederId: g.aanbiederId,
    },
    gemeenteStand: `${g.gemeenteVersion}:${g.gemeenteGewijzigd.getTime()}`,
  };
}

/** The plan version in force of the household row aliased `h`: its id, as an SQL expression. */
const geldendeVersieSql = (h: Prisma.Sql) => Prisma.sql`(SELECT pv."id" FROM "PlanVersie" pv JOIN "Ondersteuningsplan" o ON o."id" = pv."planId"
  WHERE o."huishoudenId" = ${h}."id" AND o."actueel" AND pv."status"::text = ANY(${[...GELDENDE_STATUSSEN]}::text[])
  ORDER BY pv."versienummer" DESC LIMIT 1)`;

/** A consent of the household for the partner's organisation and PARTNER_DOEL in force today (consentStatus as SQL). */
export function partnerToestemmingSql(partner: PartnerActor, h: Prisma.Sql, now = new Date()): Prisma.Sql {
  const today = toCalendarDay(now);
  return Prisma.sql`EXISTS (SELECT 1 FROM "Toestemming" pt WHERE pt."huishoudenId" = ${h}."id" AND pt."partnerOrganisatieId" = ${partner.organisatieId}::uuid
    AND pt."soort" = 'DELEN_MET_PARTIJ' AND btrim(regexp_replace(lower(coalesce(pt."doel", '')), '[^a-z0-9]+', ' ', 'g')) = ${doelSleutel(PARTNER_DOEL)}
    AND pt."gegevenOp" <= ${today}::date AND (pt."geldigTot" IS NULL OR pt."geldigTot" >= ${today}::date)
    AND (pt."ingetrokkenOp" IS NULL OR pt."ingetrokkenOp" > ${today}::date))`;
}

/** A running toewijzing of a current member of the household to the partner (as aanbieder): isToewijzingLopend as SQL. */
export function partnerToewijzingSql(partner: PartnerActor, h: Prisma.Sql, now = new Date()): Prisma.Sql {
  if (!partner.aanbiederId) return Prisma.sql`FALSE`;
  const today = toCalendarDay(now);
  return Prisma.sql`EXISTS (SELECT 1 FROM "Toewijzing" tw JOIN "HuishoudenLidmaatschap" tl ON tl."persoonId" = tw."persoonId" AND tl."tot" IS NULL
    WHERE tl."huishoudenId" = ${h}."id" AND tw."aanbiederId" = ${partner.aanbiederId}::uuid AND tw."gemeenteId" = ${partner.gemeenteId}::uuid
      AND tw."status" <> 'INGETROKKEN' AND (tw."einddatum" IS NULL OR tw."einddatum" >= ${today}::date))`;
}

/** An action of the partner's organisation in the household's plan in force. */
export function partnerActieSql(partner: PartnerActor, h: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Actie" pa WHERE pa."planVersieId" = ${geldendeVersieSql(h)} AND pa."partnerOrganisatieId" = ${partner.organisatieId}::uuid)`;
}

/** A consult asked of the partner's organisation, open or answered after consultGrens (isConsultBetrokken as SQL). */
export function partnerConsultSql(partner: PartnerActor, h: Prisma.Sql, now = new Date()): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Consult" pk WHERE pk."huishoudenId" = ${h}."id" AND pk."partnerOrganisatieId" = ${partner.organisatieId}::uuid
    AND (pk."status" <> 'AFGEROND' OR pk."afgerondOp" > ${consultGrens(now)}))`;
}

/**
 * The condition on a household row aliased `h` under which the partner sees it: (consent or toewijzing) and
 * (action, toewijzing or consult), in the partner's gemeente.
 */
export function partnerHuishoudenSql(partner: PartnerActor, h: Prisma.Sql, now = new Date()): Prisma.Sql {
  const toewijzing = partnerToewijzingSql(partner, h, now);
  return Prisma.sql`(${h}."gemeenteId" = ${partner.gemeenteId}::uuid
    AND (${partnerToestemmingSql(partner, h, now)} OR ${toewijzing})
    AND (${partnerActieSql(partner, h)} OR ${toewijzing} OR ${partnerConsultSql(partner, h, now)}))`;
}

/** The households the partner sees (ids), for lists. */
export async function partnerHuishoudens(partner: PartnerActor, now = new Date(), db: Tx | typeof prisma = prisma): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT h."id" FROM "Huishouden" h WHERE ${partnerHuishoudenSql(partner, Prisma.sql`h`, now)}`;
  return rows.map((r) => r.id);
}

/** The plan version in force of one household (id), or null. */
export async function geldendeVersieId(db: Tx | typeof prisma, huishoudenId: string): Promise<string | null> {
  const [versie] = await leesOp<{ id: string }>(db, Prisma.sql`SELECT ${geldendeVersieSql(Prisma.sql`h`)} AS "id" FROM (SELECT ${huishoudenId}::uuid AS "id") h`);
  return versie?.id ?? null;
}

/**
 * What the check for one household reads, kept for the read that follows it (issue 23: the household page read the
 * plan version, the consents and the toewijzingen a second time): the organisation's consents of the household with
 * their persons, the toewijzingen of its current members to the organisation (as aanbieder) with product and care
 * reported, the plan version in force, the consults asked of the organisation (open first, newest first) and the
 * number of the organisation's actions in that version.
 */
export type PartnerGelezen = {
  toestemmingen: {
    persoonId: string; soort: ToestemmingSoort; doel: string | null; gegevenOp: Date; geldigTot: Date | null; ingetrokkenOp: Date | null;
    partnerOrganisatieId: string | null; deeltContactgegevens: boolean;
    persoon: { voornamen: string; tussenvoegsel: string | null; achternaam: string; telefoon: string | null; email: string | null };
  }[];
  toewijzingen: {
    id: string; toewijzingNummer: number; ingangsdatum: Date; einddatum: Date | null; status: ToewijzingStatus; volume: number | null; eenheid: string | null;
    frequentie: string | null; product: { naam: string }; persoon: { voornamen: string; tussenvoegsel: string | null; achternaam: string };
    leveringen: { id: string; begindatum: Date; einddatum: Date | null; redenBeeindiging: string | null }[];
  }[];
  versieId: string | null;
  consulten: { id: string; vraag: string; uiterlijkOp: Date; status: ConsultStatus; advies: string | null; adviesOp: Date | null; afgerondOp: Date | null; createdAt: Date; version: number }[];
  acties: number;
};

/** The check for one household with what it read (partnerHuishoudenSql for a single read): why the partner sees it, or null. One statement. */
export async function leesPartnerToegang(partner: PartnerActor, huishoudenId: string, now = new Date(), db: Tx | typeof prisma = prisma): Promise<{ toegang: PartnerToegang | null; gelezen: PartnerGelezen } | null> {
  if (!isUuid(huishoudenId)) return null;
  const [rij] = await leesOp<GelezenRij>(db, Prisma.sql`
    SELECT
      COALESCE((SELECT json_agg(json_build_object('persoonId', t."persoonId", 'soort', t."soort", 'doel', t."doel", 'gegevenOp', t."gegevenOp", 'geldigTot', t."geldigTot",
                                                  'ingetrokkenOp', t."ingetrokkenOp", 'partnerOrganisatieId', t."partnerOrganisatieId", 'deeltContactgegevens', t."deeltContactgegevens",
                                                  'persoon', json_build_object('voornamen', p."voornamen", 'tussenvoegsel', p."tussenvoegsel", 'achternaam', p."achternaam",
                                                                               'telefoon', p."telefoon", 'email', p."email")))
                FROM "Toestemming" t JOIN "Persoon" p ON p."id" = t."persoonId"
                WHERE t."huishoudenId" = h."id" AND t."partnerOrganisatieId" = ${partner.organisatieId}::uuid), '[]'::json) AS "toestemmingen",
      COALESCE((SELECT json_agg(json_build_object('id', t."id", 'toewijzingNummer', t."toewijzingNummer", 'ingangsdatum', t."ingangsdatum", 'einddatum', t."einddatum",
                                                  'status', t."status", 'volume', t."volume", 'eenheid', t."eenheid", 'frequentie', t."frequentie",
                                                  'product', json_build_object('naam', pr."naam"),
                                                  'persoon', json_build_object('voornamen', p."voornamen", 'tussenvoegsel', p."tussenvoegsel", 'achternaam', p."achternaam"),
                                                  'leveringen', COALESCE((SELECT json_agg(json_build_object('id', z."id", 'begindatum', z."begindatum", 'einddatum', z."einddatum",
                                                                                                            'redenBeeindiging', z."redenBeeindiging") ORDER BY z."begindatum" DESC)
                                                                          FROM "Zorglevering" z WHERE z."toewijzingId" = t."id"), '[]'::json))
                          ORDER BY t."ingangsdatum" DESC, t."id")
                FROM "Toewijzing" t JOIN "Product" pr ON pr."id" = t."productId" JOIN "Persoon" p ON p."id" = t."persoonId"
                WHERE ${partner.aanbiederId}::uuid IS NOT NULL AND t."aanbiederId" = ${partner.aanbiederId}::uuid AND t."gemeenteId" = ${partner.gemeenteId}::uuid
                  AND t."persoonId" IN (SELECT l."persoonId" FROM "HuishoudenLidmaatschap" l WHERE l."huishoudenId" = h."id" AND l."tot" IS NULL)), '[]'::json) AS "toewijzingen",
      v."id" AS "versieId",
      COALESCE((SELECT json_agg(json_build_object('id', k."id", 'vraag', k."vraag", 'uiterlijkOp', k."uiterlijkOp", 'status', k."status", 'advies', k."advies",
                                                  'adviesOp', k."adviesOp", 'afgerondOp', k."afgerondOp", 'createdAt', k."createdAt", 'version', k."version")
                          ORDER BY k."status", k."createdAt" DESC)
                FROM "Consult" k WHERE k."huishoudenId" = h."id" AND k."partnerOrganisatieId" = ${partner.organisatieId}::uuid), '[]'::json) AS "consulten",
      (SELECT count(*)::int FROM "Actie" a WHERE a."planVersieId" = v."id" AND a."partnerOrganisatieId" = ${partner.organisatieId}::uuid) AS "acties"
    FROM "Huishouden" h
    LEFT JOIN LATERAL (SELECT ${geldendeVersieSql(Prisma.sql`h`)} AS "id") v ON true
    WHERE h."id" = ${huishoudenId}::uuid AND h."gemeenteId" = ${partner.gemeenteId}::uuid`);
  if (!rij) return null;
  const gelezen: PartnerGelezen = {
    toestemmingen: rij.toestemmingen.map((t) => ({ ...t, gegevenOp: fromJson(t.gegevenOp), geldigTot: fromJsonOrNull(t.geldigTot), ingetrokkenOp: fromJsonOrNull(t.ingetrokkenOp) })),
    toewijzingen: rij.toewijzingen.map((t) => ({
      ...t, ingangsdatum: fromJson(t.ingangsdatum), einddatum: fromJsonOrNull(t.einddatum),
      leveringen: t.leveringen.map((z) => ({ ...z, begindatum: fromJson(z.begindatum), einddatum: fromJsonOrNull(z.einddatum) })),
    })),
    versieId: rij.versieId,
    consulten: rij.consulten.map((k) => ({
      ...k, uiterlijkOp: fromJson(k.uiterlijkOp), adviesOp: fromJsonOrNull(k.adviesOp), afgerondOp: fromJsonOrNull(k.afgerondOp), createdAt: fromJson(k.createdAt),
    })),
    acties: rij.acties,
  };
  const toegang = partnerToegang({
    organisatieId: partner.organisatieId,
    toestemmingen: gelezen.toestemmingen,
    lopendeToewijzingen: gelezen.toewijzingen.filter((t) => isToewijzingLopend(t, now)).length,
    acties: gelezen.acties,
    consulten: gelezen.consulten.filter((k) => isConsultBetrokken(k, now)).length,
  }, now);
  return { toegang, gelezen };
}

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] extends (infer E)[] ? Json<E>[] : T[K] extends object | null ? T[K] : T[K] };
type GelezenRij = { toestemmingen: Json<PartnerGelezen['toestemmingen'][number]>[]; toewijzingen: Json<PartnerGelezen['toewijzingen'][number]>[]; versieId: string | null; consulten: Json<PartnerGelezen['consulten'][number]>[]; acties: number };

/** The check for one household (partnerHuishoudenSql for a single read): why the partner sees it, or null. */
export async function findPartnerToegang(partner: PartnerActor, huishoudenId: string, now = new Date(), db: Tx | typeof prisma = prisma): Promise<PartnerToegang | null> {
  return (await leesPartnerToegang(partner, huishoudenId, now, db))?.toegang ?? null;
}

/** The same answer as "does not exist" for anything the partner may not see (never a hint that it exists). */
export function nietGevonden(): never {
  throw new DomainError('NOT_FOUND', ['Niet gevonden.']);
}

/** The partner's access to one household with what the check read (the plan version in force, consents, toewijzingen, consults), or "niet gevonden". */
export async function requirePartnerToegang(tx: Tx, partner: PartnerActor, huishoudenId: string, now = new Date()): Promise<PartnerToegang & { gelezen: PartnerGelezen }> {
  const gelezen = await leesPartnerToegang(partner, huishoudenId, now, tx);
  if (!gelezen?.toegang) nietGevonden();
  return { ...gelezen.toegang, gelezen: gelezen.gelezen };
}

/**
 * One row of the access log for a partner's action, in the caller's transaction: actorRol PARTNER, the partner user as
 * actor, the organisation and the ground in the context (the household sees it under "wie keek mee").
 */
export async function recordPartnerAudit(tx: Tx, partner: PartnerActor, input: Omit<AuditInput, 'breakTheGlass' | 'context'>, toegang?: PartnerToegang | null) {
  await recordPartnerAudits(tx, partner, [input], toegang);
}

/** recordPartnerAudit for many rows on one ground (a list of households), in one statement. */
export async function recordPartnerAudits(tx: Tx, partner: PartnerActor, inputs: readonly Omit<AuditInput, 'breakTheGlass' | 'context'>[], toegang?: PartnerToegang | null) {
  const grond = toegang ? `; grond: ${toegang.gronden.map((g) => PARTNER_GROND_LABELS[g]).join(', ')}` : '';
  const context = `ketenpartner ${partner.organisatieNaam} (eHerkenning)${grond}`;
  await recordAudits(tx, null, inputs.map((input) => ({ ...input, context })), {
    gemeenteId: partner.gemeenteId, actorRol: 'PARTNER', actorId: partner.gebruikerId,
  });
}
