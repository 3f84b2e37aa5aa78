import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Every demo account lands on its own start page (issue: foundation, DOMAIN.md §1).
const ACCOUNTS = [
  { email: 'frontoffice@wijkregie.test', path: '/meldingen', heading: 'Meldingen' },
  { email: 'wijkcoach@wijkregie.test', path: '/werkvoorraad', heading: 'Mijn werkvoorraad' },
  { email: 'teamlead@wijkregie.test', path: '/casusverdeling', heading: 'Casusverdeling' },
  { email: 'backoffice@wijkregie.test', path: '/aanvragen', heading: 'Aanvragen' },
  { email: 'backoffice2@wijkregie.test', path: '/aanvragen', heading: 'Aanvragen' },
  { email: 'gedrag@wijkregie.test', path: '/consulten', heading: 'Consulten' },
  { email: 'beheer@wijkregie.test', path: '/beheer', heading: 'Beheer' },
  { email: 'beleid@wijkregie.test', path: '/rapportage', heading: 'Rapportage' },
  { email: 'privacy@wijkregie.test', path: '/toegangslog', heading: 'Toegangslog' },
];

test('the sign-in page is accessible and refuses a wrong password in Dutch', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill('wijkcoach@wijkregie.test');
  await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'klopt niet' })).toHaveText('Het e-mailadres of wachtwoord klopt niet.');
  await expect(page.getByLabel('E-mailadres')).toHaveValue('wijkcoach@wijkregie.test');
});

test('an empty form gets a message at each field', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Vul je e-mailadres in.')).toBeVisible();
  await expect(page.getByText('Vul je wachtwoord in.')).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
});

for (const account of ACCOUNTS) {
  test(`${account.email} lands on ${account.path}`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: account.heading })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login/);
  });
}

test('five failures within fifteen minutes throttle the account', async ({ page }) => {
  const email = 'beleid@wijkregie.test';
  await page.goto('/login');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(`fout-${i}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'klopt niet' })).toHaveText('Het e-mailadres of wachtwoord klopt niet.');
  }
  await page.getByLabel('Wachtwoord').fill('Wijkregie-demo-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Te veel' })).toContainText('Te veel mislukte pogingen');
  await expect(page).toHaveURL(/\/login/);
});

test('a signed-out visitor is sent to sign-in and back after', async ({ page }) => {
  await page.goto('/aanvragen');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faanvragen/);
  await page.getByLabel('E-mailadres').fill('backoffice@wijkregie.test');
  await page.getByLabel('Wachtwoord').fill('Wijkregie-demo-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/aanvragen$/);
});

test('a role is refused a page of another role with a clear page', async ({ page }) => {
  await signIn(page, 'frontoffice@wijkregie.test');
  await page.goto('/beheer');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).toHaveCount(0);
});
