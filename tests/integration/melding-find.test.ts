import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { generateTestBsn } from '@/lib/domain/bsn';
import { findHuishoudenVoorMelding } from '@/lib/server/huishouden/find-huishouden-voor-melding';
import { createCasus } from '../support/factories';
import { createFrontDoor, createHuishoudenMetLeden, createMelding, type FrontDoor } from '../support/melding-factories';

let door: FrontDoor;
let meldingId: string;
let huishoudenId: string;
const bsn = generateTestBsn(777);
const geboren = new Date('1984-05-17T00:00:00Z');

beforeAll(async () => {
  door = await createFrontDoor();
  const { huishouden } = await createHuishoudenMetLeden(
    door.gemeenteId,
    door.wijkId,
    [{ voornamen: 'Noor', achternaam: 'Jansen', bsn, geboortedatum: geboren }, { voornamen: 'Sem', achternaam: 'Jansen', geboortedatum: new Date('2015-02-01T00:00:00Z') }],
    { postcode: '1781CD', huisnummer: 9 },
  );
  huishoudenId = huishouden.id;
  await createCasus(door.gemeenteId, huishouden.id, 'PLAN');
  // Same birthday, another name; and someone without any household.
  await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Karel', achternaam: 'Pieters', geboortedatum: geboren }]);
  await prisma.persoon.create({ data: { gemeenteId: door.gemeenteId, voornamen: 'Noor', achternaam: 'Jansen-Bakker', geboortedatum: geboren } });
  meldingId = (await createMelding(door.gemeenteId)).id;
});

describe('finding the household of a melding', () => {
  it('finds by BSN and shows members, address and the open casus', async () => {
    const result = await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'bsn', bsn });
    expect(result.huishoudens).toHaveLength(1);
    expect(result.huishoudens[0]).toMatchObject({
      id: huishoudenId, adres: 'Kerkstraat 9', postcode: '1781CD', wijk: 'Centrum', openCasus: { fase: 'PLAN' },
      leden: [{ naam: 'Noor Jansen', geboortejaar: 1984, past: true }, { naam: 'Sem Jansen', geboortejaar: 2015, past: false }],
    });
    expect(JSON.stringify(result)).not.toContain(bsn);
  });

  it('finds by name and date of birth, and offers a person without household on their own', async () => {
    const result = await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'naam', naam: 'noor jansen', geboortedatum: geboren });
    expect(result.huishoudens.map((h) => h.id)).toEqual([huishoudenId]);
    expect(result.personenZonderHuishouden.map((p) => p.naam)).toEqual(['Noor Jansen-Bakker']);
  });

  it('finds by name and postcode without a date of birth (issue 16 item 17)', async () => {
    const result = await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'naam', naam: 'noor jansen', geboortedatum: null, postcode: '1781CD' });
    expect(result.huishoudens.map((h) => h.id)).toEqual([huishoudenId]);
    expect(result.huishoudens[0].leden.filter((l) => l.past).map((l) => l.naam)).toEqual(['Noor Jansen']);
    expect((await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'naam', naam: 'noor jansen', geboortedatum: null, postcode: '1781ZZ' })).huishoudens).toEqual([]);
    // Both narrow together: the right postcode with another date of birth finds nobody.
    expect((await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'naam', naam: 'noor jansen', geboortedatum: new Date(Date.UTC(1950, 0, 1)), postcode: '1781CD' })).huishoudens).toEqual([]);
  });

  it('finds by postcode and huisnummer', async () => {
    expect((await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'adres', postcode: '1781CD', huisnummer: 9, toevoeging: null })).huishoudens.map((h) => h.id)).toEqual([huishoudenId]);
    expect((await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'adres', postcode: '1781CD', huisnummer: 10, toevoeging: null })).huishoudens).toEqual([]);
  });

  it('writes an access-log row for every household shown, with the melding as the reason', async () => {
    const before = await prisma.auditEntry.count({ where: { huishoudenId, actie: 'SEARCH' } });
    await findHuishoudenVoorMelding(door.frontoffice, meldingId, { zoekwijze: 'bsn', bsn });
    const rows = await prisma.auditEntry.findMany({ where: { huishoudenId, actie: 'SEARCH' }, orderBy: { op: 'desc' } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({ actorId: door.frontoffice.id, context: expect.stringMatching(/^zoeken bij melding M-TEST/) });
  });

  it('refuses the wrong role, and any search once the melding is triaged', async () => {
    await expect(findHuishoudenVoorMelding(door.backoffice, meldingId, { zoekwijze: 'bsn', bsn })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const klaar = await createMelding(door.gemeenteId, { status: 'GEKOPPELD' });
    await expect(findHuishoudenVoorMelding(door.frontoffice, klaar.id, { zoekwijze: 'bsn', bsn })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
