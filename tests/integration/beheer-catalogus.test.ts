import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { parseCatalogusCsv } from '@/lib/domain/catalogus-csv';
import { addContractSchema, createAanbiederSchema, createProductSchema, updateAanbiederSchema, updateProductSchema } from '@/lib/validations/beheer';
import { addContract } from '@/lib/server/beheer/add-contract';
import { createAanbieder } from '@/lib/server/beheer/create-aanbieder';
import { createProduct } from '@/lib/server/beheer/create-product';
import { endContract } from '@/lib/server/beheer/end-contract';
import { exportCatalogus } from '@/lib/server/beheer/export-catalogus';
import { importCatalogus } from '@/lib/server/beheer/import-catalogus';
import { previewCatalogusImport } from '@/lib/server/beheer/preview-catalogus-import';
import { updateAanbieder } from '@/lib/server/beheer/update-aanbieder';
import { updateProduct } from '@/lib/server/beheer/update-product';
import { actorFor, createGemeente, createUser } from '../support/factories';

let gemeenteId: string;
let beheerder: Actor;
let backoffice: Actor;

const HEADER = 'wet;code;naam;eenheid;frequentie;leveringsvormen;tarief;actief_van;actief_tot';
const product = (fields: Record<string, string>) =>
  createProductSchema.parse({ wet: 'WMO', naam: 'Dagbesteding', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN', 'PGB'], tariefCent: '46,50', actiefVan: '01-01-2026', ...fields });

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
  backoffice = actorFor(await createUser(gemeenteId, ['BACKOFFICE']));
});

describe('products', () => {
  it('creates a product with categorie from its code, and logs its values', async () => {
    const { id } = await createProduct(beheerder, product({ code: '07a12' }));
    expect(await prisma.product.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: '07A12', categorie: '07', tariefCent: 4650, leveringsvormen: ['ZIN', 'PGB'] });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'PRODUCT_CREATED' } })).toMatchObject({ after: { code: '07A12', tariefCent: 4650 } });
  });

  it('refuses a code of the wrong law or format at the field', () => {
    expect(createProductSchema.safeParse({ wet: 'JEUGDWET', code: '07A13', naam: 'X', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN'], tariefCent: '1', actiefVan: '01-01-2026' }).error?.issues).toMatchObject([
      { path: ['code'], message: 'Categorie 07 is een Wmo-categorie (iWmo); Jeugdwet-producten hebben een categorie vanaf 40.' },
    ]);
    expect(createProductSchema.safeParse({ wet: 'WMO', code: '7A12', naam: 'X', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN'], actiefVan: '01-01-2026' }).error?.issues).toMatchObject([
      { path: ['code'], message: 'Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.' },
    ]);
  });

  it('keeps one version of a code active on any day', async () => {
    await createProduct(beheerder, product({ code: '02A01', naam: 'Begeleiding' }));
    await expect(createProduct(beheerder, product({ code: '02A01', naam: 'Begeleiding 2027', actiefVan: '01-01-2027' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { actiefVan: ['Product 02A01 is al actief van 01-01-2026 zonder einddatum. Geef die versie eerst een einddatum.'] },
    });
    const oud = await prisma.product.findFirstOrThrow({ where: { gemeenteId, code: '02A01' } });
    await updateProduct(beheerder, updateProductSchema.parse({ productId: oud.id, version: '1', naam: 'Begeleiding', eenheid: '04', standaardFrequentie: '2', leveringsvormen: ['ZIN'], tariefCent: '64,50', actiefVan: '01-01-2026', actiefTot: '31-12-2026' }));
    await createProduct(beheerder, product({ code: '02A01', naam: 'Begeleiding 2027', actiefVan: '01-01-2027', tariefCent: '66,00' }));
    expect(await prisma.product.count({ where: { gemeenteId, code: '02A01' } })).toBe(2);
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: oud.id, actie: 'PRODUCT_UPDATED' } })).toMatchObject({
      before: { eenheid: '16', leveringsvormen: ['ZIN', 'PGB'], tariefCent: 4650, actiefTot: null },
      after: { eenheid: '04', leveringsvormen: ['ZIN'], tariefCent: 6450, actiefTot: '2026-12-31T00:00:00.000Z' },
    });
  });

  it('refuses a stale version and anyone without beheer', async () => {
    const { id } = await createProduct(beheerder, product({ code: '08A01', naam: 'Vervoer' }));
    const input = updateProductSchema.parse({ productId: id, version: '1', naam: 'Vervoer', eenheid: '84', standaardFrequentie: '2', leveringsvormen: ['ZIN'], actiefVan: '01-01-2026' });
    await expect(updateProduct(backoffice, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await updateProduct(beheerder, input);
    const audits = await prisma.auditEntry.count({ where: { entiteitId: id } });
    await expect(updateProduct(beheerder, { ...input, naam: 'Anders' })).rejects.toMatchObject({
      code: 'STALE_VERSION',
      reasons: [expect.stringMatching(/^Je hebt dit product \(in een ander venster of tabblad\) om \d{2}:\d{2} gewijzigd/)],
    });
    expect(await prisma.auditEntry.count({ where: { entiteitId: id } })).toBe(audits);
  });
});

describe('catalogue import and export', () => {
  it('refuses a file with an invalid code: reports the line and changes nothing', async () => {
    const csv = [
      HEADER,
      'WMO;01A01;Hulp bij het huishouden;04;2;ZIN,PGB;32,50;01-01-2026;',
      'WMO;1A-01;Fout in de code;04;2;ZIN;32,50;01-01-2026;',
      'JEUGDWET;45A04;Jeugdhulp ambulant;01;4;ZIN;1,48;01-01-2026;',
    ].join('\n');
    const products = await prisma.product.count();
    const audits = await prisma.auditEntry.count();

    const preview = await previewCatalogusImport(beheerder, csv);
    expect(preview.geldig).toBe(false);
    expect(preview.aantallen).toEqual({ nieuw: 2, gewijzigd: 0, ongewijzigd: 0, fout: 1 });
    expect(preview.regels.map((r) => [r.regel, r.actie, r.fouten])).toEqual([
      [2, 'NIEUW', []],
      [3, null, ['Code: Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.']],
      [4, 'NIEUW', []],
    ]);

    const error = await importCatalogus(beheerder, csv).catch((e) => e);
    expect(error).toMatchObject({ code: 'INVALID' });
    expect(error.reasons).toEqual([
      'Het bestand is niet ingelezen; er is niets gewijzigd.',
      'Regel 3: Code: Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.',
    ]);
    expect(await prisma.product.count()).toBe(products);
    expect(await prisma.auditEntry.count()).toBe(audits);
  });

  it('imports new versions and changes, all in one go, and the export reads back as the same catalogue', async () => {
    const bestaand = await createProduct(beheerder, product({ code: '03A01', naam: 'Persoonlijke verzorging', eenheid: '04', tariefCent: '59,00' }));
    const csv = [
      HEADER,
      'WMO;03A01;Persoonlijke verzorging;04;2;ZIN,PGB;61,00;01-01-2026;',
      'WMO;04A01;Kortdurend verblijf;14;4;ZIN,PGB;145,00;01-01-2026;',
      'JEUGDWET;44A01;Pleegzorg;14;4;ZIN;33,00;01-01-2026;31-12-2026',
      'JEUGDWET;44A01;Pleegzorg;14;4;ZIN;34,00;01-01-2027;',
    ].join('\r\n');
    const preview = await previewCatalogusImport(beheerder, csv);
    expect(preview.regels.map((r) => [r.actie, r.velden])).toEqual([['WIJZIGING', ['tariefCent']], ['NIEUW', []], ['NIEUW', []], ['NIEUW', []]]);

    expect(await importCatalogus(beheerder, csv)).toEqual({ nieuw: 3, gewijzigd: 1, ongewijzigd: 0 });
    expect(await prisma.product.findUniqueOrThrow({ where: { id: bestaand.id } })).toMatchObject({ tariefCent: 6100, version: 2 });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: bestaand.id, actie: 'PRODUCT_IMPORTED' } })).toMatchObject({
      before: { tariefCent: 5900 },
      after: { tariefCent: 6100 },
    });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'CATALOGUS_IMPORTED' } })).toMatchObject({ after: { nieuw: 3, gewijzigd: 1, ongewijzigd: 0 } });

    // Importing the export again changes nothing.
    const exported = await exportCatalogus(beheerder);
    const inDb = await prisma.product.count({ where: { gemeenteId } });
    expect(parseCatalogusCsv(exported).regels).toHaveLength(inDb);
    const again = await previewCatalogusImport(beheerder, exported);
    expect(again.geldig).toBe(true);
    expect(again.aantallen).toEqual({ nieuw: 0, gewijzigd: 0, ongewijzigd: inDb, fout: 0 });
  });

  it('refuses versions of one code that would be active on the same day, from the file or the catalogue', async () => {
    await createProduct(beheerder, product({ code: '15A01', naam: 'Beschermd wonen', eenheid: '14' }));
    const csv = [
      HEADER,
      'WMO;15A01;Beschermd wonen;14;2;ZIN;128,00;01-06-2026;',
      'WMO;13A01;Woonvoorziening;83;6;PGB;;01-01-2026;',
      'WMO;13A01;Woonvoorziening;83;6;PGB;;01-03-2026;',
    ].join('\n');
    const preview = await previewCatalogusImport(beheerder, csv);
    expect(preview.regels.map((r) => r.fouten)).toEqual([
      ['Actief van: 15A01 is dan al actief (de catalogus: van 01-01-2026 zonder einddatum). Geef die versie eerst een einddatum.'],
      ['Actief van: 13A01 is dan al actief (regel 4: van 01-03-2026 zonder einddatum). Geef die versie eerst een einddatum.'],
      ['Actief van: 13A01 is dan al actief (regel 3: van 01-01-2026 zonder einddatum). Geef die versie eerst een einddatum.'],
    ]);
    await expect(importCatalogus(beheerder, csv)).rejects.toMatchObject({ code: 'INVALID' });
    expect(await prisma.product.count({ where: { gemeenteId, code: '13A01' } })).toBe(0);
  });

  it('refuses anyone without beheer', async () => {
    await expect(previewCatalogusImport(backoffice, HEADER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(importCatalogus(backoffice, HEADER)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportCatalogus(backoffice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('aanbieders and contracts', () => {
  it('creates an aanbieder with a normalised AGB code, refuses a second one with the same code', async () => {
    const { id } = await createAanbieder(beheerder, createAanbiederSchema.parse({ naam: 'Thuiszorg Kop van Noord', agbCode: '98 10 00 11', email: 'Planning@Thuiszorg.example' }));
    expect(await prisma.aanbieder.findUniqueOrThrow({ where: { id } })).toMatchObject({ agbCode: '98100011', email: 'planning@thuiszorg.example' });
    await expect(createAanbieder(beheerder, createAanbiederSchema.parse({ naam: 'Dubbel', agbCode: '98100011' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { agbCode: ['Er is al een aanbieder met deze AGB-code.'] },
    });
    expect(createAanbiederSchema.safeParse({ naam: 'X', agbCode: '9810001' }).error?.issues).toMatchObject([
      { path: ['agbCode'], message: 'Vul een AGB-code van 8 cijfers in, bijvoorbeeld 98100011.' },
    ]);
  });

  it('updates with optimistic locking and logs the change', async () => {
    const { id } = await createAanbieder(beheerder, createAanbiederSchema.parse({ naam: 'GGZ Noordkop', agbCode: '98100042' }));
    const input = updateAanbiederSchema.parse({ aanbiederId: id, version: '1', naam: 'GGZ Noordkop Ambulant', agbCode: '98100042', actief: 'on' });
    await updateAanbieder(beheerder, input);
    await expect(updateAanbieder(beheerder, input)).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await prisma.auditEntry.findMany({ where: { entiteitId: id, actie: 'AANBIEDER_UPDATED' }, select: { before: true, after: true } })).toEqual([
      { before: { naam: 'GGZ Noordkop' }, after: { naam: 'GGZ Noordkop Ambulant' } },
    ]);
  });

  it('contracts a product with a tariff and period, one at a time per product', async () => {
    const { id: aanbiederId } = await createAanbieder(beheerder, createAanbiederSchema.parse({ naam: 'Stichting Dagbesteding Marsdiep', agbCode: '98100035' }));
    const productId = (await prisma.product.findFirstOrThrow({ where: { gemeenteId, code: '07A12' } })).id;
    const contract = await addContract(beheerder, addContractSchema.parse({ aanbiederId, productId, tariefCent: '47,10', van: '01-01-2026' }));
    expect(contract).toMatchObject({ tariefCent: 4710, tot: null });
    await expect(addContract(beheerder, addContractSchema.parse({ aanbiederId, productId, tariefCent: '48,00', van: '01-01-2027' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { van: ['Er is al een contract voor 07A12 vanaf 01-01-2026. Beëindig dat eerst.'] },
    });
    await endContract(beheerder, { contractId: contract.id, tot: new Date('2026-12-31T00:00:00Z') });
    await addContract(beheerder, addContractSchema.parse({ aanbiederId, productId, tariefCent: '48,00', van: '01-01-2027' }));
    expect(await prisma.contract.count({ where: { aanbiederId } })).toBe(2);
    await expect(addContract(backoffice, addContractSchema.parse({ aanbiederId, productId, tariefCent: '1', van: '01-01-2030' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
