import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { findWijkForPostcode } from '@/lib/domain/postcode';
import {
  addPostcodeGebiedSchema,
  createLeefgebiedSchema,
  createTeamSchema,
  createWijkSchema,
  updateLeefgebiedSchema,
  updateTeamSchema,
  updateWijkSchema,
} from '@/lib/validations/beheer';
import { addPostcodeGebied } from '@/lib/server/beheer/add-postcodegebied';
import { createLeefgebied } from '@/lib/server/beheer/create-leefgebied';
import { createTeam } from '@/lib/server/beheer/create-team';
import { createWijk } from '@/lib/server/beheer/create-wijk';
import { listLeefgebieden } from '@/lib/server/beheer/list-leefgebieden';
import { removePostcodeGebied } from '@/lib/server/beheer/remove-postcodegebied';
import { updateLeefgebied } from '@/lib/server/beheer/update-leefgebied';
import { updateTeam } from '@/lib/server/beheer/update-team';
import { updateWijk } from '@/lib/server/beheer/update-wijk';
import { actorFor, createGemeente, createTeamCasus, createUser } from '../support/factories';

let gemeenteId: string;
let beheerder: Actor;
let coach: Actor;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
  coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH']));
});

const wijk = async (code: string, naam: string) => createWijk(beheerder, createWijkSchema.parse({ code, naam, inwoners: '12.508' }));

describe('wijken and their postcode ranges', () => {
  it('creates wijken whose ranges map an address to its wijk, and refuses an overlap naming the other wijk', async () => {
    const centrum = await wijk('cen', 'Centrum');
    const noord = await wijk('NDH', 'Nieuw Den Helder');
    expect(await prisma.wijk.findUniqueOrThrow({ where: { id: centrum.id } })).toMatchObject({ code: 'CEN', inwoners: 12508 });

    await addPostcodeGebied(beheerder, addPostcodeGebiedSchema.parse({ wijkId: centrum.id, postcodeVan: '1781 aa', postcodeTot: '1782 ZZ' }));
    await addPostcodeGebied(beheerder, addPostcodeGebiedSchema.parse({ wijkId: noord.id, postcodeVan: '1785AA', postcodeTot: '1786ZZ' }));
    const before = await prisma.postcodeGebied.count();
    await expect(addPostcodeGebied(beheerder, addPostcodeGebiedSchema.parse({ wijkId: noord.id, postcodeVan: '1782TA', postcodeTot: '1783ZZ' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { postcodeVan: ['Deze reeks overlapt met 1781 AA – 1782 ZZ van wijk Centrum.'] },
    });
    await expect(addPostcodeGebied(beheerder, addPostcodeGebiedSchema.parse({ wijkId: noord.id, postcodeVan: '1787ZZ', postcodeTot: '1787AA' }))).rejects.toMatchObject({
      fieldErrors: { postcodeTot: ['De laatste postcode ligt vóór de eerste (1787 ZZ).'] },
    });
    expect(await prisma.postcodeGebied.count()).toBe(before);

    const ranges = await prisma.postcodeGebied.findMany({ where: { gemeenteId } });
    expect(findWijkForPostcode('1782 KL', ranges)).toBe(centrum.id);
    expect(findWijkForPostcode('1786AB', ranges)).toBe(noord.id);
    expect(findWijkForPostcode('1790AA', ranges)).toBeNull();

    const gebied = ranges.find((r) => r.wijkId === noord.id)!;
    await removePostcodeGebied(beheerder, { postcodeGebiedId: gebied.id });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: gebied.id, actie: 'POSTCODEGEBIED_REMOVED' } })).toMatchObject({
      before: { wijkId: noord.id, postcodeVan: '1785AA', postcodeTot: '1786ZZ' },
    });
  });

  it('refuses a wijk code in use, and logs a rename with old and new name', async () => {
    const w = await wijk('SCH', 'Schooten');
    await expect(wijk('sch', 'Dubbel')).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { code: ['Er is al een wijk met deze code.'] } });
    await updateWijk(beheerder, updateWijkSchema.parse({ wijkId: w.id, code: 'SCH', naam: 'De Schooten', inwoners: '9369', actief: 'on' }));
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: w.id, actie: 'WIJK_UPDATED' } })).toMatchObject({
      before: { naam: 'Schooten', inwoners: 12508 },
      after: { naam: 'De Schooten', inwoners: 9369 },
    });
  });

  it('refuses anyone without beheer', async () => {
    await expect(createWijk(coach, createWijkSchema.parse({ code: 'X', naam: 'X' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const w = await prisma.wijk.findFirstOrThrow({ where: { gemeenteId } });
    await expect(addPostcodeGebied(coach, { wijkId: w.id, postcodeVan: '1789AA', postcodeTot: '1789ZZ' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('teams', () => {
  it('creates a team of a kind serving wijken, and updates it with optimistic locking', async () => {
    const w = await wijk('JUL', 'Julianadorp');
    const team = await createTeam(beheerder, createTeamSchema.parse({ naam: 'Jeugdteam Zuid', soort: 'JEUGDTEAM', wijkIds: [w.id] }));
    expect(await prisma.team.findUniqueOrThrow({ where: { id: team.id }, include: { wijken: true } })).toMatchObject({ soort: 'JEUGDTEAM', wijken: [{ wijkId: w.id }] });
    await expect(createTeam(beheerder, createTeamSchema.parse({ naam: 'Jeugdteam Zuid', soort: 'WIJKTEAM' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { naam: ['Er is al een team met deze naam.'] },
    });

    const update = (version: string, naam: string) =>
      updateTeam(beheerder, updateTeamSchema.parse({ teamId: team.id, version, naam, soort: 'WMO_TEAM', wijkIds: [], actief: 'on' }));
    await update('1', 'Wmo-team Zuid');
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: team.id, actie: 'TEAM_UPDATED' } })).toMatchObject({
      before: { naam: 'Jeugdteam Zuid', soort: 'JEUGDTEAM', wijkIds: [w.id] },
      after: { naam: 'Wmo-team Zuid', soort: 'WMO_TEAM', wijkIds: [] },
    });
    await expect(update('1', 'Iets anders')).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).naam).toBe('Wmo-team Zuid');
  });

  it('will not make a team inactive while it has members or open casussen', async () => {
    const team = await createTeam(beheerder, createTeamSchema.parse({ naam: 'Sociaal wijkteam Oost', soort: 'WIJKTEAM' }));
    await createTeamCasus(gemeenteId, team.id, { fase: 'PLAN' });
    await expect(
      updateTeam(beheerder, updateTeamSchema.parse({ teamId: team.id, version: '1', naam: 'Sociaal wijkteam Oost', soort: 'WIJKTEAM', wijkIds: [] })),
    ).rejects.toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Dit team heeft nog 0 leden en 1 open casus. Verplaats die eerst.'] });
    expect((await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).actief).toBe(true);
  });
});

describe('leefgebieden', () => {
  it('renames a leefgebied while the records made with it keep their label', async () => {
    const created = await createLeefgebied(beheerder, createLeefgebiedSchema.parse({ code: 'financien', naam: 'Financiën', volgorde: '10', zrmDomein: 'FINANCIEN' }));
    const melding = await prisma.melding.create({
      data: {
        gemeenteId, kenmerk: 'M-TEST-1', kanaal: 'TELEFOON', naam: 'Inwoner', vraag: 'Schulden',
        leefgebieden: { create: { leefgebiedId: created.id, label: 'Financiën' } },
      },
    });
    await updateLeefgebied(beheerder, updateLeefgebiedSchema.parse({ leefgebiedId: created.id, naam: 'Geld en schulden', volgorde: '5', zrmDomein: 'FINANCIEN', actief: 'on' }));

    expect((await listLeefgebieden(beheerder)).find((l) => l.id === created.id)).toMatchObject({ code: 'FINANCIEN', naam: 'Geld en schulden', volgorde: 5 });
    expect(await prisma.meldingLeefgebied.findFirstOrThrow({ where: { meldingId: melding.id } })).toMatchObject({ label: 'Financiën' });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: created.id, actie: 'LEEFGEBIED_UPDATED' } })).toMatchObject({
      before: { naam: 'Financiën', volgorde: 10 },
      after: { naam: 'Geld en schulden', volgorde: 5 },
    });
  });

  it('keeps the order and the inactive ones in the list, refuses a code in use', async () => {
    await createLeefgebied(beheerder, createLeefgebiedSchema.parse({ code: 'MANTELZORG', naam: 'Mantelzorg', volgorde: '1' }));
    const huisdieren = await createLeefgebied(beheerder, createLeefgebiedSchema.parse({ code: 'HUISDIEREN', naam: 'Huisdieren', volgorde: '99' }));
    await updateLeefgebied(beheerder, updateLeefgebiedSchema.parse({ leefgebiedId: huisdieren.id, naam: 'Huisdieren', volgorde: '99' }));
    const list = await listLeefgebieden(beheerder);
    expect(list.map((l) => l.code)).toEqual(['MANTELZORG', 'FINANCIEN', 'HUISDIEREN']);
    expect(list.at(-1)).toMatchObject({ actief: false });
    await expect(createLeefgebied(beheerder, createLeefgebiedSchema.parse({ code: 'mantelzorg', naam: 'Dubbel', volgorde: '2' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(listLeefgebieden(coach)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
