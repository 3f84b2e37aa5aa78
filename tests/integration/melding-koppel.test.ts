import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { generateTestBsn } from '@/lib/domain/bsn';
import { findHouseholdAccess } from '@/lib/server/access/household-access';
import { createHuishoudenVoorMelding } from '@/lib/server/melding/create-huishouden-voor-melding';
import { koppelMelding } from '@/lib/server/melding/koppel-melding';
import { registerMelding } from '@/lib/server/melding/register-melding';
import { parseDeskMelding, parseNieuwHuishouden } from '@/lib/validations/melding';
import { createCasus } from '../support/factories';
import { createFrontDoor, createHuishoudenMetLeden, createMelding, type FrontDoor } from '../support/melding-factories';

let door: FrontDoor;

beforeAll(async () => {
  door = await createFrontDoor();
});

describe('registering a melding at the desk', () => {
  const desk = (over: Record<string, string> = {}) => {
    const parsed = parseDeskMelding({ kanaal: 'VERWIJZER', verwijzerSoort: 'HUISARTS', overZichzelf: 'nee', melderOrganisatie: 'Huisartsenpraktijk De Linde', inwonerWeetErVan: 'ja', naam: 'Piet Bakker', vraag: 'Zorgen over vereenzaming', veiligheid: 'nee', postcode: '1785 CD', huisnummer: '4', ...over });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    return parsed.data;
  };

  it('records channel, melder, whether the inwoner knows, and who registered it', async () => {
    const { id, kenmerk } = await registerMelding(door.frontoffice, desk());
    expect(kenmerk).toMatch(/^M-\d{4}-\d{6}$/);
    expect(await prisma.melding.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kanaal: 'VERWIJZER', verwijzerSoort: 'HUISARTS', overZichzelf: false, melderOrganisatie: 'Huisartsenpraktijk De Linde',
      inwonerWeetErVan: true, geregistreerdDoorId: door.frontoffice.id, wijkId: door.otherWijkId, urgent: false,
    });
    expect(await prisma.auditEntry.count({ where: { entiteitId: id, actie: 'MELDING_CREATED', actorId: door.frontoffice.id } })).toBe(1);
  });

  it('makes a Veilig Thuis melding urgent', async () => {
    const { id } = await registerMelding(door.frontoffice, desk({ kanaal: 'VEILIG_THUIS', verwijzerSoort: '' }));
    expect(await prisma.melding.findUniqueOrThrow({ where: { id } })).toMatchObject({ urgent: true, verwijzerSoort: null });
  });

  it('refuses a role that does not work the front door', async () => {
    await expect(registerMelding(door.backoffice, desk())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('attaching a melding to a household', () => {
  it('opens a casus in triage for the wijk’s team, numbered, with the first fase on record, and gives the front office its ground', async () => {
    const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Anna', achternaam: 'Smit' }]);
    const melding = await createMelding(door.gemeenteId, { urgent: true });
    expect(await findHouseholdAccess(door.frontoffice, huishouden.id)).toBeNull();

    const result = await koppelMelding(door.frontoffice, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id });
    expect(result).toMatchObject({ nieuweCasus: true });
    expect(result.casusNummer).toMatch(/^C-\d{4}-\d{6}$/);
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: result.casusId }, include: { faseWijzigingen: true } });
    expect(casus).toMatchObject({ fase: 'TRIAGE', teamId: door.teamId, huishoudenId: huishouden.id, urgentie: 'HOOG', meldingOntvangenOp: melding.ontvangenOp });
    expect(casus.faseWijzigingen).toMatchObject([{ van: null, naar: 'TRIAGE', doorId: door.frontoffice.id }]);
    expect(await prisma.melding.findUniqueOrThrow({ where: { id: melding.id } })).toMatchObject({ status: 'IN_TRIAGE', huishoudenId: huishouden.id, casusId: casus.id, version: 2, wijkId: door.wijkId });
    expect(await findHouseholdAccess(door.frontoffice, huishouden.id)).toBe('MELDING');
    expect(await prisma.auditEntry.findFirst({ where: { entiteitId: melding.id, actie: 'MELDING_GEKOPPELD' } })).toMatchObject({ huishoudenId: huishouden.id, context: 'open melding' });
  });

  it('attaches to the household’s open casus instead of opening a second one', async () => {
    const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Bert', achternaam: 'Visser' }]);
    const open = await createCasus(door.gemeenteId, huishouden.id, 'PLAN');
    const melding = await createMelding(door.gemeenteId);
    const result = await koppelMelding(door.frontoffice, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id });
    expect(result).toMatchObject({ casusId: open.id, nieuweCasus: false });
    expect(await prisma.casus.count({ where: { huishoudenId: huishouden.id } })).toBe(1);
  });

  it('opens one casus when two meldingen are attached to the same household at once', async () => {
    const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Cor', achternaam: 'Mulder' }]);
    const a = await createMelding(door.gemeenteId);
    const b = await createMelding(door.gemeenteId);
    const results = await Promise.all([
      koppelMelding(door.frontoffice, { meldingId: a.id, version: 1, huishoudenId: huishouden.id }),
      koppelMelding(door.frontoffice2, { meldingId: b.id, version: 1, huishoudenId: huishouden.id }),
    ]);
    expect(results[0].casusId).toBe(results[1].casusId);
    expect(results.filter((r) => r.nieuweCasus)).toHaveLength(1);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Dirk', achternaam: 'Bos' }]);
    const melding = await createMelding(door.gemeenteId);
    await prisma.melding.update({ where: { id: melding.id }, data: { version: 2 } });
    await expect(koppelMelding(door.frontoffice, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await prisma.casus.count({ where: { huishoudenId: huishouden.id } })).toBe(0);
    expect(await prisma.melding.findUniqueOrThrow({ where: { id: melding.id } })).toMatchObject({ huishoudenId: null, status: 'NIEUW' });
  });

  it('refuses the wrong role, a melding that is already triaged, and a wijkcoach outside the household’s team', async () => {
    const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Els', achternaam: 'Kok' }]);
    const melding = await createMelding(door.gemeenteId);
    await expect(koppelMelding(door.backoffice, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const klaar = await createMelding(door.gemeenteId, { status: 'AFGEHANDELD' });
    await expect(koppelMelding(door.frontoffice, { meldingId: klaar.id, version: 1, huishoudenId: huishouden.id })).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    await expect(koppelMelding(door.otherWijkcoach, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.casus.count({ where: { huishoudenId: huishouden.id } })).toBe(0);
  });

  it('closes the empty casus a mistaken attachment opened when the melding moves to the right household', async () => {
    const wrong = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Fred', achternaam: 'Jong' }]);
    const right = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Frida', achternaam: 'Jong' }]);
    const melding = await createMelding(door.gemeenteId);
    const first = await koppelMelding(door.frontoffice, { meldingId: melding.id, version: 1, huishoudenId: wrong.huishouden.id });
    await koppelMelding(door.frontoffice, { meldingId: melding.id, version: 2, huishoudenId: right.huishouden.id });
    const abandoned = await prisma.casus.findUniqueOrThrow({ where: { id: first.casusId } });
    expect(abandoned).toMatchObject({ fase: 'AFGESLOTEN', afsluitreden: expect.stringContaining('aan een ander huishouden gekoppeld') });
  });
});

describe('a new household for the person of a melding', () => {
  const nieuw = (meldingId: string, over: Record<string, string> = {}) => {
    const parsed = parseNieuwHuishouden({ meldingId, version: '1', voornamen: 'Gerrit', achternaam: 'Dekker', straat: 'Molenstraat', huisnummer: '7b', postcode: '1785 AB', woonplaats: 'Den Helder', ...over });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
    return parsed.data;
  };

  it('creates person, household in the postcode’s wijk and a casus for that wijk’s team', async () => {
    const melding = await createMelding(door.gemeenteId);
    const bsn = generateTestBsn(4242);
    const result = await createHuishoudenVoorMelding(door.frontoffice, nieuw(melding.id, { bsn }));
    const huishouden = await prisma.huishouden.findUniqueOrThrow({ where: { id: result.huishoudenId }, include: { leden: { include: { persoon: true } } } });
    expect(huishouden).toMatchObject({ naam: 'Huishouden Dekker', wijkId: door.otherWijkId, huisnummer: 7, huisnummerToevoeging: 'B' });
    expect(huishouden.leden).toMatchObject([{ rol: 'HOOFDBEWONER', tot: null, persoon: { bsn, voornamen: 'Gerrit' } }]);
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: result.casusId } })).toMatchObject({ teamId: door.otherTeamId, fase: 'TRIAGE' });
  });

  it('asks for an explicit choice and a reason before a person with a current household gets a new one', async () => {
    const bsn = generateTestBsn(5151);
    const { huishouden: oud, personen } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Hans', achternaam: 'Vos', bsn }]);
    const melding = await createMelding(door.gemeenteId);

    await expect(createHuishoudenVoorMelding(door.frontoffice, nieuw(melding.id, { bsn }))).rejects.toMatchObject({
      code: 'CONFLICT', fieldErrors: { bevestigNieuw: [expect.stringContaining('Hans Vos hoort al bij Huishouden Vos')] },
    });
    expect(await prisma.huishouden.count({ where: { naam: 'Huishouden Vos' } })).toBe(1);

    const result = await createHuishoudenVoorMelding(door.frontoffice, nieuw(melding.id, { persoonId: personen[0].id, bevestigNieuw: 'ja', reden: 'Gaat scheiden, woont nu apart' }));
    const lidmaatschappen = await prisma.huishoudenLidmaatschap.findMany({ where: { persoonId: personen[0].id }, orderBy: { createdAt: 'asc' } });
    expect(lidmaatschappen).toHaveLength(2);
    expect(lidmaatschappen[0]).toMatchObject({ huishoudenId: oud.id, tot: expect.any(Date) });
    expect(lidmaatschappen[1]).toMatchObject({ huishoudenId: result.huishoudenId, tot: null, reden: 'Gaat scheiden, woont nu apart' });
    expect(await prisma.auditEntry.count({ where: { actie: 'LIDMAATSCHAP_BEEINDIGD', huishoudenId: oud.id } })).toBe(1);
  });
});
