// Issue 17, done when: an aanvraag received on 11 December 2026 shows its Wmo due date as 28 December 2026 (two weeks
// end on 1e Kerstdag; 2e Kerstdag is a Saturday) in the queue, the dossier and the werkvoorraad, each with how it was
// reached; the letter of a beschikking sent on 2 April 2026 names 18 May 2026 as the last day for bezwaar (six weeks
// end on Hemelvaartsdag, 15 May is a decree day); and beheer keeps the decree days with their source.
import { expect, test } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, query, signIn } from './support';

/** A Wmo aanvraag received on 11 December 2026 on a casus the demo wijkcoach leads. */
async function aanvraagVan11December(): Promise<{ nummer: string; huishoudenId: string }> {
  const [kandidaat] = await query<{ gemeenteId: string; huishoudenId: string; casusId: string; persoonId: string; productId: string }>(`
    SELECT c."gemeenteId", c."huishoudenId", c.id AS "casusId", l."persoonId", p.id AS "productId"
    FROM "User" u
    JOIN "RegieToewijzing" r ON r."regisseurId" = u.id AND r.tot IS NULL AND r.lead
    JOIN "Casus" c ON c.id = r."casusId" AND c.fase NOT IN ('AFGESLOTEN')
    JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = c."huishoudenId" AND l.tot IS NULL
    JOIN "Product" p ON p."gemeenteId" = c."gemeenteId" AND p.wet = 'WMO'
    WHERE u.email = 'wijkcoach@wijkregie.test'
    ORDER BY c.nummer, l.id, p.code LIMIT 1`);
  if (!kandidaat) throw new Error('De demodata heeft geen lopende casus van de wijkcoach met een lid.');
  const nummer = `A-2026-9${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
  await query(
    `INSERT INTO "Aanvraag" (id, "gemeenteId", nummer, "huishoudenId", "casusId", "persoonId", "productId", wet, "ontvangenOp", status)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 'WMO', '2026-12-11', 'ONTVANGEN')`,
    [kandidaat.gemeenteId, nummer, kandidaat.huishoudenId, kandidaat.casusId, kandidaat.persoonId, kandidaat.productId],
  );
  return { nummer, huishoudenId: kandidaat.huishoudenId };
}

const UITLEG = /2 weken na ontvangst op 11 december 2026; eindigt op 1e Kerstdag \(vrijdag 25 december 2026\), dus maandag 28 december 2026/;

test('an aanvraag received on 11 December 2026 is due on 28 December 2026 in the queue, the dossier and the werkvoorraad', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { nummer, huishoudenId } = await aanvraagVan11December();

  // The backoffice queue.
  await signIn(page, 'backoffice@wijkregie.test');
  await page.goto('/aanvragen');
  await page.getByLabel('Aanvraagnummer, achternaam of productcode').fill(nummer);
  await page.getByRole('button', { name: 'Filteren' }).click();
  const rij = page.getByRole('row').filter({ has: page.getByRole('link', { name: nummer }) });
  await expect(rij).toContainText('28 december 2026');
  await rij.getByText('Hoe berekend?').click();
  await expect(rij.getByText(UITLEG)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h17-aanvragen.png', fullPage: true });
  // The aanvraag itself says the same.
  await rij.getByRole('link', { name: nummer }).click();
  await expect(page.getByRole('heading', { name: `Aanvraag ${nummer}` })).toBeVisible();
  await expect(page.locator('dd').filter({ hasText: /^28 december 2026/ }).first()).toBeVisible();

  // The wijkcoach: the dossier and Mijn werkvoorraad.
  const coach = await (await browser.newContext()).newPage();
  await signIn(coach, 'wijkcoach@wijkregie.test');
  await coach.goto(`/huishoudens/${huishoudenId}`);
  const taak = coach.getByRole('listitem').filter({ hasText: `Beschikking op aanvraag ${nummer}` });
  await expect(taak).toContainText('28 december 2026');
  await taak.getByText('Hoe berekend?').click();
  await expect(taak.getByText(UITLEG)).toBeVisible();
  await expectAccessible(coach);
  await coach.screenshot({ path: '/tmp/h17-dossier.png', fullPage: true });

  await coach.goto('/werkvoorraad?toon=1000');
  const werk = coach.getByRole('table', { name: /Taken en termijnen/ }).getByRole('row').filter({ hasText: `Beschikking op aanvraag ${nummer}` });
  await expect(werk).toContainText('Beslistermijn');
  await expect(werk).toContainText('28 december 2026');
  await werk.getByText('Hoe berekend?').click();
  await expect(werk.getByText(UITLEG)).toBeVisible();
  await expectAccessible(coach);
  await coach.screenshot({ path: '/tmp/h17-werkvoorraad.png', fullPage: true });
});

test('the letter of a beschikking sent on 2 April 2026 names 18 May 2026 as the last day for bezwaar', async ({ page }) => {
  test.setTimeout(120_000);
  // A vastgesteld beschikking of the demo data, vastgesteld on 1 April 2026.
  const [b] = await query<{ id: string }>(`
    UPDATE "Beschikking" SET datum = '2026-04-01', "vastgesteldOp" = '2026-04-01 10:00'
    WHERE id = (SELECT id FROM "Beschikking" WHERE status = 'VASTGESTELD' AND "aanvraagId" IS NOT NULL ORDER BY identificatie LIMIT 1)
    RETURNING id`);
  expect(b, 'de demodata heeft een vastgestelde beschikking').toBeTruthy();

  await signIn(page, 'backoffice@wijkregie.test');
  await page.goto(`/beschikkingen/${b.id}`);
  await page.getByLabel('Verzenddatum').fill('2026-04-02');
  await page.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(page.getByText('De verzending is vastgelegd. Bezwaar kan tot en met 18 mei 2026.')).toBeVisible();
  await page.getByText('Hoe berekend?').click();
  await expect(page.getByText('6 weken na verzending op 2 april 2026; eindigt op Hemelvaartsdag (donderdag 14 mei 2026), dus maandag 18 mei 2026')).toBeVisible();
  await expectAccessible(page);

  const brief = await page.request.get(`/beschikkingen/${b.id}/brief`);
  expect(brief.status()).toBe(200);
  // The page footer of a page break may land inside the sentence in the extracted text: leave it out.
  const tekst = (await pdfText(await brief.body())).replace(/\s+/g, ' ').replace(/Besluit op uw aanvraag: \w+ · pagina \d+ van \d+ /g, '');
  expect(tekst).toContain('Uw bezwaar moet uiterlijk op 18 mei 2026 bij ons binnen zijn.');
  expect(tekst).not.toContain('14 mei 2026');
});

test('beheer keeps the decree days of the Algemene termijnenwet with their source', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer');
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Feestdagen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Feestdagen voor termijnen' })).toBeVisible();
  const lijst = page.getByRole('table', { name: /bij Koninklijk Besluit gelijkgesteld/ });
  for (const dag of ['2 januari 2026', '15 mei 2026', '7 mei 2027', '28 april 2028', '26 mei 2028']) await expect(lijst).toContainText(dag);
  await expect(lijst).toContainText('Besluit gelijkstelling dagen Algemene termijnenwet');
  await expect(page.getByRole('table', { name: /De feestdagen die Wijkregie zelf berekent/ })).toContainText('Goede Vrijdag');
  await expectAccessible(page);

  // A Saturday is refused at the field, and what was typed stays.
  await page.getByLabel('Dag', { exact: true }).fill('12-05-2029');
  await page.getByLabel('Welke dag').fill('Vrijdag na Hemelvaartsdag');
  await page.getByLabel('Bron').fill('Besluit van 1 juli 2028, Stb. 2028, 123');
  await page.getByRole('button', { name: 'Dag toevoegen' }).click();
  await expect(page.getByText('Fout: Deze dag telt al niet mee voor termijnen: het is een zaterdag.')).toBeVisible(); // at the field
  await expect(page.getByLabel('Dag', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Bron')).toHaveValue('Besluit van 1 juli 2028, Stb. 2028, 123');
  await expectAccessible(page);

  await page.getByLabel('Dag', { exact: true }).fill('11-05-2029');
  await page.getByRole('button', { name: 'Dag toevoegen' }).click();
  await expect(page.getByText(/^De dag is toegevoegd\./)).toBeVisible();
  await expect(lijst.getByRole('row').filter({ hasText: '11 mei 2029' })).toContainText('Besluit van 1 juli 2028, Stb. 2028, 123');
  await page.screenshot({ path: '/tmp/h17-feestdagen.png', fullPage: true });

  await lijst.getByRole('row').filter({ hasText: '11 mei 2029' }).getByRole('button', { name: /Verwijderen/ }).click();
  await expect(lijst.getByRole('row').filter({ hasText: '11 mei 2029' })).toHaveCount(0);
});
