// A household in vraagverheldering for the integration tests of issue 4: a gemeente with its leefgebieden, a team
// with a wijkcoach (access through the team's casus), a gedragswetenschapper, an outsider coach of another team,
// and a household of two adults and a child with an open casus.
import { prisma } from '@/lib/db';
import { DEFAULT_LEEFGEBIEDEN } from '@/lib/domain/zrm';
import { actorFor, createCasus, createGemeente, createHuishouden, createPersoon, createTeam, createUser } from './factories';

export async function createVraagverhelderingSetup() {
  const gemeente = await createGemeente();
  const gemeenteId = gemeente.id;
  await prisma.leefgebied.createMany({ data: DEFAULT_LEEFGEBIEDEN.map((l) => ({ gemeenteId, ...l })) });
  const leefgebieden = await prisma.leefgebied.findMany({ where: { gemeenteId }, orderBy: { volgorde: 'asc' } });
  const team = await createTeam(gemeenteId, 'Team Noord');
  const otherTeam = await createTeam(gemeenteId, 'Team Zuid');
  const coachUser = await createUser(gemeenteId, ['WIJKCOACH'], { teamId: team.id, naam: 'Sanne Wijkcoach' });
  const coach = actorFor(coachUser, [team.id]);
  const outsider = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId: otherTeam.id }), [otherTeam.id]);
  const gedrag = actorFor(await createUser(gemeenteId, ['GEDRAGSWETENSCHAPPER'], { naam: 'Gert Gedrag' }));
  const backoffice = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
  const anna = await createPersoon(gemeenteId, { voornamen: 'Anna', achternaam: 'Jansen', geboortedatum: new Date('1985-03-01T00:00:00Z') });
  const piet = await createPersoon(gemeenteId, { voornamen: 'Piet', achternaam: 'Jansen', geboortedatum: new Date('1983-07-12T00:00:00Z') });
  const sanne = await createPersoon(gemeenteId, { voornamen: 'Sanne', achternaam: 'Jansen', geboortedatum: new Date('2016-05-20T00:00:00Z') });
  const huishouden = await createHuishouden(gemeenteId, [
    { persoonId: anna.id, rol: 'HOOFDBEWONER' },
    { persoonId: piet.id, rol: 'PARTNER' },
    { persoonId: sanne.id, rol: 'KIND' },
  ]);
  const casus = await prisma.casus.update({
    where: { id: (await createCasus(gemeenteId, huishouden.id)).id },
    data: { teamId: team.id, fase: 'VRAAGVERHELDERING' },
  });
  const lg = (code: string) => leefgebieden.find((l) => l.code === code)!;
  return { gemeente, gemeenteId, leefgebieden, lg, team, coach, outsider, gedrag, backoffice, anna, piet, sanne, huishouden, casus };
}

export type VraagverhelderingSetup = Awaited<ReturnType<typeof createVraagverhelderingSetup>>;
