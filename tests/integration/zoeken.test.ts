import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { generateTestBsn } from '@/lib/domain/bsn';
import { parseZoekvraag, type Zoekvraag } from '@/lib/domain/zoeken';
import { searchHuishoudens } from '@/lib/server/zoeken/search-huishoudens';
import { actorFor, createGemeente, createUser } from '../support/factories';
import { sentStatements } from '../support/sent-statements';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;
let buitenstaander: Actor;

const vraag = (zoekterm: string, geboortedatum = ''): Zoekvraag => {
  const parsed = parseZoekvraag({ zoekterm, geboortedatum }, new Date());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.vraag;
};
const zoek = (actor: Actor, zoekterm: string, geboortedatum = '', pagina = 1) => searchHuishoudens(actor, { vraag: vraag(zoekterm, geboortedatum), pagina });

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId, 'De Schooten');
  fx = await createRijkHuishouden(gemeenteId, org);
  buitenstaander = await createBuitenstaander(gemeenteId);
});

describe('search by each kind', () => {
  it('finds the household by the BSN of a member, with address, wijk, stage and regisseur', async () => {
    const uitkomst = await zoek(org.coach, fx.kind.bsn!);
    expect(uitkomst).toMatchObject({ totaal: 1, pagina: 1, paginas: 1, soort: 'BSN' });
    expect(uitkomst.hits[0]).toMatchObject({
      id: fx.huishouden.id, naam: fx.huishouden.naam, adres: 'Kerkstraat 12A', postcode: '1781AB', wijk: 'De Schooten', fase: 'UITVOERING',
      casusOpen: true, regisseur: { naam: org.coach.naam, vorm: 'CASUSREGIE' },
    });
    expect(uitkomst.hits[0].leden.map((l) => l.naam)).toEqual([`Piet ${fx.vader.achternaam}`, `Anna de ${fx.moeder.achternaam}`, `Bo ${fx.kind.achternaam}`]);
  });

  it('sends one statement for the page and one for its access-log row (a name search one more for its candidates; issue 23)', async () => {
    const bsn = await sentStatements(() => zoek(org.coach, fx.kind.bsn!));
    expect(bsn.result.totaal).toBe(1);
    expect(bsn.statements).toHaveLength(2);
    expect(bsn.statements[1]).toMatch(/^\s*INSERT INTO "AuditEntry"/);
    const naam = await sentStatements(() => zoek(org.coach, `Piet ${fx.vader.achternaam}`));
    expect(naam.result.totaal).toBe(1);
    expect(naam.statements).toHaveLength(3);
  });

  it('finds by surname (part of it, any case), narrowed by voornaam and geboortedatum', async () => {
    const deel = fx.vader.achternaam.slice(3, 14).toLowerCase();
    expect((await zoek(org.coach, deel)).hits.map((h) => h.id)).toEqual([fx.huishouden.id]);
    expect((await zoek(org.coach, `Piet ${fx.vader.achternaam}`, '14-03-1980')).totaal).toBe(1);
    expect((await zoek(org.coach, `Piet ${fx.vader.achternaam}`, '15-03-1980')).totaal).toBe(0);
    expect((await zoek(org.coach, `Klaas ${fx.vader.achternaam}`)).totaal).toBe(0);
    // "de Vries…": the tussenvoegsel is stored apart and left out of the search.
    expect((await zoek(org.coach, `de ${fx.moeder.achternaam}`)).totaal).toBe(1);
  });

  it('finds by postcode and huisnummer, with or without toevoeging', async () => {
    expect((await zoek(org.coach, '1781 AB 12')).hits.map((h) => h.id)).toContain(fx.huishouden.id);
    expect((await zoek(org.coach, '1781ab 12a')).hits.map((h) => h.id)).toContain(fx.huishouden.id);
    expect((await zoek(org.coach, '1781 AB 12B')).hits.map((h) => h.id)).not.toContain(fx.huishouden.id);
  });

  it('finds by the kenmerk of a melding', async () => {
    expect((await zoek(org.coach, fx.melding.kenmerk)).hits.map((h) => h.id)).toEqual([fx.huishouden.id]);
  });

  it('does not find a former member by their BSN', async () => {
    const oud = await prisma.persoon.create({ data: { gemeenteId, bsn: generateTestBsn(5_123_456), voornamen: 'Oud', achternaam: 'Lid' } });
    await prisma.huishoudenLidmaatschap.create({
      data: { gemeenteId, huishoudenId: fx.huishouden.id, persoonId: oud.id, rol: 'OVERIG', vanaf: new Date('2012-01-01'), tot: new Date('2015-01-01') },
    });
    expect((await zoek(org.coach, oud.bsn!)).totaal).toBe(0);
  });
});

describe('need-to-know and the access log', () => {
  it('shows nothing the user may not see', async () => {
    for (const term of [fx.vader.bsn!, fx.vader.achternaam, '1781 AB 12', fx.melding.kenmerk]) {
      expect((await zoek(buitenstaander, term)).hits.map((h) => h.id)).not.toContain(fx.huishouden.id);
    }
  });

  it('lets the backoffice find a household with an aanvraag, and the gedragswetenschapper one with an open consult', async () => {
    expect((await zoek(fx.backoffice1, fx.vader.bsn!)).totaal).toBe(1);
    expect((await zoek(fx.gedrag, fx.vader.bsn!)).totaal).toBe(1);
  });

  it('logs the kind of search and the number of results, never the BSN or name typed', async () => {
    await zoek(org.coach, fx.vader.bsn!);
    const row = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: org.coach.id, actie: 'SEARCH' }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ entiteit: 'Huishouden', huishoudenId: null, after: { soort: 'BSN', resultaten: 1, pagina: 1 } });
    expect(JSON.stringify({ ...row, id: null })).not.toContain(fx.vader.bsn!);
    await zoek(org.coach, fx.vader.achternaam);
    const naamRow = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: org.coach.id, actie: 'SEARCH' }, orderBy: { id: 'desc' } });
    expect(JSON.stringify({ ...naamRow, id: null })).not.toContain(fx.vader.achternaam);
  });

  it('refuses a role that may not search', async () => {
    const beleid = actorFor(await createUser(gemeenteId, ['BELEID']));
    await expect(zoek(beleid, fx.vader.bsn!)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.auditEntry.count({ where: { actorId: beleid.id } })).toBe(0);
  });
});

describe('paging', () => {
  it('pages through many households with the same name, twenty at a time, in a stable order', async () => {
    const achternaam = `Veelvoud${crypto.randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 45; i++) {
      const p = await prisma.persoon.create({ data: { gemeenteId, voornamen: `Kind${i}`, achternaam } });
      await prisma.huishouden.create({
        data: {
          gemeenteId, naam: `Huishouden ${achternaam} ${String(i).padStart(2, '0')}`, straat: 'Laan', huisnummer: i + 1, postcode: '1782AB', woonplaats: 'Den Helder',
          wijkId: org.wijk.id, leden: { create: { gemeenteId, persoonId: p.id, rol: 'HOOFDBEWONER' } },
        },
      });
    }
    const p1 = await zoek(org.coach, achternaam);
    const p3 = await zoek(org.coach, achternaam, '', 3);
    expect([p1.totaal, p1.paginas, p1.hits.length, p3.hits.length]).toEqual([45, 3, 20, 5]);
    expect(p1.hits[0].naam).toBe(`Huishouden ${achternaam} 00`);
    expect(p3.hits.at(-1)!.naam).toBe(`Huishouden ${achternaam} 44`);
    // A page past the end shows the last page.
    expect((await zoek(org.coach, achternaam, '', 99)).pagina).toBe(3);
  });
});
