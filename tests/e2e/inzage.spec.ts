import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

// Issue 8, inzage (AVG art. 15): the privacy officer finds a demo resident, reads what is kept about them and
// downloads it as a readable PDF and a JSON file; other roles do not get in.

type Demo = { id: string; voornamen: string; achternaam: string; bsn: string; geboortedatum: string; kenmerk: string };

/** A demo resident with a BSN and a melding about their household. */
async function demoPersoon(): Promise<Demo> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Demo>(`
      SELECT p.id, p.voornamen, p.achternaam, p.bsn, to_char(p.geboortedatum, 'DD-MM-YYYY') AS geboortedatum, m.kenmerk
      FROM "Persoon" p
      JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p.id AND l.tot IS NULL AND l.rol = 'HOOFDBEWONER'
      JOIN "Huishouden" h ON h.id = l."huishoudenId" AND h."geanonimiseerdOp" IS NULL
      JOIN "Melding" m ON m."huishoudenId" = h.id
      WHERE p.bsn IS NOT NULL AND p.geboortedatum IS NOT NULL AND p.tussenvoegsel IS NULL
      ORDER BY p.bsn LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen hoofdbewoner met BSN en een melding.');
    return rows[0];
  } finally {
    await client.end();
  }
}

test('privacy officer finds a resident, sees the overview and downloads PDF and JSON', async ({ page }) => {
  const p = await demoPersoon();
  const naam = `${p.voornamen} ${p.achternaam}`;
  await signIn(page, 'privacy@wijkregie.test');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inzageverzoek' })).toBeVisible();
  await expectAccessible(page);

  // A wrong BSN is refused at the field, the typed value kept; the search never goes into the URL.
  await page.getByLabel('BSN').fill('123456789');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText(/geen geldig BSN/)).toBeVisible();
  await expect(page.getByLabel('BSN')).toHaveValue('123456789');
  await page.getByLabel('BSN').fill('');
  await page.getByLabel('Achternaam').fill(p.achternaam);
  await page.getByLabel('Geboortedatum').fill(p.geboortedatum);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const resultaten = page.getByRole('table', { name: /Gevonden personen/ });
  await expect(resultaten.getByRole('row').filter({ hasText: naam })).toHaveCount(1);
  expect(page.url()).not.toContain(p.achternaam);
  await expectAccessible(page);

  await resultaten.getByRole('link', { name: `Bekijk gegevens van ${naam}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inzage: ${naam}` })).toBeVisible();
  await expect(page.getByText(p.bsn, { exact: true })).toBeVisible();
  const perSoort = page.getByRole('table', { name: /Gegevens per soort/ }).first();
  await expect(perSoort.getByRole('row').filter({ hasText: 'Meldingen' })).toContainText(p.kenmerk);
  await expect(page.getByRole('table', { name: /Toegangslog/ }).getByRole('row').filter({ hasText: 'Bekeken voor een inzageverzoek' }).first()).toContainText('Inzageverzoek');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h8-inzage.png', fullPage: true });

  // The PDF: content type and a real file.
  const pdfLink = page.getByRole('link', { name: 'Download PDF voor de inwoner' });
  const pdfHead = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdfHead.headers()['content-type']).toBe('application/pdf');
  const [pdf] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  expect(pdf.suggestedFilename()).toMatch(/^inzage-.*\.pdf$/);
  const pdfBytes = await readFile((await pdf.path())!);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(3_000);

  // The JSON: every category, the person and the melding.
  const jsonLink = page.getByRole('link', { name: 'Download alle gegevens (JSON)' });
  const jsonHead = await page.request.get((await jsonLink.getAttribute('href'))!);
  expect(jsonHead.headers()['content-type']).toMatch(/^application\/json/);
  const [json] = await Promise.all([page.waitForEvent('download'), jsonLink.click()]);
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(data.persoon).toMatchObject({ id: p.id, bsn: p.bsn, achternaam: p.achternaam });
  expect(Object.keys(data.huishoudens[0].categorieen)).toEqual([
    'personen', 'meldingen', 'casussen', 'gesprekken', 'plannen', 'aanvragen', 'beschikkingen', 'documenten', 'journaal', 'toestemmingen', 'netwerk', 'overig',
  ]);
  expect(data.huishoudens.flatMap((h: { categorieen: { meldingen: { kenmerk: string }[] } }) => h.categorieen.meldingen.map((m) => m.kenmerk))).toContain(p.kenmerk);
  expect(data.toegangslog.some((e: { actie: string; context: string }) => e.actie === 'EXPORT' && /Inzageverzoek/.test(e.context))).toBe(true);
});

test('other roles get geen toegang to the inzage page and its downloads', async ({ page }) => {
  const p = await demoPersoon();
  await signIn(page, 'beheer@wijkregie.test');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzage' })).toHaveCount(0);
  await page.goto('/inzage');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await page.goto(`/inzage/${p.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  expect((await page.request.get(`/inzage/${p.id}/json`)).status()).toBe(403);
  expect((await page.request.get(`/inzage/${p.id}/pdf`)).status()).toBe(403);
});
