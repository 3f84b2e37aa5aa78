// Issue 16 item 4: a letter about a minor goes to those who hold gezag, names the child, and a child of 16 or older
// gets a copy of their own (the beschikking and the verdagingsbrief, through the use cases, read back with unpdf).
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getBeschikkingBrief } from '@/lib/server/beschikking/get-beschikking-brief';
import { createBeschikkingWereld, dag, productRegel, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';
import { pdfPages } from '../support/pdf-text';
import { getPlanPdf } from '@/lib/server/plan/get-plan-pdf';
import { createHuishoudenInRegie, createPlanWereld, vastgesteldPlan } from '../support/plan-factories';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

async function metOuders(huishoudenId: string, kindId: string, options: { tweedeAdres?: boolean } = {}) {
  const ouder = (voornamen: string, achternaam: string, geslacht: 'MAN' | 'VROUW') =>
    prisma.persoon.create({ data: { gemeenteId: w.gemeenteId, voornamen, achternaam, geslacht, geboortedatum: dag('1985-04-01') } });
  const vader = await ouder('Joost', 'Timmerman', 'MAN');
  const moeder = await ouder('Fleur', 'Bakker', 'VROUW');
  await prisma.huishoudenLidmaatschap.create({ data: { gemeenteId: w.gemeenteId, huishoudenId, persoonId: vader.id, rol: 'PARTNER' } });
  if (options.tweedeAdres) {
    await prisma.huishouden.create({
      data: {
        gemeenteId: w.gemeenteId, naam: 'Huishouden Bakker', straat: 'Kanaalweg', huisnummer: 3, postcode: '1782CD', woonplaats: 'Den Helder',
        leden: { create: { gemeenteId: w.gemeenteId, persoonId: moeder.id, rol: 'HOOFDBEWONER' } },
      },
    });
  } else {
    await prisma.huishoudenLidmaatschap.create({ data: { gemeenteId: w.gemeenteId, huishoudenId, persoonId: moeder.id, rol: 'PARTNER' } });
  }
  await prisma.vertegenwoordiging.createMany({
    data: [vader, moeder].map((o) => ({ gemeenteId: w.gemeenteId, persoonId: kindId, vertegenwoordigerId: o.id, soort: 'GEZAG' as const, vanaf: dag('2009-01-01') })),
  });
}

const jeugdhulp = () => ({ product: { id: w.producten.jeugdhulp.id, wet: 'JEUGDWET' as const } });
const regel = () => ({ producten: [productRegel(w, { productId: w.producten.jeugdhulp.id, eenheid: '04', aanbiederId: w.aanbieders.duinen.id })], wettelijkeGrondslag: 'Jeugdwet, artikel 2.3' });

describe('the plan of a household with a child of 16', () => {
  it('has a copy of its own for the child, numbered on its own; a younger child gets none', async () => {
    const pw = await createPlanWereld();
    const h = await createHuishoudenInRegie(pw);
    const kind = await prisma.persoon.create({ data: { gemeenteId: pw.gemeenteId, voornamen: 'Lotte', achternaam: 'Jansen', geboortedatum: dag('2010-01-15') } });
    const klein = await prisma.persoon.create({ data: { gemeenteId: pw.gemeenteId, voornamen: 'Bram', achternaam: 'Jansen', geboortedatum: dag('2019-01-15') } });
    await prisma.huishoudenLidmaatschap.createMany({ data: [kind, klein].map((p) => ({ gemeenteId: pw.gemeenteId, huishoudenId: h.huishouden.id, persoonId: p.id, rol: 'KIND' as const })) });
    await vastgesteldPlan(pw, h);
    const pages = await pdfPages((await getPlanPdf(pw.coach, h.huishouden.id)).buffer);
    const text = pages.join(' ');
    expect(text).toContain('Afschrift voor Lotte Jansen. U bent 16 jaar of ouder');
    expect(text).not.toContain('Afschrift voor Bram');
    expect(text.match(/Dit is uw plan\./g)).toHaveLength(2);
    expect(pages.filter((p) => /pagina 1 van \d+/.test(p))).toHaveLength(2);
  });
});

describe('letters about a minor', () => {
  it('a Jeugdwet beschikking for a child of six goes to both parents with gezag, and names the child', async () => {
    const r = await vastgesteldeBeschikking(w, regel(), { ...jeugdhulp(), geboortedatum: dag('2020-03-03') });
    await metOuders(r.huishouden.id, r.persoon.id);
    const pages = await pdfPages((await getBeschikkingBrief(w.opsteller, r.beschikkingId)).buffer);
    const tekst = pages.join(' ');
    expect(tekst).toContain('Joost Timmerman en Fleur Bakker');
    expect(tekst).toContain('Geachte heer Timmerman en mevrouw Bakker,');
    expect(tekst).toContain(`Deze brief gaat over: Anna Maria van den ${r.persoon.achternaam}, geboren op 3 maart 2020`);
    expect(tekst).toContain(`voor Anna ondersteuning aangevraagd`);
    expect(tekst).not.toMatch(/Geachte mevrouw Van den Berg/);
    expect(tekst).not.toContain('Afschrift voor');
    expect(pages.at(-1)).toMatch(new RegExp(`pagina ${pages.length} van ${pages.length}`));
  });

  it("issue 20: only the gezag of the child's current source counts — the BRP's, or a staff member's decision", async () => {
    const r = await vastgesteldeBeschikking(w, regel(), { ...jeugdhulp(), geboortedatum: dag('2020-03-03') });
    await metOuders(r.huishouden.id, r.persoon.id); // two typed rows (bron null)
    // the BRP names no one: the typed rows do not count, the letter goes to "the parents or carers"
    await prisma.persoon.update({ where: { id: r.persoon.id }, data: { gezagBron: 'BRP_ONBEKEND' } });
    let tekst = (await pdfPages((await getBeschikkingBrief(w.opsteller, r.beschikkingId)).buffer)).join(' ');
    expect(tekst).toContain('Geachte ouders of verzorgers,');
    expect(tekst).not.toContain('Joost Timmerman');
    // a staff member decided: the father alone
    const vader = await prisma.persoon.findFirstOrThrow({ where: { gemeenteId: w.gemeenteId, voornamen: 'Joost', lidmaatschappen: { some: { huishoudenId: r.huishouden.id } } } });
    await prisma.vertegenwoordiging.create({
      data: {
        gemeenteId: w.gemeenteId, persoonId: r.persoon.id, vertegenwoordigerId: vader.id, soort: 'GEZAG', vanaf: dag('2025-01-01'), bron: 'MEDEWERKER',
        grond: 'RECHTERLIJKE_UITSPRAAK', grondDatum: dag('2024-12-01'), vastgesteldDoorId: w.opsteller.id, vastgesteldOp: new Date(),
      },
    });
    await prisma.persoon.update({ where: { id: r.persoon.id }, data: { gezagBron: 'MEDEWERKER' } });
    tekst = (await pdfPages((await getBeschikkingBrief(w.opsteller, r.beschikkingId)).buffer)).join(' ');
    expect(tekst).toContain('Geachte heer Timmerman,');
    expect(tekst).not.toContain('Fleur Bakker');
  });

  it('parents at two addresses get a copy each, and a child of 16 a copy of their own, each numbered on its own', async () => {
    const r = await vastgesteldeBeschikking(w, regel(), { ...jeugdhulp(), geboortedatum: dag('2009-06-01') });
    await metOuders(r.huishouden.id, r.persoon.id, { tweedeAdres: true });
    const pages = await pdfPages((await getBeschikkingBrief(w.opsteller, r.beschikkingId)).buffer);
    const aanhef = pages.flatMap((p) => p.match(/(Geachte [^,]+,|Beste [^,]+,)/g) ?? []);
    expect(aanhef).toEqual(['Geachte heer Timmerman,', 'Geachte mevrouw Bakker,', 'Beste Anna,']);
    const tekst = pages.join(' ');
    expect(tekst).toContain('Kanaalweg 3');
    expect(tekst).toContain(`Afschrift voor Anna Maria van den ${r.persoon.achternaam}`);
    expect(tekst).toContain('16 jaar of ouder');
    // Three copies, each starting at page 1.
    expect(pages.filter((p) => /pagina 1 van \d+/.test(p))).toHaveLength(3);
  });

  it('an adult still receives the letter themselves', async () => {
    const r = await vastgesteldeBeschikking(w);
    const tekst = (await pdfPages((await getBeschikkingBrief(w.opsteller, r.beschikkingId)).buffer)).join(' ');
    expect(tekst).toContain('Geachte mevrouw Van den Berg');
    expect(tekst).not.toContain('Deze brief gaat over');
  });
});
