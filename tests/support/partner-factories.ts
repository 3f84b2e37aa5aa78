// Builders for the ketenpartner tests (issue 22): a household with a toewijzing to an aanbieder (the beschikking
// route), a casus in regie, a plan in force with actions for a huisartsenpraktijk and a school, and partner
// organisations with a user each; consent of the household for the huisarts for "afstemming zorg".
import { prisma } from '@/lib/db';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { PARTNER_DOEL } from '@/lib/domain/partner-toegang';
import type { PartnerSoort } from '@/lib/generated/prisma/enums';
import { findPartnerGebruiker } from '@/lib/server/access/partner-access';
import { createBeschikkingWereld, vastgesteldeBeschikking, type BeschikkingWereld } from './beschikking-factories';

let n = 0;
const kvk = () => String(30_000_000 + Math.floor(Math.random() * 60_000_000)).slice(0, 8);

export async function createPartner(gemeenteId: string, soort: PartnerSoort, naam: string, aanbiederId: string | null = null): Promise<PartnerActor> {
  const organisatie = await prisma.partnerOrganisatie.create({ data: { gemeenteId, soort, naam, kvkNummer: kvk(), aanbiederId } });
  const gebruiker = await prisma.partnerGebruiker.create({
    data: { gemeenteId, organisatieId: organisatie.id, naam: `Gebruiker ${naam}`, email: `gebruiker${++n}@${soort.toLowerCase()}.test` },
  });
  return (await findPartnerGebruiker(gemeenteId, gebruiker.id))!;
}

export type PartnerWereld = Awaited<ReturnType<typeof createPartnerWereld>>;

export async function createPartnerWereld() {
  const w = await createBeschikkingWereld();
  const leefgebied = await prisma.leefgebied.create({ data: { gemeenteId: w.gemeenteId, code: 'GEZONDHEID', naam: 'Lichamelijke gezondheid', volgorde: 10 } });
  const partners = {
    huisarts: await createPartner(w.gemeenteId, 'HUISARTSENPRAKTIJK', 'Huisartsenpraktijk Molenplein'),
    school: await createPartner(w.gemeenteId, 'SCHOOL', 'Basisschool De Vuurtoren'),
    marsdiep: await createPartner(w.gemeenteId, 'AANBIEDER', 'Stichting Dagbesteding Marsdiep', w.aanbieders.marsdiep.id),
    duinen: await createPartner(w.gemeenteId, 'AANBIEDER', 'Zorgcoöperatie De Helderse Duinen', w.aanbieders.duinen.id),
  };
  return { ...w, leefgebied, partners };
}

/**
 * A household of the wereld as the Done-when has it: a toewijzing to Marsdiep, a regisseur, a plan in force with a goal
 * served by the huisarts's action, a goal with an action of the school (not shared) and one of the household, and the
 * household's consent for the huisarts (and the school) for PARTNER_DOEL, sharing contact details with the huisarts.
 */
export async function createPartnerHuishouden(
  w: PartnerWereld & BeschikkingWereld,
  /** huisartsConsult: a consult asked of the huisarts, open, or answered 31 days ago (no longer an involvement). */
  opties: { huisartsActie?: boolean; huisartsConsult?: 'OPEN' | 'OUD' } = {},
) {
  const b = await vastgesteldeBeschikking(w);
  await prisma.persoon.update({ where: { id: b.persoon.id }, data: { telefoon: '0223-123456', email: `anna${++n}@example.test` } });
  await prisma.regieToewijzing.create({
    data: { gemeenteId: w.gemeenteId, huishoudenId: b.huishouden.id, casusId: b.casus.id, vorm: 'CASUSREGIE', lead: true, regisseurId: w.coach.id, reden: 'test', toegewezenDoorId: w.teamlead.id },
  });
  const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: b.huishouden.id, casusId: b.casus.id } });
  const versie = await prisma.planVersie.create({
    data: { gemeenteId: w.gemeenteId, planId: plan.id, versienummer: 1, status: 'CONCEPT', opgesteldDoorId: w.coach.id, akkoordInwonerOp: new Date(), akkoordWijze: 'MONDELING' },
  });
  const doel = (omschrijving: string, volgorde: number) => prisma.doel.create({
    data: { planVersieId: versie.id, leefgebiedId: w.leefgebied.id, label: 'Gezondheid', omschrijving, horizon: 'DRIE_MAANDEN', zichtbaarAan: 'Zij zegt het.', volgorde },
  });
  const doelHuisarts = await doel('Ik wil beter slapen.', 1);
  const doelSchool = await doel('Mijn zoon gaat elke dag naar school.', 2);
  const actieHuisarts = await prisma.actie.create({
    data: { planVersieId: versie.id, doelId: doelHuisarts.id, wie: 'PROFESSIONAL', wieNaam: 'POH-ggz', wat: 'Afstemming met de POH-ggz van de huisarts', partnerOrganisatieId: opties.huisartsActie === false ? null : w.partners.huisarts.organisatieId, uiterlijk: new Date(Date.now() + 10 * 86_400_000) },
  });
  const actieSchool = await prisma.actie.create({
    data: { planVersieId: versie.id, doelId: doelSchool.id, wie: 'PROFESSIONAL', wieNaam: 'Intern begeleider', wat: 'Overleg met de intern begeleider van school', partnerOrganisatieId: w.partners.school.organisatieId },
  });
  const actieInwoner = await prisma.actie.create({ data: { planVersieId: versie.id, doelId: doelHuisarts.id, wie: 'INWONER', wat: 'Elke avond om 23 uur naar bed.' } });
  // Vastgesteld once its parts are in (the database freezes the parts of a vastgesteld version).
  await prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'VASTGESTELD', vastgesteldOp: new Date() } });
  const toestemming = (partner: PartnerActor, deeltContactgegevens: boolean) => prisma.toestemming.create({
    data: {
      gemeenteId: w.gemeenteId, huishoudenId: b.huishouden.id, persoonId: b.persoon.id, soort: 'DELEN_MET_PARTIJ', partij: partner.organisatieNaam,
      partnerOrganisatieId: partner.organisatieId, doel: PARTNER_DOEL, wijze: 'SCHRIFTELIJK', gegevenOp: new Date(Date.now() - 86_400_000), vastgelegdDoorId: w.coach.id, deeltContactgegevens,
    },
  });
  const toestemmingHuisarts = await toestemming(w.partners.huisarts, true);
  const toestemmingSchool = await toestemming(w.partners.school, false);
  const toewijzing = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: b.persoon.id, aanbiederId: w.aanbieders.marsdiep.id } });
  const consultHuisarts = opties.huisartsConsult
    ? await prisma.consult.create({
      data: {
        gemeenteId: w.gemeenteId, huishoudenId: b.huishouden.id, casusId: b.casus.id, soort: 'MEEDENKEN', vraag: 'Hoe slaapt zij volgens de POH-ggz?',
        aangevraagdDoorId: w.coach.id, uiterlijkOp: new Date(Date.now() + 10 * 86_400_000), partnerOrganisatieId: w.partners.huisarts.organisatieId,
        createdAt: new Date(Date.now() - 40 * 86_400_000),
        ...(opties.huisartsConsult === 'OUD' ? { status: 'AFGEROND' as const, advies: 'Slaaphygiëne besproken.', afgerondOp: new Date(Date.now() - 31 * 86_400_000) } : {}),
      },
    })
    : null;
  return { ...b, plan, versie, consultHuisarts, doelHuisarts, doelSchool, actieHuisarts, actieSchool, actieInwoner, toestemmingHuisarts, toestemmingSchool, toewijzing };
}
