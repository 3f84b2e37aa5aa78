import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Issue 5, opschalen: a wijkcoach asks to raise a casus to procesregie, the teamlead grants it on the casusverdeling,
// the regie tab shows the procesregisseur in the lead with the casusregisseur beside them and the whole history; a
// second regisseur needs an approved exception; doorzettingsmacht is recorded as an event.

/** A household in the wijkcoach's casusregie that can still be raised (no procesregie, no open request). */
async function opschaalbaarHuishouden(page: Page) {
  const rows = page.getByRole('table', { name: /De huishoudens waarvoor jij regisseur bent/ }).getByRole('row');
  const count = await rows.count();
  for (let i = 1; i < count; i++) {
    const row = rows.nth(i);
    if ((await row.getByRole('cell').nth(3).innerText()).trim() !== 'Casusregie') continue;
    const link = row.getByRole('link').first();
    const naam = (await link.innerText()).trim();
    const href = (await link.getAttribute('href'))!;
    await page.goto(`${href}/regie`);
    if (await page.getByRole('button', { name: 'Opschalen aanvragen' }).isVisible()) return { naam, href };
    await page.goBack();
  }
  throw new Error('Geen huishouden gevonden om op te schalen');
}

test('opschalen: the coach asks, the teamlead grants procesregie, the regie tab keeps the history', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/werkvoorraad?huishoudens=100'); // all her households, not only the first 10 (issue 23)
  const { naam, href } = await opschaalbaarHuishouden(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Regie', exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Opschalen aanvragen' }).click();
  await expect(page.getByText('Geef de reden om op te schalen.')).toBeVisible();
  await page.getByLabel('Waarom is procesregie nodig?').fill('Schulden, huisvesting en jeugdhulp lopen door elkaar; zes partijen, geen voortgang.');
  await page.getByRole('button', { name: 'Opschalen aanvragen' }).click();
  // The page shows the request instead of the form.
  await expect(page.getByRole('status').filter({ hasText: 'Verzoek ligt bij de teamleider' })).toContainText('Mirjam Hoekstra vroeg op');
  await expect(page.getByRole('button', { name: 'Opschalen aanvragen' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Verzoeken om op te schalen' }).getByRole('row', { name: /zes partijen.*Open/ })).toBeVisible();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'teamlead@wijkregie.test');
  const verzoeken = page.getByRole('table', { name: /Open verzoeken om op te schalen/ });
  await verzoeken.getByRole('link', { name: `Beoordelen: verzoek voor ${naam}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Opschalen naar procesregie: ${naam}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: /Toekennen/ }).check();
  await page.getByRole('radio', { name: /Johan Smit/ }).check();
  await page.getByRole('textbox', { name: /^Toelichting/ }).fill('Akkoord, Johan neemt de procesregie.');
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(page.getByText('Opschaling toegekend')).toBeVisible();

  await page.goto(`${href}/regie`);
  const huidige = page.getByRole('table', { name: 'Huidige regie' });
  await expect(huidige.getByRole('row', { name: /Johan Smit.*Procesregie.*Lead/ })).toBeVisible();
  await expect(huidige.getByRole('row', { name: /Mirjam Hoekstra.*Casusregie.*Naast de procesregisseur/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Geschiedenis van de regie/ }).getByRole('row', { name: /Opschaling toegekend/ })).toBeVisible();
  await expectAccessible(page);

  // A second casusregisseur without the teamlead's approval is refused at the field, with the typed values kept.
  await page.getByRole('radio', { name: 'Tweede regisseur als uitzondering' }).check();
  await page.getByLabel('Wie krijgt de regie?').selectOption({ label: (await page.getByRole('option', { name: /Fatima el Amrani/ }).innerText()).trim() });
  await page.getByLabel('Reden', { exact: true }).fill('Moeder en kinderen wonen apart');
  await page.getByLabel('Reden voor de uitzondering').fill('Gesplitst huishouden');
  await page.getByRole('button', { name: 'Regie vastleggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Er is een probleem' })).toContainText('Een tweede regisseur kan alleen met akkoord van de teamleider.');
  await expect(page.getByLabel('Reden voor de uitzondering')).toHaveValue('Gesplitst huishouden');
  // Issue 16 item 15: the chosen regisseur is kept too.
  await expect(page.getByLabel('Wie krijgt de regie?').locator('option:checked')).toHaveText(/Fatima el Amrani/);
  await expect(huidige.getByRole('row')).toHaveCount(3);

  // Doorzettingsmacht: the teamlead holds the mandate.
  await page.getByLabel('Wat heb je besloten en waarom?').fill('Woningcorporatie schort de ontruiming op tot het schuldhulptraject loopt.');
  await page.getByRole('button', { name: 'Doorzettingsmacht vastleggen' }).click();
  await expect(page.getByRole('status')).toContainText('De inzet van doorzettingsmacht is vastgelegd bij de casus.');
  await page.reload();
  await expect(page.getByText('Woningcorporatie schort de ontruiming op')).toBeVisible();
  await page.screenshot({ path: '/tmp/h5-regie.png', fullPage: true });
});
