import 'server-only';
import { leesSql } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_AANVRAAG_STATUSSEN } from '@/lib/domain/aanvraag-termijn';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ageOn, toCalendarDay } from '@/lib/domain/dates';
import { dossierTaken, nietAfgelopen } from '@/lib/domain/dossier';
import { gezagRijTelt } from '@/lib/domain/brp';
import { vertegenwoordigingActueel, volledigeNaam, wordtBinnenkort18 } from '@/lib/domain/lidmaatschap';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { openDossier } from './common';
import type {
  BeschikkingStatus, BesluitSoort, ConsultSoort, Fase, DoelResultaat, Horizon, HuishoudenRol, Leveringsvorm, PlanStatus, ToewijzingStatus, TriageUitkomst, TriageVervolg,
  Urgentie, Veiligheid, VertegenwoordigingSoort, Wet,
} from '@/lib/domain/enums';
import { fromJson, fromJsonOrNull } from '@/lib/server/sql-json';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';

/**
 * The overview tab of the dossier: members with age, role and legal representative; the current plan's goals with
 * their progress; active beschikkingen and toewijzingen with end dates; deadlines and open tasks derived from the
 * records. One statement on node-postgres (leesSql) after the access check and its access-log row, written first,
 * without an interactive transaction (lib/server/lees-zonder-transactie.ts).
 */
export async function getDossierOverzicht(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  const vandaag = toCalendarDay(today);
  return leesZonderTransactie(async (tx) => {
    await openDossier(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Dossier' });
    // One statement for the whole tab (issue 23: eight statements, three of them Prisma's, cost more server CPU than
    // rendering the page): the gemeente's terms and everything the deadlines are derived from (the latest casus with
    // its opschortingen, the open aanvragen with theirs, open consults and tasks with the names of the people they
    // wait for), the members, the running beschikkingen and toewijzingen, the versions of the current plan with the
    // goals and open actions of the version shown, and during vraagverheldering the melding, triage and gesprekken.
    // It keeps its plan (lib/db.ts): at 100,000 households planning it took 3.5 ms and running it 1 ms.
    const dag = vandaag.toISOString().slice(0, 10);
    const [termijnen] = await leesSql<TermijnRij>(Prisma.sql`
      SELECT g."onderzoekTermijnDagen", g."wmoBeschikkingTermijnDagen", g."awbBeschikkingTermijnDagen", ${BESLUITDAGEN_SQL} AS "besluitdagen",
             (SELECT json_build_object('id', c."id", 'fase', c."fase", 'meldingOntvangenOp', c."meldingOntvangenOp", 'verslagVerstuurdOp', c."verslagVerstuurdOp",
                                       'waakvlamOp', c."waakvlamOp",
                                       'opschortingen', COALESCE((SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot")) FROM "Opschorting" o WHERE o."casusId" = c."id"), '[]'::json))
              FROM "Casus" c WHERE c."huishoudenId" = ${huishoudenId}::uuid ORDER BY c."geopendOp" DESC LIMIT 1) AS "casus",
             COALESCE((SELECT json_agg(json_build_object('id', a."id", 'nummer', a."nummer", 'wet', a."wet", 'ontvangenOp', a."ontvangenOp", 'verdagingDagen', a."verdagingDagen",
                                                         'opschortingen', COALESCE((SELECT json_agg(json_build_object('van', o."van", 'tot', o."tot")) FROM "Opschorting" o WHERE o."aanvraagId" = a."id"), '[]'::json)))
                       FROM "Aanvraag" a WHERE a."huishoudenId" = ${huishoudenId}::uuid AND a."status"::text IN (${Prisma.join(OPEN_AANVRAAG_STATUSSEN)})), '[]'::json) AS "aanvragen",
             COALESCE((SELECT json_agg(json_build_object('id', k."id", 'soort', k."soort", 'uiterlijkOp', k."uiterlijkOp", 'wie', COALESCE(u."naam", po."naam")))
                       FROM "Consult" k LEFT JOIN "User" u ON u."id" = k."gedragswetenschapperId" LEFT JOIN "PartnerOrganisatie" po ON po."id" = k."partnerOrganisatieId"
                       WHERE k."huishoudenId" = ${huishoudenId}::uuid AND k."status" <> 'AFGEROND'), '[]'::json) AS "consulten",
             COALESCE((SELECT json_agg(json_build_object('id', t."id", 'titel', t."titel", 'uiterlijkOp', t."uiterlijkOp", 'wie', u."naam"))
                       FROM "Taak" t LEFT JOIN "User" u ON u."id" = t."toegewezenAanId"
                       WHERE t."huishoudenId" = ${huishoudenId}::uuid AND t."afgerondOp" IS NULL), '[]'::json) AS "taken",
             COALESCE((SELECT json_agg(x ORDER BY x."rol", x."vanaf", x."lidmaatschapId") FROM (
               SELECT l."id" AS "lidmaatschapId", l."rol", l."vanaf", p."id" AS "persoonId", p."voornamen", p."tussenvoegsel", p."achternaam",
                      p."geboortedatum", p."bsn" IS NOT NULL AS "bsnBekend", p."telefoon", p."email", p."overledenOp" IS NOT NULL AS "overleden", p."gezagBron",
                      COALESCE((SELECT json_agg(json_build_object('soort', v."soort", 'vanaf', v."vanaf", 'tot', v."tot", 'naam', v."naam", 'bron', v."bron",
                                                                  'voornamen', x."voornamen", 'tussenvoegsel', x."tussenvoegsel", 'achternaam', x."achternaam"))
                                FROM "Vertegenwoordiging" v LEFT JOIN "Persoon" x ON x."id" = v."vertegenwoordigerId" WHERE v."persoonId" = p."id"), '[]'::json) AS "vertegenwoordigd"
               FROM "HuishoudenLidmaatschap" l JOIN "Persoon" p ON p."id" = l."persoonId"
               WHERE l."huishoudenId" = ${huishoudenId}::uuid AND l."tot" IS NULL) x), '[]'::json) AS "leden",
             COALESCE((SELECT json_agg(x ORDER BY x."datum" DESC NULLS FIRST, x."id") FROM (
               SELECT b."id", b."identificatie", b."wet", b."besluit", b."status", b."datum", b."ingangsdatum", b."vervaldatum",
                      p."voornamen", p."tussenvoegsel", p."achternaam",
                      COALESCE((SELECT json_agg(json_build_object('id', bp."id", 'einddatum', bp."einddatum", 'ingangsdatum', bp."ingangsdatum", 'leveringsvorm', bp."leveringsvorm",
                                                                  'naam', pr."naam", 'aanbieder', a."naam") ORDER BY bp."ingangsdatum", bp."id")
                                FROM "BeschiktProduct" bp JOIN "Product" pr ON pr."id" = bp."productId" LEFT JOIN "Aanbieder" a ON a."id" = bp."aanbiederId"
                                WHERE bp."beschikkingId" = b."id"), '[]'::json) AS "producten"
               FROM "Beschikking" b JOIN "Persoon" p ON p."id" = b."persoonId"
               WHERE b."huishoudenId" = ${huishoudenId}::uuid AND b."status" IN ('VASTGESTELD', 'VERZONDEN') AND (b."vervaldatum" IS NULL OR b."vervaldatum" >= ${dag}::date)) x), '[]'::json) AS "beschikkingen",
             COALESCE((SELECT json_agg(x ORDER BY x."ingangsdatum", x."toewijzingNummer") FROM (
               SELECT t."id", t."toewijzingNummer", t."ingangsdatum", t."einddatum", t."status", t."volume", t."eenheid", t."frequentie",
                      pr."naam" AS "productNaam", a."naam" AS "aanbiederNaam", p."voornamen", p."tussenvoegsel", p."achternaam",
                      -- Issue 19: the latest care the aanbieder reported on it (305 start, 307 stop).
                      (SELECT z."begindatum" FROM "Zorglevering" z WHERE z."toewijzingId" = t."id" ORDER BY z."begindatum" DESC LIMIT 1) AS "zorgGestart",
                      (SELECT z."einddatum" FROM "Zorglevering" z WHERE z."toewijzingId" = t."id" ORDER BY z."begindatum" DESC LIMIT 1) AS "zorgGestopt"
               FROM "Toewijzing" t
               JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId" JOIN "Beschikking" b ON b."id" = bp."beschikkingId"
               JOIN "Product" pr ON pr."id" = t."productId" JOIN "Aanbieder" a ON a."id" = t."aanbiederId" JOIN "Persoon" p ON p."id" = t."persoonId"
               WHERE b."huishoudenId" = ${huishoudenId}::uuid AND t."status" <> 'INGETROKKEN' AND (t."einddatum" IS NULL OR t."einddatum" >= ${dag}::date)) x), '[]'::json) AS "toewijzingen",
             -- The versions of the household's current plan (one actueel plan per household), newest first.
             COALESCE((SELECT json_agg(json_build_object('id', pv."id", 'versienummer', pv."versienummer", 'status', pv."status", 'evaluatieDatum', pv."evaluatieDatum") ORDER BY pv."versienummer" DESC)
                       FROM "PlanVersie" pv JOIN "Ondersteuningsplan" o ON o."id" = pv."planId"
                       WHERE o."huishoudenId" = ${huishoudenId}::uuid AND o."actueel"), '[]'::json) AS "versies",
             pl."id" AS "planId",
             -- Goals and open actions of only the version shown (issue 9: the nested read fetched those of every version).
             COALESCE((SELECT json_agg(x ORDER BY x."volgorde", x."id") FROM (
               SELECT d."id", d."volgorde", d."label", d."omschrijving", d."horizon", d."zichtbaarAan",
                      (SELECT count(*) FROM "Actie" a WHERE a."doelId" = d."id" AND a."status" <> 'VERVALLEN')::int AS "totaal",
                      (SELECT count(*) FROM "Actie" a WHERE a."doelId" = d."id" AND a."status" = 'GEDAAN')::int AS "gedaan",
                      e."resultaat", e."datum"
               FROM "Doel" d
               LEFT JOIN LATERAL (SELECT de."resultaat", ev."datum" FROM "DoelEvaluatie" de JOIN "Evaluatie" ev ON ev."id" = de."evaluatieId"
                                  WHERE de."doelId" = d."id" ORDER BY ev."datum" DESC LIMIT 1) e ON true
               WHERE d."planVersieId" = pl."id") x), '[]'::json) AS "doelen",
             COALESCE((SELECT json_agg(json_build_object('id', a."id", 'wat', a."wat", 'uiterlijk', a."uiterlijk", 'wieNaam', a."wieNaam"))
                       FROM "Actie" a WHERE a."planVersieId" = pl."id" AND a."status" IN ('OPEN', 'BEZIG') AND a."uiterlijk" IS NOT NULL), '[]'::json) AS "planActies",
             -- Issue 16 item 17: during vraagverheldering the melding(en) of the casus, its latest triage with who did it, and the gesprekken so far.
             CASE WHEN lc."fase" = 'VRAAGVERHELDERING' THEN json_build_object(
               'meldingen', COALESCE((SELECT json_agg(json_build_object('id', m."id", 'kenmerk', m."kenmerk", 'vraag', m."vraag", 'ontvangenOp', m."ontvangenOp") ORDER BY m."ontvangenOp")
                                      FROM "Melding" m WHERE m."casusId" = lc."id"), '[]'::json),
               'triage', (SELECT json_build_object('uitkomst', tr."uitkomst", 'vervolg', tr."vervolg", 'urgentie', tr."urgentie", 'veiligheid', tr."veiligheid",
                                                   'toelichting', tr."toelichting", 'op', tr."op", 'alleLedenBekend', tr."alleLedenBekend", 'door', du."naam",
                                                   'leefgebieden', COALESCE((SELECT json_agg(tl."label") FROM "TriageLeefgebied" tl WHERE tl."triageId" = tr."id"), '[]'::json))
                          FROM "Triage" tr LEFT JOIN "User" du ON du."id" = tr."doorId" WHERE tr."casusId" = lc."id" ORDER BY tr."op" DESC LIMIT 1),
               'gesprekken', (SELECT count(*) FROM "Gesprek" gs WHERE gs."casusId" = lc."id")) END AS "vraagverheldering"
      FROM "Gemeente" g
      LEFT JOIN LATERAL (SELECT c."id", c."fase" FROM "Casus" c WHERE c."huishoudenId" = ${huishoudenId}::uuid ORDER BY c."geopendOp" DESC LIMIT 1) lc ON true
      -- The plan that binds (DOMAIN.md §2: a vastgesteld plan is binding); a concept only when none was vastgesteld yet.
      LEFT JOIN LATERAL (SELECT pv."id" FROM "PlanVersie" pv JOIN "Ondersteuningsplan" o ON o."id" = pv."planId"
                         WHERE o."huishoudenId" = ${huishoudenId}::uuid AND o."actueel" AND pv."status" <> 'VERVANGEN'
                         ORDER BY pv."status"::text = ANY(${[...GELDENDE_STATUSSEN]}::text[]) DESC, pv."versienummer" DESC LIMIT 1) pl ON true
      WHERE g."id" = ${actor.gemeenteId}::uuid`, { plan: 'bewaren' });
    const periodes = (rijen: { van: string; tot: string | null }[]) => rijen.map((o) => ({ van: fromJson(o.van), tot: fromJsonOrNull(o.tot) }));
    const ledenRijen = termijnen.leden.map((l) => ({ ...l, vanaf: fromJson(l.vanaf), geboortedatum: fromJsonOrNull(l.geboortedatum) }));
    const beschikkingen = termijnen.beschikkingen.map((b) => ({ ...b, datum: fromJsonOrNull(b.datum), ingangsdatum: fromJsonOrNull(b.ingangsdatum), vervaldatum: fromJsonOrNull(b.vervaldatum) }));
    const toewijzingen = termijnen.toewijzingen.map((t) => ({
      ...t, ingangsdatum: fromJson(t.ingangsdatum), einddatum: fromJsonOrNull(t.einddatum), zorgGestart: fromJsonOrNull(t.zorgGestart), zorgGestopt: fromJsonOrNull(t.zorgGestopt),
    }));

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
          // issue 20: gezag only from the child's current source (the BRP, or a staff member's decision)
          .filter((v) => vertegenwoordigingActueel(v, geboortedatum, vandaag) && (!['GEZAG', 'VOOGD'].includes(v.soort) || gezagRijTelt(l.gezagBron, v.bron)))
          .map((v) => ({ soort: v.soort, bron: v.bron, naam: v.achternaam !== null ? volledigeNaam({ voornamen: v.voornamen!, tussenvoegsel: v.tussenvoegsel, achternaam: v.achternaam }) : v.naam ?? 'Onbekend' })),
        gezagOnbekend: l.gezagBron === 'BRP_ONBEKEND',
      };
    });

    const versies = termijnen.versies.map((v) => ({ ...v, evaluatieDatum: fromJsonOrNull(v.evaluatieDatum) }));
    const plan = versies.find((v) => v.id === termijnen.planId) ?? null;
    const nieuwereConcept = plan && versies.find((v) => v.versienummer > plan.versienummer && (v.status === 'CONCEPT' || v.status === 'TER_AKKOORD'));
    const doelen = termijnen.doelen.map((d) => ({ ...d, datum: fromJsonOrNull(d.datum) }));
    const planActies = termijnen.planActies.map((a) => ({ ...a, uiterlijk: fromJson(a.uiterlijk) }));

    const c = termijnen.casus;
    const casus = c && {
      id: c.id, fase: c.fase, meldingOntvangenOp: fromJson(c.meldingOntvangenOp), verslagVerstuurdOp: fromJsonOrNull(c.verslagVerstuurdOp),
      waakvlamOp: fromJsonOrNull(c.waakvlamOp), opschortingen: periodes(c.opschortingen),
    };
    // Issue 16 item 17: during vraagverheldering the overview shows what the melding asked, what the triage found
    // and whether the keukentafelgesprek has started (the melding was reachable only through the tijdlijn).
    const vv = termijnen.vraagverheldering;
    const vraagverheldering = vv && {
      meldingen: vv.meldingen.map((m) => ({ ...m, ontvangenOp: fromJson(m.ontvangenOp) })),
      triage: vv.triage && { ...vv.triage, op: fromJson(vv.triage.op), leefgebieden: [...vv.triage.leefgebieden].sort((a, b) => a.localeCompare(b, 'nl')) },
      gesprekken: vv.gesprekken,
    };
    const eindigend = [
      ...toewijzingen.filter((t) => t.einddatum).map((t) => ({ key: `toewijzing:${t.id}`, titel: `Toewijzing ${t.productNaam} (${t.aanbiederNaam})`, einddatum: t.einddatum! })),
    ];
    const taken = dossierTaken(
      {
        casus,
        onderzoekTermijnDagen: termijnen.onderzoekTermijnDagen,
        beschikkingTermijnen: termijnen,
        evaluatieDatum: plan && GELDENDE_STATUSSEN.includes(plan.status) ? plan.evaluatieDatum : null,
        consulten: termijnen.consulten.map((k) => ({ id: k.id, soort: k.soort, uiterlijkOp: fromJson(k.uiterlijkOp), wie: k.wie })),
        taken: termijnen.taken.map((t) => ({ id: t.id, titel: t.titel, uiterlijkOp: fromJson(t.uiterlijkOp), wie: t.wie })),
        acties: planActies.map((a) => ({ id: a.id, wat: a.wat, uiterlijk: a.uiterlijk, wie: a.wieNaam })),
        aanvragen: termijnen.aanvragen.map((a) => ({ ...a, ontvangenOp: fromJson(a.ontvangenOp), opschortingen: periodes(a.opschortingen) })),
        achttien: wordtBinnenkort18(leden.map((l) => ({ persoonId: l.persoonId, naam: l.naam, rol: l.rol, geboortedatum: l.geboortedatum })), vandaag),
        eindigend,
        besluitdagen: alsBesluitdagen(termijnen.besluitdagen),
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
        zorgGestart: t.zorgGestart, zorgGestopt: t.zorgGestopt,
      })),
      taken,
      vraagverheldering,
    };
  });
}

// Dates inside JSON are text (lib/server/sql-json.ts); they are read back as Date above.
type Periode = { van: string; tot: string | null };
type TermijnRij = {
  onderzoekTermijnDagen: number; wmoBeschikkingTermijnDagen: number; awbBeschikkingTermijnDagen: number; besluitdagen: string[];
  casus: { id: string; fase: Fase; meldingOntvangenOp: string; verslagVerstuurdOp: string | null; waakvlamOp: string | null; opschortingen: Periode[] } | null;
  aanvragen: { id: string; nummer: string; wet: Wet; ontvangenOp: string; verdagingDagen: number | null; opschortingen: Periode[] }[];
  consulten: { id: string; soort: ConsultSoort; uiterlijkOp: string; wie: string | null }[];
  taken: { id: string; titel: string; uiterlijkOp: string; wie: string | null }[];
  leden: LidRij[];
  beschikkingen: BeschikkingRij[];
  toewijzingen: ToewijzingRij[];
  versies: { id: string; versienummer: number; status: PlanStatus; evaluatieDatum: string | null }[];
  planId: string | null;
  doelen: DoelRij[];
  planActies: { id: string; wat: string; uiterlijk: string; wieNaam: string | null }[];
  vraagverheldering: {
    meldingen: { id: string; kenmerk: string; vraag: string; ontvangenOp: string }[];
    triage: {
      uitkomst: TriageUitkomst; vervolg: TriageVervolg; urgentie: Urgentie; veiligheid: Veiligheid; toelichting: string | null; op: string;
      alleLedenBekend: boolean; door: string | null; leefgebieden: string[];
    } | null;
    gesprekken: number;
  } | null;
};
type DoelRij = {
  id: string; label: string; omschrijving: string; horizon: Horizon; zichtbaarAan: string; totaal: number; gedaan: number;
  resultaat: DoelResultaat | null; datum: string | null;
};
type Naam = { voornamen: string; tussenvoegsel: string | null; achternaam: string };
type LidRij = Naam & {
  lidmaatschapId: string; rol: HuishoudenRol; vanaf: string; persoonId: string; geboortedatum: string | null; bsnBekend: boolean;
  telefoon: string | null; email: string | null; overleden: boolean; gezagBron: string | null;
  vertegenwoordigd: { soort: VertegenwoordigingSoort; vanaf: string; tot: string | null; naam: string | null; bron: string | null; voornamen: string | null; tussenvoegsel: string | null; achternaam: string | null }[];
};
type BeschikkingRij = Naam & {
  id: string; identificatie: string; wet: Wet; besluit: BesluitSoort; status: BeschikkingStatus; datum: string | null; ingangsdatum: string | null; vervaldatum: string | null;
  producten: { id: string; einddatum: string | null; ingangsdatum: string; leveringsvorm: Leveringsvorm; naam: string; aanbieder: string | null }[];
};
type ToewijzingRij = Naam & {
  id: string; toewijzingNummer: number; ingangsdatum: string; einddatum: string | null; status: ToewijzingStatus; volume: number | null; eenheid: string | null;
  frequentie: string | null; productNaam: string; aanbiederNaam: string; zorgGestart: string | null; zorgGestopt: string | null;
};

export type DossierOverzicht = Awaited<ReturnType<typeof getDossierOverzicht>>;
