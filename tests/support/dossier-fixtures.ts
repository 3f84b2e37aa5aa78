// A household with a little of everything around it, for the dossier tests (issue 11): members of three ages, a
// melding with triage, a casus in uitvoering with fase history, the lead regisseur, consent, a gesprek, an open
// safety consult, a vastgesteld plan with goals, an aanvraag, a beschikking with a toewijzing to an aanbieder,
// a recorded huisarts, a network member and a hand-made task.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { generateTestBsn } from '@/lib/domain/bsn';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { actorFor, createTeam, createUser } from './factories';

let seq = 0;
const uniek = () => `${Date.now().toString(36)}${++seq}${crypto.randomUUID().slice(0, 4)}`;
let bsnSeed = 700_000;
export const nextBsn = () => generateTestBsn(bsnSeed++ + Math.floor(Math.random() * 1000) * 1000);

export async function createWijkMetTeam(gemeenteId: string, naam = `Wijk ${uniek()}`) {
  const wijk = await prisma.wijk.create({ data: { gemeenteId, code: uniek(), naam } });
  const team = await createTeam(gemeenteId, `Team ${uniek()}`);
  await prisma.teamWijk.create({ data: { teamId: team.id, wijkId: wijk.id } });
  const coachUser = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: `Sanne Coach ${uniek()}` });
  await prisma.user.update({ where: { id: coachUser.id }, data: { telefoon: '06 1234 5678', functie: 'Wijkcoach' } });
  const leadUser = await createUser(gemeenteId, ['TEAMLEAD'], { teamId: team.id, naam: `Tom Teamleider ${uniek()}` });
  return { wijk, team, coach: actorFor(coachUser, [team.id]), teamlead: actorFor(leadUser, [team.id]) };
}

export type HuishoudenFixture = Awaited<ReturnType<typeof createRijkHuishouden>>;

/** `today` is the clock of the test: dates are set relative to it. */
export async function createRijkHuishouden(gemeenteId: string, org: Awaited<ReturnType<typeof createWijkMetTeam>>, today = new Date()) {
  const dag = (n: number) => addCalendarDays(toCalendarDay(today), n);
  const achternaam = `Achternaam${uniek()}`;
  const vader = await prisma.persoon.create({ data: { gemeenteId, bsn: nextBsn(), voornamen: 'Piet', achternaam, geboortedatum: new Date('1980-03-14') } });
  const moeder = await prisma.persoon.create({ data: { gemeenteId, bsn: nextBsn(), voornamen: 'Anna', tussenvoegsel: 'de', achternaam: `Vries${uniek()}`, geboortedatum: new Date('1982-07-01') } });
  // Turns 18 in thirty days.
  const kindGeboren = addCalendarDays(dag(30), 0);
  kindGeboren.setUTCFullYear(kindGeboren.getUTCFullYear() - 18);
  const kind = await prisma.persoon.create({ data: { gemeenteId, bsn: nextBsn(), voornamen: 'Bo', achternaam, geboortedatum: kindGeboren } });
  const huishouden = await prisma.huishouden.create({
    data: {
      gemeenteId, naam: `Huishouden ${achternaam}`, straat: 'Kerkstraat', huisnummer: 12, huisnummerToevoeging: 'A', postcode: '1781AB', woonplaats: 'Den Helder',
      wijkId: org.wijk.id,
      leden: {
        create: [
          { gemeenteId, persoonId: vader.id, rol: 'HOOFDBEWONER', vanaf: new Date('2010-01-01') },
          { gemeenteId, persoonId: moeder.id, rol: 'PARTNER', vanaf: new Date('2010-01-01') },
          { gemeenteId, persoonId: kind.id, rol: 'KIND', vanaf: kindGeboren },
        ],
      },
    },
  });
  await prisma.vertegenwoordiging.create({ data: { gemeenteId, persoonId: kind.id, vertegenwoordigerId: moeder.id, soort: 'GEZAG', vanaf: kindGeboren } });

  const casus = await prisma.casus.create({
    data: {
      gemeenteId, huishoudenId: huishouden.id, teamId: org.team.id, nummer: `C-T-${uniek()}`, fase: 'UITVOERING', veiligheid: 'RISICO',
      meldingOntvangenOp: dag(-20), intakeDoorId: org.coach.id, geopendOp: dag(-20),
    },
  });
  const kenmerk = `M-2026-${String(100000 + seq * 7 + Math.floor(Math.random() * 800000)).padStart(6, '0')}`;
  const melding = await prisma.melding.create({
    data: {
      gemeenteId, kenmerk, kanaal: 'TELEFOON', naam: 'Piet', vraag: 'Hulp bij schulden en opvoeding', huishoudenId: huishouden.id, casusId: casus.id,
      status: 'GEKOPPELD', ontvangenOp: dag(-20),
    },
  });
  await prisma.triage.create({
    data: { gemeenteId, meldingId: melding.id, casusId: casus.id, uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'HOOG', veiligheid: 'TWIJFEL', doorId: org.coach.id, op: dag(-19) },
  });
  await prisma.casusFaseWijziging.createMany({
    data: [
      { casusId: casus.id, van: 'TRIAGE', naar: 'VRAAGVERHELDERING', op: dag(-19), doorId: org.coach.id },
      { casusId: casus.id, van: 'PLAN', naar: 'UITVOERING', op: dag(-5), doorId: org.coach.id },
    ],
  });
  const regie = await prisma.regieToewijzing.create({
    data: {
      gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, vorm: 'CASUSREGIE', lead: true, regisseurId: org.coach.id, vanaf: dag(-15),
      reden: 'Casusverdeling', toegewezenDoorId: org.teamlead.id,
    },
  });
  await prisma.toestemming.create({
    data: {
      gemeenteId, huishoudenId: huishouden.id, persoonId: vader.id, soort: 'BESPREKEN_IN_TEAM', wijze: 'SCHRIFTELIJK', gegevenOp: dag(-18),
      geldigTot: dag(300), vastgelegdDoorId: org.coach.id,
    },
  });
  await prisma.gesprek.create({
    data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, datum: dag(-17), plaats: 'thuis', status: 'AFGEROND', voerderId: org.coach.id },
  });
  const gedrag = actorFor(await createUser(gemeenteId, ['GEDRAGSWETENSCHAPPER'], { naam: `Gert Gedrag ${uniek()}` }));
  await prisma.consult.create({
    data: {
      gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, soort: 'VEILIGHEID', vraag: 'Zorgen over spanningen', aangevraagdDoorId: org.coach.id,
      gedragswetenschapperId: gedrag.id, uiterlijkOp: dag(2), status: 'IN_BEHANDELING',
    },
  });
  const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id } });
  const versie = await prisma.planVersie.create({
    data: {
      gemeenteId, planId: plan.id, versienummer: 1, status: 'CONCEPT', opgesteldDoorId: org.coach.id, evaluatieDatum: dag(60),
    },
  });
  const doel = await prisma.doel.create({
    data: {
      planVersieId: versie.id, leefgebiedId: crypto.randomUUID(), label: 'Financiën', omschrijving: 'Ik wil weer overzicht over mijn geld', horizon: 'DRIE_MAANDEN',
      zichtbaarAan: 'Alle rekeningen zijn betaald',
    },
  });
  await prisma.actie.createMany({
    data: [
      { planVersieId: versie.id, doelId: doel.id, wie: 'INWONER', wat: 'Post sorteren', status: 'GEDAAN' },
      { planVersieId: versie.id, doelId: doel.id, wie: 'PROFESSIONAL', wat: 'Aanmelden schuldhulp', status: 'OPEN', uiterlijk: dag(10) },
    ],
  });
  // A vastgesteld version is frozen by a trigger: fill it first, then vaststellen.
  await prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'VASTGESTELD', vastgesteldOp: dag(-6), vastgesteldDoorId: org.coach.id } });

  const aanbieder = await prisma.aanbieder.create({
    data: { gemeenteId, naam: `Zorg en Welzijn ${uniek()}`, agbCode: String(10000000 + Math.floor(Math.random() * 89999999)), contactNaam: 'Kim Planner', telefoon: '0223 555 000', email: 'planning@zorg.test' },
  });
  const product = await prisma.product.create({
    data: {
      gemeenteId, wet: 'WMO', categorie: '07', code: `07A${String(seq % 100).padStart(2, '0')}`, naam: 'Dagbesteding', eenheid: '16', standaardFrequentie: '2',
      leveringsvormen: ['ZIN'], actiefVan: new Date(`2020-01-${String((seq % 28) + 1).padStart(2, '0')}`),
    },
  });
  const backoffice1 = actorFor(await createUser(gemeenteId, ['BACKOFFICE'], { naam: `Bo Backoffice ${uniek()}` }));
  const backoffice2 = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
  const aanvraag = await prisma.aanvraag.create({
    data: {
      gemeenteId, nummer: `A-${uniek()}`, huishoudenId: huishouden.id, casusId: casus.id, persoonId: vader.id, productId: product.id, wet: 'WMO',
      ontvangenOp: dag(-4), status: 'IN_BEHANDELING', behandelaarId: backoffice1.id,
    },
  });
  const beschikking = await prisma.beschikking.create({
    data: {
      gemeenteId, identificatie: `B-${uniek()}`, huishoudenId: huishouden.id, persoonId: vader.id, wet: 'WMO', besluit: 'TOEKENNING',
      wettelijkeGrondslag: 'Wmo 2015 art. 2.3.5', motivering: 'Nodig', status: 'VERZONDEN', datum: dag(-3), ingangsdatum: dag(-2), vervaldatum: dag(40),
      opgesteldDoorId: backoffice1.id, vastgesteldDoorId: backoffice2.id, vastgesteldOp: dag(-3), verzenddatum: dag(-3),
    },
  });
  const beschiktProduct = await prisma.beschiktProduct.create({
    data: { beschikkingId: beschikking.id, productId: product.id, volume: 6, eenheid: '16', frequentie: '2', ingangsdatum: dag(-2), einddatum: dag(40), leveringsvorm: 'ZIN', aanbiederId: aanbieder.id },
  });
  const toewijzing = await prisma.toewijzing.create({
    data: {
      gemeenteId, toewijzingNummer: 100000 + seq * 13 + Math.floor(Math.random() * 100000), beschiktProductId: beschiktProduct.id, aanbiederId: aanbieder.id,
      persoonId: vader.id, productId: product.id, wet: 'WMO', toewijzingOp: dag(-2), ingangsdatum: dag(-2), einddatum: dag(40), volume: 6, eenheid: '16',
      frequentie: '2', status: 'VERZONDEN',
    },
  });
  await prisma.betrokkene.create({
    data: { gemeenteId, huishoudenId: huishouden.id, naam: 'Dr. Bakker', organisatie: 'Huisartsenpraktijk Zuid', rol: 'Huisarts', telefoon: '0223 111 222', vanaf: new Date('2015-01-01') },
  });
  await prisma.netwerkRelatie.create({ data: { gemeenteId, huishoudenId: huishouden.id, soort: 'PERSOON', naam: 'Oma Truus', relatie: 'grootmoeder', bijdrage: 'past op', telefoon: '06 9999 0000' } });
  await prisma.taak.create({
    data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, titel: 'School bellen over verzuim', uiterlijkOp: dag(1), toegewezenAanId: org.coach.id, aangemaaktDoorId: org.coach.id },
  });

  return { huishouden, casus, melding, vader, moeder, kind, regie, plan, versie, doel, aanbieder, product, aanvraag, beschikking, toewijzing, gedrag, backoffice1 };
}

/** A user of another team with no ground to see the household. */
export async function createBuitenstaander(gemeenteId: string): Promise<Actor> {
  const team = await createTeam(gemeenteId, `Ander team ${uniek()}`);
  return actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id }), [team.id]);
}
