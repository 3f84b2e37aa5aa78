import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { createVoorzieningSchema, updateVoorzieningSchema, zoekVoorzieningenSchema } from '@/lib/validations/beheer';
import { createVoorziening } from '@/lib/server/beheer/create-voorziening';
import { updateVoorziening } from '@/lib/server/beheer/update-voorziening';
import { searchVoorzieningen } from '@/lib/server/sociale-kaart/search-voorzieningen';
import { actorFor, createGemeente, createUser } from '../support/factories';

let gemeenteId: string;
let beheerder: Actor;
let frontoffice: Actor;
let centrum: string;
let julianadorp: string;

const voorziening = (fields: Record<string, unknown>) =>
  createVoorzieningSchema.parse({
    soort: 'ALGEMENE_VOORZIENING',
    aanbod: 'Hulp bij het op orde brengen van de administratie.',
    doelgroep: 'Volwassenen met geldzorgen',
    leefgebiedCodes: ['FINANCIEN'],
    ...fields,
  });

const zoek = (actor: Actor, params: Record<string, string>) => searchVoorzieningen(actor, zoekVoorzieningenSchema.parse(params));

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
  frontoffice = actorFor(await createUser(gemeenteId, ['FRONTOFFICE']));
  centrum = (await prisma.wijk.create({ data: { gemeenteId, code: 'CEN', naam: 'Centrum' } })).id;
  julianadorp = (await prisma.wijk.create({ data: { gemeenteId, code: 'JUL', naam: 'Julianadorp' } })).id;
  await prisma.leefgebied.createMany({
    data: [
      { gemeenteId, code: 'FINANCIEN', naam: 'Financiën', volgorde: 10 },
      { gemeenteId, code: 'SOCIAAL_NETWERK', naam: 'Sociaal netwerk', volgorde: 20 },
      { gemeenteId, code: 'OUD', naam: 'Vervallen leefgebied', volgorde: 30, actief: false },
    ],
  });
  await createVoorziening(beheerder, voorziening({ naam: 'Schuldhulpmaatje Den Helder', website: 'www.schuldhulpmaatje.example', openingstijden: 'Ma–vr 9–17 uur' }));
  await createVoorziening(beheerder, voorziening({ naam: 'Voedselbank Julianadorp', aanbod: 'Wekelijks een voedselpakket.', wijkId: julianadorp }));
  await createVoorziening(beheerder, voorziening({ naam: 'Buurthuis De Schakel', soort: 'VOORLIGGEND_PARTNER', aanbod: 'Koffieochtenden en activiteiten.', doelgroep: 'Eenzame ouderen', leefgebiedCodes: ['SOCIAAL_NETWERK'], wijkId: centrum }));
});

describe('createVoorziening', () => {
  it('stores a voorziening with its leefgebieden and wijk, and logs it', async () => {
    const row = await prisma.voorziening.findFirstOrThrow({ where: { naam: 'Schuldhulpmaatje Den Helder' } });
    expect(row).toMatchObject({ wijkId: null, website: 'https://www.schuldhulpmaatje.example/', leefgebiedCodes: ['FINANCIEN'], actief: true });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: row.id, actie: 'VOORZIENING_CREATED' } })).toMatchObject({ actorId: beheerder.id });
  });

  it('refuses an unknown or inactive leefgebied and a wijk of another gemeente', async () => {
    await expect(createVoorziening(beheerder, voorziening({ naam: 'X', leefgebiedCodes: ['OUD'] }))).rejects.toMatchObject({ fieldErrors: { leefgebiedCodes: ['Kies actieve leefgebieden.'] } });
    const andere = await createGemeente();
    const vreemdeWijk = await prisma.wijk.create({ data: { gemeenteId: andere.id, code: 'X', naam: 'Elders' } });
    await expect(createVoorziening(beheerder, voorziening({ naam: 'X', wijkId: vreemdeWijk.id }))).rejects.toMatchObject({ fieldErrors: { wijkId: ['Kies een bestaande wijk.'] } });
    expect(createVoorzieningSchema.safeParse({ naam: '', soort: 'X', aanbod: '', doelgroep: '', leefgebiedCodes: [] }).error?.issues.map((i) => i.path[0])).toEqual([
      'naam', 'soort', 'aanbod', 'doelgroep', 'leefgebiedCodes',
    ]);
  });

  it('refuses anyone without beheer', async () => {
    await expect(createVoorziening(frontoffice, voorziening({ naam: 'X' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('searchVoorzieningen', () => {
  it('finds by words in name, offer or target group', async () => {
    expect((await zoek(frontoffice, { q: 'voedsel' })).voorzieningen.map((v) => v.naam)).toEqual(['Voedselbank Julianadorp']);
    expect((await zoek(frontoffice, { q: 'administratie' })).voorzieningen.map((v) => v.naam)).toEqual(['Schuldhulpmaatje Den Helder']);
    expect((await zoek(frontoffice, { q: 'ouderen koffie' })).voorzieningen.map((v) => v.naam)).toEqual(['Buurthuis De Schakel']);
    expect((await zoek(frontoffice, { q: 'GELDZORGEN' })).voorzieningen.map((v) => v.naam)).toEqual(['Schuldhulpmaatje Den Helder', 'Voedselbank Julianadorp']);
  });

  it('filters by leefgebied, and by wijk including those for the whole gemeente', async () => {
    expect((await zoek(frontoffice, { leefgebied: 'SOCIAAL_NETWERK' })).voorzieningen.map((v) => v.naam)).toEqual(['Buurthuis De Schakel']);
    const inCentrum = await zoek(frontoffice, { wijkId: centrum });
    expect(inCentrum.voorzieningen.map((v) => v.naam)).toEqual(['Buurthuis De Schakel', 'Schuldhulpmaatje Den Helder']);
    expect(inCentrum.totaal).toBe(2);
    expect((await zoek(frontoffice, { wijkId: julianadorp, leefgebied: 'FINANCIEN' })).voorzieningen.map((v) => v.naam)).toEqual(['Schuldhulpmaatje Den Helder', 'Voedselbank Julianadorp']);
  });

  it('no longer offers a voorziening once it is made inactive', async () => {
    const row = await prisma.voorziening.findFirstOrThrow({ where: { naam: 'Voedselbank Julianadorp' } });
    await updateVoorziening(beheerder, updateVoorzieningSchema.parse({
      voorzieningId: row.id, version: '1', naam: row.naam, soort: row.soort, aanbod: row.aanbod, doelgroep: row.doelgroep, leefgebiedCodes: row.leefgebiedCodes, wijkId: row.wijkId ?? '',
    }));
    expect((await zoek(frontoffice, { q: 'voedsel' })).voorzieningen).toEqual([]);
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: row.id, actie: 'VOORZIENING_UPDATED' } })).toMatchObject({ before: { actief: true }, after: { actief: false } });
    await expect(
      updateVoorziening(beheerder, updateVoorzieningSchema.parse({ voorzieningId: row.id, version: '1', naam: 'X', soort: row.soort, aanbod: row.aanbod, doelgroep: row.doelgroep, leefgebiedCodes: row.leefgebiedCodes })),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
  });

  it('is open to the front office, wijkcoaches and teamleiders, not to other roles', async () => {
    for (const rol of ['WIJKCOACH', 'TEAMLEAD'] as const) {
      expect((await zoek(actorFor(await createUser(gemeenteId, [rol])), {})).totaal).toBe(2);
    }
    for (const rol of ['BACKOFFICE', 'BELEID', 'BEHEERDER'] as const) {
      await expect(zoek(actorFor(await createUser(gemeenteId, [rol])), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('ignores odd search parameters rather than failing', () => {
    expect(zoekVoorzieningenSchema.parse({ q: '  ', leefgebied: 'drop table', wijkId: 'nee', soort: 'X' })).toEqual({ q: null, leefgebied: null, wijkId: null, soort: null });
  });
});
