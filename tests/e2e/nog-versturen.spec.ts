// Issue 16 item 2: what is vastgesteld but not sent is found by the backoffice — counts on its start page, a worklist
// oldest first, a search by B- and A-kenmerk — and leaves the list once it is sent.
import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

const telling = async (text: string | null) => Number((text ?? '').trim());

test('the backoffice finds a vastgestelde beschikking not sent, searches it by kenmerk, sends it, and it leaves the list', async ({ page }) => {
  await signIn(page, 'backoffice@wijkregie.test');
  await expect(page).toHaveURL(/\/aanvragen$/);
  const start = page.getByRole('region', { name: 'Nog versturen', exact: true });
  const voor = await telling(await start.getByText('Beschikkingen nog versturen').locator('xpath=following-sibling::dd').textContent());
  expect(voor).toBeGreaterThan(0);
  await start.getByRole('link', { name: 'Naar nog versturen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Nog versturen' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/defA-nog-versturen.png', fullPage: true });
  const tabel = page.getByRole('table', { name: /Vastgestelde beschikkingen waarvan de brief nog niet is verstuurd/ });
  await expect(tabel.getByRole('row')).toHaveCount(Math.min(voor, 10) + 1); // NOG_VERSTUREN_MAX: the oldest 10
  const eerste = tabel.getByRole('row').nth(1);
  const kenmerk = (await eerste.getByRole('link').first().textContent())!.trim();
  const aanvraag = (await eerste.getByRole('cell').nth(3).textContent())!.trim();
  expect(kenmerk).toMatch(/^B-\d{4}-\d{6}$/);

  // A kenmerk that is none keeps what was typed and says what to type.
  await page.getByLabel(/Kenmerk van de beschikking/).fill('B-26-12');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Vul een kenmerk in zoals B-2026-000123 (beschikking) of A-2026-000123 (aanvraag).')).toBeVisible();
  await expect(page.getByLabel(/Kenmerk van de beschikking/)).toHaveValue('B-26-12');

  await page.getByLabel(/Kenmerk van de beschikking/).fill(kenmerk.toLowerCase());
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const gevonden = page.getByRole('table', { name: `Gevonden met kenmerk ${kenmerk}` });
  await expect(gevonden.getByRole('row')).toHaveCount(2);
  await expect(gevonden).toContainText('Vastgesteld');
  if (/^A-/.test(aanvraag)) {
    await page.getByLabel(/Kenmerk van de beschikking/).fill(aanvraag);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect(page.getByRole('table', { name: `Gevonden met kenmerk ${aanvraag}` }).getByRole('link', { name: kenmerk })).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByRole('table', { name: /Gevonden met kenmerk/ }).getByRole('link', { name: kenmerk }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Beschikking ${kenmerk}` })).toBeVisible();
  await page.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(page.getByText(/De verzending is vastgelegd. Bezwaar kan tot en met/)).toBeVisible();

  await page.goto('/beschikkingen');
  await expect(page.getByRole('table', { name: /Vastgestelde beschikkingen waarvan de brief nog niet is verstuurd/ }).getByRole('link', { name: kenmerk })).toHaveCount(0);
  await page.goto('/aanvragen');
  const na = await telling(await page.getByRole('region', { name: 'Nog versturen', exact: true }).getByText('Beschikkingen nog versturen').locator('xpath=following-sibling::dd').textContent());
  expect(na).toBe(voor - 1);
});

test('a wijkcoach cannot open the list of what is still to send', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/beschikkingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});
