// Builders for the melding and triage integration tests (issue 3): a gemeente with a wijk, its postcode range and
// its wijkteam, the staff who work the front door, and meldingen.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Kanaal, MeldingStatus } from '@/lib/generated/prisma/enums';
import { DEFAULT_LEEFGEBIEDEN } from '@/lib/domain/zrm';
import { actorFor, createGemeente, createUser } from './factories';

export type FrontDoor = {
  gemeenteId: string;
  wijkId: string;
  otherWijkId: string;
  teamId: string;
  otherTeamId: string;
  frontoffice: Actor;
  frontoffice2: Actor;
  wijkcoach: Actor;
  otherWijkcoach: Actor;
  teamlead: Actor;
  backoffice: Actor;
  leefgebieden: { id: string; code: string; naam: string }[];
  voorzieningId: string;
};

/** A gemeente with two wijken (1781xx and 1785xx), a wijkteam for each, leefgebieden and one voorziening. */
export async function createFrontDoor(): Promise<FrontDoor> {
  const gemeente = await createGemeente();
  const gemeenteId = gemeente.id;
  const wijk = await prisma.wijk.create({ data: { gemeenteId, code: `W${crypto.randomUUID().slice(0, 4)}`, naam: 'Centrum' } });
  const other = await prisma.wijk.create({ data: { gemeenteId, code: `O${crypto.randomUUID().slice(0, 4)}`, naam: 'Julianadorp' } });
  await prisma.postcodeGebied.createMany({
    data: [
      { gemeenteId, wijkId: wijk.id, postcodeVan: '1781AA', postcodeTot: '1781ZZ' },
      { gemeenteId, wijkId: other.id, postcodeVan: '1785AA', postcodeTot: '1785ZZ' },
    ],
  });
  const team = await prisma.team.create({ data: { gemeenteId, naam: 'Wijkteam Noord', soort: 'WIJKTEAM', wijken: { create: { wijkId: wijk.id } } } });
  const otherTeam = await prisma.team.create({ data: { gemeenteId, naam: 'Wijkteam Zuid', soort: 'WIJKTEAM', wijken: { create: { wijkId: other.id } } } });
  const kcc = await prisma.team.create({ data: { gemeenteId, naam: 'KCC', soort: 'FRONTOFFICE' } });
  const fo = await createUser(gemeenteId, ['FRONTOFFICE'], { teamId: kcc.id });
  const fo2 = await createUser(gemeenteId, ['FRONTOFFICE'], { teamId: kcc.id });
  const coach = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id });
  const otherCoach = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: otherTeam.id });
  const lead = await createUser(gemeenteId, ['TEAMLEAD'], { teamId: team.id });
  const bo = await createUser(gemeenteId, ['BACKOFFICE']);
  await prisma.leefgebied.createMany({ data: DEFAULT_LEEFGEBIEDEN.map((l) => ({ gemeenteId, ...l })) });
  const leefgebieden = await prisma.leefgebied.findMany({ where: { gemeenteId }, orderBy: { volgorde: 'asc' }, select: { id: true, code: true, naam: true } });
  const voorziening = await prisma.voorziening.create({
    data: { gemeenteId, naam: 'SchuldHulpMaatje', soort: 'ALGEMENE_VOORZIENING', aanbod: 'Hulp bij de administratie', doelgroep: 'Iedereen', leefgebiedCodes: ['FINANCIEN'] },
  });
  return {
    gemeenteId, wijkId: wijk.id, otherWijkId: other.id, teamId: team.id, otherTeamId: otherTeam.id,
    frontoffice: actorFor(fo, [kcc.id]), frontoffice2: actorFor(fo2, [kcc.id]), wijkcoach: actorFor(coach, [team.id]),
    otherWijkcoach: actorFor(otherCoach, [otherTeam.id]), teamlead: actorFor(lead, [team.id]), backoffice: actorFor(bo),
    leefgebieden, voorzieningId: voorziening.id,
  };
}

let counter = 0;

export async function createMelding(
  gemeenteId: string,
  data: Partial<{ kanaal: Kanaal; status: MeldingStatus; urgent: boolean; ontvangenOp: Date; postcode: string; huisnummer: number; naam: string; huishoudenId: string; casusId: string }> = {},
) {
  counter++;
  return prisma.melding.create({
    data: {
      gemeenteId,
      kenmerk: `M-TEST-${counter}-${crypto.randomUUID().slice(0, 6)}`,
      kanaal: data.kanaal ?? 'TELEFOON',
      naam: data.naam ?? `Inwoner ${counter}`,
      vraag: 'Ik heb hulp nodig bij mijn administratie.',
      status: data.status ?? 'NIEUW',
      urgent: data.urgent ?? false,
      ontvangenOp: data.ontvangenOp ?? new Date(),
      postcode: data.postcode ?? '1781AB',
      huisnummer: data.huisnummer ?? 1,
      huishoudenId: data.huishoudenId,
      casusId: data.casusId,
    },
  });
}

/** A household in the wijk of 1781xx with its members (and their BSNs), as the front office would find it. */
export async function createHuishoudenMetLeden(
  gemeenteId: string,
  wijkId: string | null,
  leden: { voornamen: string; achternaam: string; bsn?: string; geboortedatum?: Date }[],
  adres: { postcode?: string; huisnummer?: number } = {},
) {
  counter++;
  const personen = [];
  for (const lid of leden) personen.push(await prisma.persoon.create({ data: { gemeenteId, ...lid } }));
  const huishouden = await prisma.huishouden.create({
    data: {
      gemeenteId,
      naam: `Huishouden ${leden[0]?.achternaam ?? counter}`,
      straat: 'Kerkstraat',
      huisnummer: adres.huisnummer ?? 100 + counter,
      postcode: adres.postcode ?? '1781AB',
      woonplaats: 'Den Helder',
      wijkId,
      leden: { create: personen.map((p, i) => ({ gemeenteId, persoonId: p.id, rol: i === 0 ? 'HOOFDBEWONER' : 'KIND' })) },
    },
  });
  return { huishouden, personen };
}
