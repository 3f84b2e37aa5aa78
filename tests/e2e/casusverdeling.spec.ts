import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Issue 5, done when: the teamlead assigns regie of a waiting casus to a wijkcoach and it appears in that
// wijkcoach's werkvoorraad; assigning a second lead regisseur without an approved exception is refused with a clear
// message.

const SECOND_LEAD = 'Dit huishouden heeft al een regisseur in de lead. Een tweede regisseur kan alleen als uitzondering, met een reden en akkoord van de teamleider.';

async function firstWaiting(page: Page) {
  const table = page.getByRole('table', { name: /Casussen die wachten op regie/ });
  const link = table.getByRole('row').nth(1).getByRole('link').first();
  return { naam: (await link.textContent())!.trim(), link };
}

test('the teamlead assigns regie to a wijkcoach; a second lead is refused; the household is in her werkvoorraad', async ({ page, context }) => {
  await signIn(page, 'teamlead@wijkregie.test');
  await expect(page).toHaveURL(/\/casusverdeling$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Casusverdeling' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Teamleden met hun caseload/ }).getByRole('row', { name: /Mirjam Hoekstra/ })).toBeVisible();
  await expectAccessible(page);

  const { naam, link } = await firstWaiting(page);
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Regie toewijzen: ${naam}` })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h5-toewijzen.png', fullPage: true });
  const assignUrl = page.url();

  // A second tab with the same form, as if a colleague had it open.
  const stale = await context.newPage();
  await stale.goto(assignUrl);

  // Submitting without a choice keeps the typed reason and says what is missing, at the field.
  await page.getByLabel('Reden').fill('Focuswijk Centrum, ruimte in de caseload');
  await page.getByRole('button', { name: 'Regie toewijzen' }).click();
  await expect(page.getByRole('group', { name: 'Regisseur' }).getByText('Kies een regisseur.')).toBeVisible();
  await expect(page.getByLabel('Reden')).toHaveValue('Focuswijk Centrum, ruimte in de caseload');

  await page.getByRole('radio', { name: /Mirjam Hoekstra/ }).check();
  await page.getByRole('button', { name: 'Regie toewijzen' }).click();
  await expect(page).toHaveURL(/\/casusverdeling\?toegewezen=/);
  await expect(page.getByRole('status')).toContainText('Mirjam Hoekstra');
  await page.screenshot({ path: '/tmp/h5-casusverdeling.png', fullPage: true });
  await expect(page.getByRole('table', { name: /Casussen die wachten op regie/ }).getByRole('link', { name: naam, exact: true })).toHaveCount(0);

  // The stale form tries to give the same household a second lead regisseur.
  await stale.getByRole('radio', { name: /Fatima el Amrani/ }).check();
  await stale.getByLabel('Reden').fill('Ook beschikbaar');
  await stale.getByRole('button', { name: 'Regie toewijzen' }).click();
  await expect(stale.getByRole('alert').filter({ hasText: 'Dit kan niet' })).toContainText(SECOND_LEAD);
  await expect(stale.getByLabel('Reden')).toHaveValue('Ook beschikbaar');
  await stale.reload();
  await expect(stale.getByText('Deze casus wacht niet meer op regie')).toBeVisible();
  await expect(stale.getByText(/Mirjam Hoekstra \(casusregie, lead\)/)).toBeVisible();
  await stale.close();

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, 'wijkcoach@wijkregie.test');
  await expect(page).toHaveURL(/\/werkvoorraad$/);
  await page.goto('/werkvoorraad?huishoudens=100'); // all her households, not only the first 10 (issue 23)
  const mijn = page.getByRole('table', { name: /De huishoudens waarvoor jij regisseur bent/ });
  await expect(mijn.getByRole('link', { name: naam, exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h5-werkvoorraad.png', fullPage: true });
});

test('a wijkcoach cannot open the casusverdeling', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/casusverdeling');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});
