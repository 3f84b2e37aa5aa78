// Builders for the ondersteuningsplan tests (issue 6): a household in regie with a casus in fase Plan, a wijkcoach
// with the PLAN_VASTSTELLEN mandate, leefgebieden, a product of the catalogue and a voorziening of the sociale kaart.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Fase, Rol, Wet } from '@/lib/generated/prisma/enums';
import type { PlanConceptInput } from '@/lib/validations/plan';
import { actorFor, createGemeente, createHuishouden, createPersoon, createTeam, createUser } from './factories';

export type PlanWereld = Awaited<ReturnType<typeof createPlanWereld>>;

let n = 0;

export async function createPlanWereld() {
  const gemeente = await createGemeente();
  const gemeenteId = gemeente.id;
  const team = await createTeam(gemeenteId);
  const coachUser = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: 'Sanne Wijkcoach' });
  const collegaUser = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: 'Ali Collega' });
  const teamleadUser = await createUser(gemeenteId, ['TEAMLEAD'], { teamId: team.id, naam: 'Tessa Teamleider' });
  const backofficeUser = await createUser(gemeenteId, ['BACKOFFICE'], { naam: 'Bas Backoffice' });
  await prisma.mandaat.createMany({
    data: [
      { userId: coachUser.id, soort: 'PLAN_VASTSTELLEN', wet: 'WMO', vanaf: new Date('2020-01-01') },
      { userId: teamleadUser.id, soort: 'PLAN_VASTSTELLEN', wet: null, vanaf: new Date('2020-01-01') },
    ],
  });
  const [financien, netwerk] = await Promise.all([
    prisma.leefgebied.create({ data: { gemeenteId, code: 'FINANCIEN', naam: 'Financiën', zrmDomein: 'FINANCIEN', volgorde: 10 } }),
    prisma.leefgebied.create({ data: { gemeenteId, code: 'SOCIAAL_NETWERK', naam: 'Sociaal netwerk', zrmDomein: 'SOCIAAL_NETWERK', volgorde: 20 } }),
  ]);
  const dagbesteding = await createProduct(gemeenteId, 'WMO', '07A12', 'Dagbesteding');
  const jeugdhulp = await createProduct(gemeenteId, 'JEUGDWET', '45A01', 'Jeugdhulp ambulant');
  const voorziening = await prisma.voorziening.create({
    data: { gemeenteId, naam: 'Wijkrestaurant De Kombuis', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Samen eten', doelgroep: 'Iedereen', leefgebiedCodes: ['SOCIAAL_NETWERK'] },
  });
  return {
    gemeente,
    gemeenteId,
    team,
    coach: actorFor(coachUser, [team.id]),
    collega: actorFor(collegaUser, [team.id]),
    teamlead: actorFor(teamleadUser, [team.id]),
    backoffice: actorFor(backofficeUser),
    leefgebieden: { financien, netwerk },
    producten: { dagbesteding, jeugdhulp },
    voorziening,
  };
}

export async function createProduct(gemeenteId: string, wet: Wet, code: string, naam: string, actiefTot: Date | null = null) {
  return prisma.product.create({
    data: {
      gemeenteId, wet, categorie: code.slice(0, 2), code, naam, eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN', 'PGB'],
      actiefVan: new Date('2020-01-01'), actiefTot,
    },
  });
}

/** A household of two with a casus in `fase`, led by the wereld's wijkcoach. */
export async function createHuishoudenInRegie(w: PlanWereld, fase: Fase = 'PLAN', regisseur: Actor = w.coach) {
  const hoofd = await createPersoon(w.gemeenteId, { voornamen: 'Jan', achternaam: `Jansen${++n}` });
  const partner = await createPersoon(w.gemeenteId, { voornamen: 'Fatima', achternaam: `Jansen${n}` });
  const huishouden = await createHuishouden(w.gemeenteId, [{ persoonId: hoofd.id }, { persoonId: partner.id, rol: 'PARTNER' }]);
  const casus = await prisma.casus.create({
    data: {
      gemeenteId: w.gemeenteId, huishoudenId: huishouden.id, nummer: `C-PLAN-${n}-${crypto.randomUUID().slice(0, 6)}`, teamId: w.team.id,
      fase, meldingOntvangenOp: new Date(), afgeslotenOp: fase === 'AFGESLOTEN' ? new Date() : null,
    },
  });
  await prisma.regieToewijzing.create({
    data: {
      gemeenteId: w.gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, vorm: 'CASUSREGIE', lead: true, regisseurId: regisseur.id,
      reden: 'test', toegewezenDoorId: w.teamlead.id,
    },
  });
  return { huishouden, casus, hoofd, partner };
}

/** A concept with two goals, three actions, one algemene voorziening and one maatwerk item (the journey). */
export function conceptInput(
  w: PlanWereld,
  h: { huishouden: { id: string }; hoofd: { id: string } },
  versie: { id: string; version: number },
  overrides: Partial<PlanConceptInput> = {},
): PlanConceptInput {
  const evaluatieDatum = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 15));
  return {
    huishoudenId: h.huishouden.id,
    versieId: versie.id,
    version: versie.version,
    watGaatGoed: 'De huur wordt op tijd betaald.',
    monitorDoorId: w.coach.id,
    contactpersoonId: w.coach.id,
    evaluatieDatum,
    vragen: [{ leefgebiedId: w.leefgebieden.financien.id, tekst: 'Hoe krijg ik overzicht over mijn geld?' }],
    doelen: [
      { sleutel: 'd1', leefgebiedId: w.leefgebieden.financien.id, persoonId: null, omschrijving: 'Ik wil elke week weten hoeveel geld ik heb.', horizon: 'EERSTE_STAP', zichtbaarAan: 'Er is een weekbudget.' },
      { sleutel: 'd2', leefgebiedId: w.leefgebieden.netwerk.id, persoonId: h.hoofd.id, omschrijving: 'Ik ga elke week naar het wijkrestaurant.', horizon: 'DRIE_MAANDEN', zichtbaarAan: 'Jan zegt dat hij mensen kent.' },
    ],
    acties: [
      { doel: 'd1', wie: 'INWONER', wieNaam: null, wat: 'Alle post in één map verzamelen.', uiterlijk: null, status: 'OPEN' },
      { doel: 'd1', wie: 'VRIJWILLIGER', wieNaam: 'SchuldHulpMaatje', wat: 'Samen een budgetplan maken.', uiterlijk: null, status: 'OPEN' },
      { doel: 'd2', wie: 'NETWERK', wieNaam: 'Buurman Kees', wat: 'Gaat de eerste keer mee naar het wijkrestaurant.', uiterlijk: null, status: 'OPEN' },
    ],
    arrangement: [
      {
        soort: 'ALGEMENE_VOORZIENING', omschrijving: 'Wekelijks eten in het wijkrestaurant.', persoonId: null, voorzieningId: w.voorziening.id,
        productId: null, leveringsvorm: null, eigenKrachtOverwogen: false, netwerkOverwogen: false, algemeneVoorzieningOverwogen: false, overwegingToelichting: null,
      },
      {
        soort: 'MAATWERK', omschrijving: 'Dagbesteding drie dagdelen per week.', persoonId: h.hoofd.id, voorzieningId: null,
        productId: w.producten.dagbesteding.id, leveringsvorm: 'ZIN', eigenKrachtOverwogen: true, netwerkOverwogen: true,
        algemeneVoorzieningOverwogen: true, overwegingToelichting: 'Het wijkrestaurant is niet genoeg voor structuur overdag.',
      },
    ],
    ...overrides,
  };
}

export async function huidigeVersie(huishoudenId: string) {
  return prisma.planVersie.findFirstOrThrow({ where: { plan: { huishoudenId, actueel: true } }, orderBy: { versienummer: 'desc' } });
}

export const rollen = (actor: Actor, rol: Rol[]): Actor => ({ ...actor, rollen: rol });

/** Walks a plan through the use cases to vastgesteld (the household in regie, the concept). */
export async function vastgesteldPlan(w: PlanWereld, h: Awaited<ReturnType<typeof createHuishoudenInRegie>>, overrides: Partial<PlanConceptInput> = {}) {
  const { startPlan } = await import('@/lib/server/plan/start-plan');
  const { savePlanConcept } = await import('@/lib/server/plan/save-plan-concept');
  const { voorleggenPlan } = await import('@/lib/server/plan/voorleggen-plan');
  const { recordAkkoordInwoner } = await import('@/lib/server/plan/record-akkoord-inwoner');
  const { vaststellenPlan } = await import('@/lib/server/plan/vaststellen-plan');
  const { versieId } = await startPlan(w.coach, h.huishouden.id);
  let { version } = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }, overrides));
  ({ version } = await voorleggenPlan(w.coach, { huishoudenId: h.huishouden.id, versieId, version }));
  ({ version } = await recordAkkoordInwoner(w.coach, { huishoudenId: h.huishouden.id, versieId, version, akkoordInwonerOp: new Date(), akkoordWijze: 'MONDELING' }));
  const result = await vaststellenPlan(w.coach, { huishoudenId: h.huishouden.id, versieId, version });
  return { versieId, ...result };
}
