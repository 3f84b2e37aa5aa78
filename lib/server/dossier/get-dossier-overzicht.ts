import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ageOn, toCalendarDay } from '@/lib/domain/dates';
import { dossierTaken, nietAfgelopen } from '@/lib/domain/dossier';
import { vertegenwoordigingActueel, volledigeNaam, wordtBinnenkort18 } from '@/lib/domain/lidmaatschap';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { openDossier, namenVan } from './common';

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
        leden: {
          where: { tot: null },
          orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }],
          select: {
            id: true, rol: true, vanaf: true,
            persoon: {
              select: {
                id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, bsn: true, telefoon: true,
                email: true, overledenOp: true,
                vertegenwoordigd: {
                  select: {
                    soort: true, vanaf: true, tot: true, naam: true,
                    vertegenwoordiger: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
                  },
                },
              },
            },
          },
        },
        casussen: {
          orderBy: { geopendOp: 'desc' },
          take: 1,
          select: {
            id: true, fase: true, meldingOntvangenOp: true, verslagVerstuurdOp: true, waakvlamOp: true,
            opschortingen: { select: { van: true, tot: true } },
          },
        },
        plannen: {
          where: { actueel: true },
          select: {
            versies: {
              orderBy: { versienummer: 'desc' },
              select: {
                id: true, versienummer: true, status: true, evaluatieDatum: true, vastgesteldOp: true,
                doelen: {
                  orderBy: [{ volgorde: 'asc' }],
                  select: {
                    id: true, label: true, omschrijving: true, horizon: true, zichtbaarAan: true,
                    acties: { select: { status: true } },
                    evaluaties: { orderBy: { evaluatie: { datum: 'desc' } }, take: 1, select: { resultaat: true, evaluatie: { select: { datum: true } } } },
                  },
                },
                acties: { where: { status: { in: ['OPEN', 'BEZIG'] }, uiterlijk: { not: null } }, select: { id: true, wat: true, uiterlijk: true, wie: true, wieNaam: true } },
              },
            },
          },
        },
        beschikkingen: {
          where: { status: { in: ['VASTGESTELD', 'VERZONDEN'] }, OR: [{ vervaldatum: null }, { vervaldatum: { gte: vandaag } }] },
          orderBy: { datum: 'desc' },
          select: {
            id: true, identificatie: true, wet: true, besluit: true, status: true, datum: true, ingangsdatum: true, vervaldatum: true,
            persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
            producten: {
              select: {
                id: true, einddatum: true, ingangsdatum: true, leveringsvorm: true,
                product: { select: { naam: true } }, aanbieder: { select: { naam: true } },
              },
            },
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
    const toewijzingen = await tx.toewijzing.findMany({
      where: {
        beschiktProduct: { beschikking: { huishoudenId } },
        status: { not: 'INGETROKKEN' },
        OR: [{ einddatum: null }, { einddatum: { gte: vandaag } }],
      },
      orderBy: [{ ingangsdatum: 'asc' }],
      select: {
        id: true, toewijzingNummer: true, ingangsdatum: true, einddatum: true, status: true, volume: true, eenheid: true, frequentie: true,
        product: { select: { naam: true } }, aanbieder: { select: { naam: true } },
        persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } },
      },
    });
    const namen = await namenVan(tx, [...h.consulten.map((c) => c.gedragswetenschapperId), ...h.taken.map((t) => t.toegewezenAanId)]);

    const leden = h.leden.map((l) => {
      const p = l.persoon;
      const geboortedatum = p.geboortedatum;
      return {
        lidmaatschapId: l.id,
        persoonId: p.id,
        naam: volledigeNaam(p),
        rol: l.rol,
        sinds: l.vanaf,
        geboortedatum,
        leeftijd: geboortedatum && geboortedatum.getTime() <= vandaag.getTime() ? ageOn(geboortedatum, vandaag) : null,
        bsnBekend: p.bsn !== null,
        telefoon: p.telefoon,
        email: p.email,
        overleden: p.overledenOp !== null,
        vertegenwoordigers: p.vertegenwoordigd
          .filter((v) => vertegenwoordigingActueel(v, geboortedatum, vandaag))
          .map((v) => ({ soort: v.soort, naam: v.vertegenwoordiger ? volledigeNaam(v.vertegenwoordiger) : v.naam ?? 'Onbekend' })),
      };
    });

    const versies = h.plannen[0]?.versies ?? [];
    // The plan that binds (DOMAIN.md §2: a vastgesteld plan is binding); a concept only when none was vastgesteld yet.
    const plan = versies.find((v) => GELDENDE_STATUSSEN.includes(v.status)) ?? versies.find((v) => v.status !== 'VERVANGEN') ?? null;
    const nieuwereConcept = plan && versies.find((v) => v.versienummer > plan.versienummer && (v.status === 'CONCEPT' || v.status === 'TER_AKKOORD'));

    const casus = h.casussen[0] ?? null;
    const eindigend = [
      ...toewijzingen.filter((t) => t.einddatum).map((t) => ({ key: `toewijzing:${t.id}`, titel: `Toewijzing ${t.product.naam} (${t.aanbieder.naam})`, einddatum: t.einddatum! })),
    ];
    const taken = dossierTaken(
      {
        casus: casus && { ...casus, opschortingen: casus.opschortingen },
        onderzoekTermijnDagen: gemeente.onderzoekTermijnDagen,
        beschikkingTermijnen: gemeente,
        evaluatieDatum: plan && GELDENDE_STATUSSEN.includes(plan.status) ? plan.evaluatieDatum : null,
        consulten: h.consulten.map((c) => ({ id: c.id, soort: c.soort, uiterlijkOp: c.uiterlijkOp, wie: namen(c.gedragswetenschapperId) })),
        taken: h.taken.map((t) => ({ id: t.id, titel: t.titel, uiterlijkOp: t.uiterlijkOp, wie: namen(t.toegewezenAanId) })),
        acties: (plan?.acties ?? []).map((a) => ({ id: a.id, wat: a.wat, uiterlijk: a.uiterlijk!, wie: a.wieNaam })),
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
        doelen: plan.doelen.map((d) => ({
          id: d.id,
          leefgebied: d.label,
          omschrijving: d.omschrijving,
          horizon: d.horizon,
          zichtbaarAan: d.zichtbaarAan,
          acties: { totaal: d.acties.filter((a) => a.status !== 'VERVALLEN').length, gedaan: d.acties.filter((a) => a.status === 'GEDAAN').length },
          resultaat: d.evaluaties[0]?.resultaat ?? null,
          geevalueerdOp: d.evaluaties[0]?.evaluatie.datum ?? null,
        })),
      },
      beschikkingen: h.beschikkingen.map((b) => ({
        id: b.id, identificatie: b.identificatie, wet: b.wet, besluit: b.besluit, status: b.status, datum: b.datum,
        ingangsdatum: b.ingangsdatum, vervaldatum: b.vervaldatum, voor: volledigeNaam(b.persoon),
        producten: b.producten
          .filter((p) => nietAfgelopen(p.einddatum, vandaag))
          .map((p) => ({ id: p.id, naam: p.product.naam, aanbieder: p.aanbieder?.naam ?? null, leveringsvorm: p.leveringsvorm, ingangsdatum: p.ingangsdatum, einddatum: p.einddatum })),
      })),
      toewijzingen: toewijzingen.map((t) => ({
        id: t.id, nummer: t.toewijzingNummer, product: t.product.naam, aanbieder: t.aanbieder.naam, voor: volledigeNaam(t.persoon),
        ingangsdatum: t.ingangsdatum, einddatum: t.einddatum, status: t.status, volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie,
      })),
      taken,
    };
  });
}

export type DossierOverzicht = Awaited<ReturnType<typeof getDossierOverzicht>>;
