// Builders for the beschikking and toewijzing tests (issue 7): a gemeente with a backoffice of three (two with the
// BESCHIKKING_VASTSTELLEN mandate, one without), a wijkcoach and a teamleider, the product 07A12 dagbesteding with
// two contracted aanbieders, and households with an aanvraag from a plan.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { generateTestBsn } from '@/lib/domain/bsn';
import type { AanvraagStatus, Leveringsvorm, Wet } from '@/lib/generated/prisma/enums';
import type { BeschikkingConceptInput } from '@/lib/validations/beschikking';
import type { ProductRegel } from '@/lib/domain/beschikking';
import { actorFor, createGemeente, createTeam, createUser } from './factories';

let n = 0;
const bsnSeed = () => 500_000 + Math.floor(Math.random() * 4_000_000) + ++n;

export type BeschikkingWereld = Awaited<ReturnType<typeof createBeschikkingWereld>>;

export async function createBeschikkingWereld() {
  const gemeente = await createGemeente();
  const gemeenteId = gemeente.id;
  const team = await createTeam(gemeenteId);
  const opstellerUser = await createUser(gemeenteId, ['BACKOFFICE'], { naam: 'Nicole Opsteller' });
  const collegaUser = await createUser(gemeenteId, ['BACKOFFICE'], { naam: 'Hasan Collega' });
  const zonderMandaatUser = await createUser(gemeenteId, ['BACKOFFICE'], { naam: 'Bram Zondermandaat' });
  const coachUser = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: 'Sanne Wijkcoach' });
  const teamleadUser = await createUser(gemeenteId, ['TEAMLEAD'], { teamId: team.id, naam: 'Tessa Teamleider' });
  await prisma.mandaat.createMany({
    data: [
      { userId: opstellerUser.id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'WMO', vanaf: new Date('2020-01-01') },
      { userId: opstellerUser.id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'JEUGDWET', vanaf: new Date('2020-01-01') },
      { userId: collegaUser.id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'WMO', vanaf: new Date('2020-01-01') },
      { userId: collegaUser.id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'JEUGDWET', vanaf: new Date('2020-01-01') },
      { userId: zonderMandaatUser.id, soort: 'PLAN_VASTSTELLEN', wet: 'WMO', vanaf: new Date('2020-01-01') },
    ],
  });
  const dagbesteding = await createProduct(gemeenteId, 'WMO', '07A12', 'Dagbesteding', '16', '2');
  const begeleiding = await createProduct(gemeenteId, 'WMO', '02A01', 'Individuele begeleiding', '04', '2');
  const jeugdhulp = await createProduct(gemeenteId, 'JEUGDWET', '45A01', 'Jeugdhulp ambulant', '04', '2');
  const marsdiep = await prisma.aanbieder.create({ data: { gemeenteId, naam: 'Stichting Dagbesteding Marsdiep', agbCode: '98100035' } });
  const duinen = await prisma.aanbieder.create({ data: { gemeenteId, naam: 'Zorgcoöperatie De Helderse Duinen', agbCode: '98100028' } });
  await prisma.contract.createMany({
    data: [
      { aanbiederId: marsdiep.id, productId: dagbesteding.id, tariefCent: 4650, van: new Date('2020-01-01') },
      { aanbiederId: duinen.id, productId: dagbesteding.id, tariefCent: 4650, van: new Date('2020-01-01') },
      { aanbiederId: duinen.id, productId: begeleiding.id, tariefCent: 6400, van: new Date('2020-01-01') },
      { aanbiederId: duinen.id, productId: jeugdhulp.id, tariefCent: 8000, van: new Date('2020-01-01') },
    ],
  });
  return {
    gemeente,
    gemeenteId,
    team,
    opsteller: actorFor(opstellerUser),
    collega: actorFor(collegaUser),
    zonderMandaat: actorFor(zonderMandaatUser),
    coach: actorFor(coachUser, [team.id]),
    teamlead: actorFor(teamleadUser, [team.id]),
    producten: { dagbesteding, begeleiding, jeugdhulp },
    aanbieders: { marsdiep, duinen },
  };
}

export async function createProduct(gemeenteId: string, wet: Wet, code: string, naam: string, eenheid: string, frequentie: string) {
  return prisma.product.create({
    data: { gemeenteId, wet, categorie: code.slice(0, 2), code, naam, eenheid, standaardFrequentie: frequentie, leveringsvormen: ['ZIN', 'PGB'], actiefVan: new Date('2020-01-01') },
  });
}

/** A household of one (a woman with a test BSN) with a casus and an aanvraag for the product (default 07A12, ZIN). */
export async function createAanvraag(
  w: BeschikkingWereld,
  options: { ontvangenOp?: Date; product?: { id: string; wet: Wet }; leveringsvorm?: Leveringsvorm; status?: AanvraagStatus; bsn?: string | null; geboortedatum?: Date | null } = {},
) {
  const i = ++n;
  const persoon = await prisma.persoon.create({
    data: {
      gemeenteId: w.gemeenteId, voornamen: 'Anna Maria', tussenvoegsel: 'van den', achternaam: `Berg${i}`, geslacht: 'VROUW',
      bsn: options.bsn === undefined ? generateTestBsn(bsnSeed()) : options.bsn,
      geboortedatum: options.geboortedatum === undefined ? new Date('1948-02-29') : options.geboortedatum,
    },
  });
  const huishouden = await prisma.huishouden.create({
    data: {
      gemeenteId: w.gemeenteId, naam: `Huishouden Van den Berg ${i}`, straat: 'Spoorstraat', huisnummer: 10 + i, huisnummerToevoeging: 'A', postcode: '1781AB', woonplaats: 'Den Helder',
      leden: { create: { gemeenteId: w.gemeenteId, persoonId: persoon.id, rol: 'HOOFDBEWONER' } },
    },
  });
  const casus = await prisma.casus.create({
    data: { gemeenteId: w.gemeenteId, huishoudenId: huishouden.id, teamId: w.team.id, nummer: `C-BESCH-${i}-${crypto.randomUUID().slice(0, 6)}`, fase: 'UITVOERING', meldingOntvangenOp: new Date() },
  });
  const product = options.product ?? w.producten.dagbesteding;
  const aanvraag = await prisma.aanvraag.create({
    data: {
      gemeenteId: w.gemeenteId, nummer: `A-2026-${String(900000 + i)}`, huishoudenId: huishouden.id, casusId: casus.id, persoonId: persoon.id,
      productId: product.id, wet: product.wet, leveringsvorm: options.leveringsvorm ?? 'ZIN', ontvangenOp: options.ontvangenOp ?? new Date(),
      status: options.status ?? 'ONTVANGEN', toelichting: 'Dagbesteding voor structuur overdag.',
    },
  });
  return { persoon, huishouden, casus, aanvraag };
}

export const dag = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const productRegel = (w: BeschikkingWereld, overrides: Partial<ProductRegel> = {}): ProductRegel => ({
  productId: w.producten.dagbesteding.id, leveringsvorm: 'ZIN', volume: 6, eenheid: '16', frequentie: '2', budgetCent: null,
  ingangsdatum: dag('2026-03-16'), einddatum: dag('2027-03-15'), aanbiederId: w.aanbieders.marsdiep.id, pgbMotivering: null, ...overrides,
});

/** The toekenning: 07A12 dagbesteding, 6 dagdelen per week, in natura by Marsdiep. */
export const toekenning = (w: BeschikkingWereld, aanvraagId: string, overrides: Partial<BeschikkingConceptInput> = {}): BeschikkingConceptInput => ({
  beschikkingId: null,
  aanvraagId,
  version: null,
  besluit: 'TOEKENNING',
  wettelijkeGrondslag: 'Wet maatschappelijke ondersteuning 2015, artikel 2.3.5',
  motivering: 'Uit het onderzoek blijkt dat eigen kracht, netwerk en algemene voorzieningen onvoldoende zijn. Dagbesteding geeft structuur overdag.',
  vervalredenVorig: null,
  intrekkingPer: null,
  producten: [productRegel(w)],
  ...overrides,
});

export const rollen = (actor: Actor, rol: Actor['rollen']): Actor => ({ ...actor, rollen: rol });

/** Drafted by the opsteller and vastgesteld by the collega: the four-eyes route. */
export async function vastgesteldeBeschikking(w: BeschikkingWereld, overrides: Partial<BeschikkingConceptInput> = {}, aanvraagOptions: Parameters<typeof createAanvraag>[1] = {}) {
  const { saveBeschikkingConcept } = await import('@/lib/server/beschikking/save-beschikking-concept');
  const { vaststellenBeschikking } = await import('@/lib/server/beschikking/vaststellen-beschikking');
  const h = await createAanvraag(w, { ontvangenOp: dag('2026-03-02'), ...aanvraagOptions });
  const concept = await saveBeschikkingConcept(w.opsteller, toekenning(w, h.aanvraag.id, overrides), new Date('2026-03-09T10:00:00Z'));
  const result = await vaststellenBeschikking(w.collega, { beschikkingId: concept.id, version: concept.version }, new Date('2026-03-10T14:00:00Z'));
  return { ...h, beschikkingId: concept.id, identificatie: concept.identificatie, ...result };
}
