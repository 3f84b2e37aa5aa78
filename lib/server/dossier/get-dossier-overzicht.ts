import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ageOn, toCalendarDay } from '@/lib/domain/dates';
import { dossierTaken, nietAfgelopen } from '@/lib/domain/dossier';
import { vertegenwoordigingActueel, volledigeNaam, wordtBinnenkort18 } from '@/lib/domain/lidmaatschap';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { openDossier, namenVan } from './common';
import type { BeschikkingStatus, BesluitSoort, DoelResultaat, Horizon, HuishoudenRol, Leveringsvorm, ToewijzingStatus, VertegenwoordigingSoort, Wet } from '@/lib/domain/enums';

const OPEN_AANVRAAG = ['ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'] as const;

/**
 * The overview tab of the dossier: members with age, role and legal representative; the current plan's goals with
 * their progress; active beschikkingen and toewijzingen with end dates; deadlines and open tasks derived from the
 * records. One transaction, a fixed number of queries, one access-log row.
 */
export async function getDossierOverzicht(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  const vandaag = toCalendarDay(today);
  return prisma.$transaction(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Dossier' });
    const gemeente = await tx.gemeente.findUniqueOrThrow({
      where: { id: actor.gemeenteId },
      select: { onderzoekTermijnDagen: true, wmoBeschikkingTermijnDagen: true, awbBeschikkingTermijnDagen: true },
    });
    const h = await tx.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      select: {
        casussen: {
          orderBy: { geopendOp: 'desc' },
          take: 1,
          select: {
            id: true, fase: true, meldingOntvangenOp: true, verslagVerstuurdOp: true, waakvlamOp: true,
            opschortingen: { select: { van: true, tot: true } },
          },
        },
        aanvragen: {
          where: { status: { in: [...OPEN_AANVRAAG] } },
          select: { id: true, nummer: true, wet: true, ontvangenOp: true, verdagingDagen: true, opschortingen: { select: { van: true, tot: true } } },
        },
        consulten: {
          where: { status: { not: 'AFGEROND' } },
          select: { id: true, soort: true, uiterlijkOp: true, gedragswetenschapperId: true },
        },
        taken: { where: { afgerondOp: null }, select: { id: true, titel: true, uiterlijkOp: true, toegewezenAanId: true } },
      },
    });
    const dag = vandaag.toISOString().slice(0, 10);
    // Members, beschikkingen and toewijzingen each in one statement (issue 9: as nested Prisma reads they took
    // thirteen round trips on every view of the dossier).
    const ledenRijen = await tx.$queryRaw<LidRij[]>`
      SELECT l."id" AS "lidmaatschapId", l."rol"::text AS "rol", l."vanaf", p."id" AS "persoonId", p."voornamen", p."tussenvoegsel", p."achternaam",
             p."geboortedatum", p."bsn" IS NOT NULL AS "bsnBekend", p."telefoon", p."email", p."overledenOp" IS NOT NULL AS "overleden",
             COALESCE((SELECT json_agg(json_build_object('soort', v."soort", 'vanaf', v."vanaf", 'tot', v."tot", 'naam', v."naam",
                                                         'voornamen', x."voornamen", 'tussenvoegsel', x."tussenvoegsel", 'achternaam', x."achternaam"))
                       FROM "Vertegenwoordiging" v LEFT JOIN "Persoon" x ON x."id" = v."vertegenwoordigerId" WHERE v."persoonId" = p."id"), '[]'::json) AS "vertegenwoordigd"
      FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p ON p."id" = l."persoonId"
      WHERE l."huishoudenId" = ${huishoudenId}::uuid AND l."tot" IS NULL
      ORDER BY l."rol" ASC, l."vanaf" ASC, l."id"`;
    const beschikkingen = await tx.$queryRaw<BeschikkingRij[]>`
      SELECT b."id", b."identificatie", b."wet"::text AS "wet", b."besluit"::text AS "besluit", b."status"::text AS "status", b."datum", b."ingangsdatum", b."vervaldatum",
             p."voornamen", p."tussenvoegsel", p."achternaam",
             COALESCE((SELECT json_agg(json_build_object('id', bp."id", 'einddatum', bp."einddatum", 'ingangsdatum', bp."ingangsdatum", 'leveringsvorm', bp."leveringsvorm",
                                                         'naam', pr."naam", 'aanbieder', a."naam") ORDER BY bp."ingangsdatum", bp."id")
                       FROM "BeschiktProduct" bp JOIN "Product" pr ON pr."id" = bp."productId" LEFT JOIN "Aanbieder" a ON a."id" = bp."aanbiederId"
                       WHERE bp."beschikkingId" = b."id"), '[]'::json) AS "producten"
      FROM "Beschikking" b JOIN "Persoon" p ON p."id" = b."persoonId"
      WHERE b."huishoudenId" = ${huishoudenId}::uuid AND b."status" IN ('VASTGESTELD', 'VERZONDEN') AND (b."vervaldatum" IS NULL OR b."vervaldatum" >= ${dag}::date)
      ORDER BY b."datum" DESC, b."id"`;
    const toewijzingen = await tx.$queryRaw<ToewijzingRij[]>`
      SELECT t."id", t."toewijzingNummer", t."ingangsdatum", t."einddatum", t."status"::text AS "status", t."volume", t."eenheid", t."frequentie",
             pr."naam" AS "productNaam", a."naam" AS "aanbiederNaam", p."voornamen", p."tussenvoegsel", p."achternaam"
      FROM "Toewijzing" t
      JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId"
      JOIN "Product" pr ON pr."id" = t."productId" JOIN "Aanbieder" a ON a."id" = t."aanbiederId" JOIN "Persoon" p ON p."id" = t."persoonId"
      WHERE b."huishoudenId" = ${huishoudenId}::uuid AND t."status" <> 'INGETROKKEN' AND (t."einddatum" IS NULL OR t."einddatum" >= ${dag}::date)
      ORDER BY t."ingangsdatum" ASC, t."toewijzingNummer"`;
    const namen = await namenVan(tx, [...h.consulten.map((c) => c.gedragswetenschapperId), ...h.taken.map((t) => t.toegewezenAanId)]);

    const leden = ledenRijen.map((l) => {
      const geboortedatum = l.geboortedatum;
      return {
        lidmaatschapId: l.lidmaatschapId,
        persoonId: l.persoonId,
        naam: volledigeNaam(l),
        rol: l.rol,
        sinds: l.vanaf,
        geboortedatum,
        leeftijd: geboortedatum && geboortedatum.getTime() <= vandaag.getTime() ? ageOn(geboortedatum, vandaag) : null,
        bsnBekend: l.bsnBekend,
        telefoon: l.telefoon,
        email: l.email,
        overleden: l.overleden,
        vertegenwoordigers: l.vertegenwoordigd
          .map((v) => ({ ...v, vanaf: fromJson(v.vanaf), tot: fromJsonOrNull(v.tot) }))
          .filter((v) => vertegenwoordigingActueel(v, geboortedatum, vandaag))
          .map((v) => ({ soort: v.soort, naam: v.achternaam !== null ? volledigeNaam({ voornamen: v.voornamen!, tussenvoegsel: v.tussenvoegsel, achternaam: v.achternaam }) : v.naam ?? 'Onbekend' })),
      };
    });

    // The versions of the household's current plan (one actueel plan per household), then goals and open actions of
    // only the version shown (issue 9: the nested read fetched goals, actions and evaluations of every version).
    const versies = await tx.planVersie.findMany({
      where: { plan: { huishoudenId, actueel: true } },
      orderBy: { versienummer: 'desc' },
      select: { id: true, versienummer: true, status: true, evaluatieDatum: true },
    });
    // The plan that binds (DOMAIN.md §2: a vastgesteld plan is binding); a concept only when none was vastgesteld yet.
    const plan = versies.find((v) => GELDENDE_STATUSSEN.includes(v.status)) ?? versies.find((v) => v.status !== 'VERVANGEN') ?? null;
    const nieuwereConcept = plan && versies.find((v) => v.versienummer > plan.versienummer && (v.status === 'CONCEPT' || v.status === 'TER_AKKOORD'));
    const doelen = plan
      ? await tx.$queryRaw<DoelRij[]>`
          SELECT d."id", d."label", d."omschrijving", d."horizon"::text AS "horizon", d."zichtbaarAan",
                 (SELECT count(*) FROM "Actie" a WHERE a."doelId" = d."id" AND a."status" <> 'VERVALLEN')::int AS "totaal",
                 (SELECT count(*) FROM "Actie" a WHERE a."doelId" = d."id" AND a."status" = 'GEDAAN')::int AS "gedaan",
                 e."resultaat", e."datum"
          FROM "Doel" d
          LEFT JOIN LATERAL (SELECT de."resultaat"::text AS "resultaat", ev."datum" FROM "DoelEvaluatie" de JOIN "Evaluatie" ev ON ev."id" = de."evaluatieId"
                             WHERE de."doelId" = d."id" ORDER BY ev."datum" DESC LIMIT 1) e ON true
          WHERE d."planVersieId" = ${plan.id}::uuid
          ORDER BY d."volgorde" ASC, d."id"`
      : [];
    const planActies = plan
      ? await tx.actie.findMany({ where: { planVersieId: plan.id, status: { in: ['OPEN', 'BEZIG'] }, uiterlijk: { not: null } }, select: { id: true, wat: true, uiterlijk: true, wieNaam: true } })
      : [];

    const casus = h.casussen[0] ?? null;
    const eindigend = [
      ...toewijzingen.filter((t) => t.einddatum).map((t) => ({ key: `toewijzing:${t.id}`, titel: `Toewijzing ${t.productNaam} (${t.aanbiederNaam})`, einddatum: t.einddatum! })),
    ];
    const taken = dossierTaken(
      {
        casus: casus && { ...casus, opschortingen: casus.opschortingen },
        onderzoekTermijnDagen: gemeente.onderzoekTermijnDagen,
        beschikkingTermijnen: gemeente,
        evaluatieDatum: plan && GELDENDE_STATUSSEN.includes(plan.status) ? plan.evaluatieDatum : null,
        consulten: h.consulten.map((c) => ({ id: c.id, soort: c.soort, uiterlijkOp: c.uiterlijkOp, wie: namen(c.gedragswetenschapperId) })),
        taken: h.taken.map((t) => ({ id: t.id, titel: t.titel, uiterlijkOp: t.uiterlijkOp, wie: namen(t.toegewezenAanId) })),
        acties: planActies.map((a) => ({ id: a.id, wat: a.wat, uiterlijk: a.uiterlijk!, wie: a.wieNaam })),
        aanvragen: h.aanvragen,
        achttien: wordtBinnenkort18(leden.map((l) => ({ persoonId: l.persoonId, naam: l.naam, rol: l.rol, geboortedatum: l.geboortedatum })), vandaag),
        eindigend,
      },
      vandaag,
    );

    return {
      leden,
      plan: plan && {
        id: plan.id,
        versienummer: plan.versienummer,
        status: plan.status,
        evaluatieDatum: plan.evaluatieDatum,
        nieuwereConcept: nieuwereConcept ? nieuwereConcept.versienummer : null,
        doelen: doelen.map((d) => ({
          id: d.id,
          leefgebied: d.label,
          omschrijving: d.omschrijving,
          horizon: d.horizon,
          zichtbaarAan: d.zichtbaarAan,
          acties: { totaal: d.totaal, gedaan: d.gedaan },
          resultaat: d.resultaat,
          geevalueerdOp: d.datum,
        })),
      },
      beschikkingen: beschikkingen.map((b) => ({
        id: b.id, identificatie: b.identificatie, wet: b.wet, besluit: b.besluit, status: b.status, datum: b.datum,
        ingangsdatum: b.ingangsdatum, vervaldatum: b.vervaldatum, voor: volledigeNaam(b),
        producten: b.producten
          .map((p) => ({ ...p, ingangsdatum: fromJson(p.ingangsdatum), einddatum: fromJsonOrNull(p.einddatum) }))
          .filter((p) => nietAfgelopen(p.einddatum, vandaag))
          .map((p) => ({ id: p.id, naam: p.naam, aanbieder: p.aanbieder, leveringsvorm: p.leveringsvorm, ingangsdatum: p.ingangsdatum, einddatum: p.einddatum })),
      })),
      toewijzingen: toewijzingen.map((t) => ({
        id: t.id, nummer: t.toewijzingNummer, product: t.productNaam, aanbieder: t.aanbiederNaam, voor: volledigeNaam(t),
        ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, status: t.status, volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie,
      })),
      taken,
    };
  });
}

type DoelRij = {
  id: string; label: string; omschrijving: string; horizon: Horizon; zichtbaarAan: string; totaal: number; gedaan: number;
  resultaat: DoelResultaat | null; datum: Date | null;
};
type Naam = { voornamen: string; tussenvoegsel: string | null; achternaam: string };
type LidRij = Naam & {
  lidmaatschapId: string; rol: HuishoudenRol; vanaf: Date; persoonId: string; geboortedatum: Date | null; bsnBekend: boolean;
  telefoon: string | null; email: string | null; overleden: boolean;
  vertegenwoordigd: { soort: VertegenwoordigingSoort; vanaf: string; tot: string | null; naam: string | null; voornamen: string | null; tussenvoegsel: string | null; achternaam: string | null }[];
};
type BeschikkingRij = Naam & {
  id: string; identificatie: string; wet: Wet; besluit: BesluitSoort; status: BeschikkingStatus; datum: Date | null; ingangsdatum: Date | null; vervaldatum: Date | null;
  producten: { id: string; einddatum: string | null; ingangsdatum: string; leveringsvorm: Leveringsvorm; naam: string; aanbieder: string | null }[];
};
type ToewijzingRij = Naam & {
  id: string; toewijzingNummer: number; ingangsdatum: Date; einddatum: Date | null; status: ToewijzingStatus; volume: number | null; eenheid: string | null;
  frequentie: string | null; productNaam: string; aanbiederNaam: string;
};

// json_build_object writes a date as 2026-11-22 and a timestamp (stored in UTC, without zone) as 2026-11-22T10:00:00.
const fromJson = (value: string): Date => new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
const fromJsonOrNull = (value: string | null) => (value ? fromJson(value) : null);

export type DossierOverzicht = Awaited<ReturnType<typeof getDossierOverzicht>>;
