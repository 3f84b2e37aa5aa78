// Issue 7: the backoffice keeps the legal term of an aanvraag — the queue overdue first, opschorten while waiting for
// information (the due date moves), hervatten, and one verdaging with a notice letter to the inwoner.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, signIn } from './support';

const BACKOFFICE = 'backoffice@wijkregie.test';

/** A received Wmo aanvraag (not 07A12: the beschikking journey uses those) well within its term, never suspended or extended. */
async function verseAanvraag(): Promise<{ id: string; nummer: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; nummer: string }>(`
      SELECT a.id, a.nummer FROM "Aanvraag" a JOIN "Product" p ON p.id = a."productId"
      WHERE a.status = 'ONTVANGEN' AND a.wet = 'WMO' AND p.code <> '07A12' AND a."verdaagdOp" IS NULL
        AND a."ontvangenOp" >= (now() AT TIME ZONE 'Europe/Amsterdam')::date - 8
        AND NOT EXISTS (SELECT 1 FROM "Opschorting" o WHERE o."aanvraagId" = a.id)
        AND NOT EXISTS (SELECT 1 FROM "Beschikking" b WHERE b."aanvraagId" = a.id)
      ORDER BY a."ontvangenOp" DESC, a.nummer LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen verse Wmo-aanvraag om op te schorten.');
    return rows[0];
  } finally {
    await client.end();
  }
}

test('the queue puts overdue aanvragen first and filters them', async ({ page }) => {
  await signIn(page, BACKOFFICE);
  await page.goto('/aanvragen');
  const rijen = page.getByRole('table', { name: /Aanvragen, vroegste uiterlijke beslisdatum eerst/ }).getByRole('row');
  await expect(rijen.nth(1)).toBeVisible();
  await page.getByLabel('Termijn').selectOption('verlopen');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page).toHaveURL(/termijn=verlopen/);
  const verlopen = page.getByRole('table', { name: /Aanvragen/ }).getByRole('row');
  const aantal = await verlopen.count();
  if (aantal > 1) {
    for (let i = 1; i < Math.min(aantal, 6); i++) await expect(verlopen.nth(i)).toContainText(/te laat/);
  } else {
    await expect(page.getByText('Er zijn geen open aanvragen die aan deze filters voldoen.')).toBeVisible();
  }
  await expectAccessible(page);
});

test('the backoffice suspends the term, resumes it, and extends it once with a notice letter', async ({ page }) => {
  test.setTimeout(120_000);
  const aanvraag = await verseAanvraag();
  await signIn(page, BACKOFFICE);
  await page.goto(`/aanvragen/${aanvraag.id}`);
  await expect(page.getByRole('heading', { name: `Aanvraag ${aanvraag.nummer}` })).toBeVisible();
  await expectAccessible(page);

  // Opschorten: refused without a reason, then recorded.
  await page.getByRole('button', { name: 'Termijn opschorten' }).click();
  await expect(page.getByText('Geef de reden van de opschorting')).toBeVisible();
  await page.getByLabel('Reden', { exact: true }).fill('Wachten op medische informatie van de huisarts.');
  await page.getByRole('button', { name: 'Termijn opschorten' }).click();
  await expect(page.getByText('De termijn is opgeschort.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Opschortingen' })).toContainText('Nog opgeschort');
  await expect(page.getByRole('heading', { name: 'Termijn hervatten' })).toBeVisible();

  // Hervatten from today.
  await page.getByRole('button', { name: 'Termijn hervatten' }).click();
  await expect(page.getByText(/De termijn loopt weer\. Uiterlijk beslissen: \d+ \w+ \d{4}\./)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Opschortingen' })).not.toContainText('Nog opgeschort');
  // Issue 16 item 16: from when the term runs again, not an ambiguous "tot".
  await expect(page.getByRole('table', { name: 'Opschortingen' })).toContainText(/Termijn loopt weer vanaf \d+ \w+ \d{4}/);
  // Wait until the page has re-rendered without the hervatten form before typing in the verdagen form: filling while
  // React swaps the forms in this grid once put the reason into the wrong field under load.
  await expect(page.getByRole('heading', { name: 'Termijn hervatten' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Termijn hervatten' })).toHaveCount(0);

  // Verdagen once, with the notice letter.
  // Exact labels: while the page re-renders after hervatten, a looser match could pick the opschorten form's field.
  await page.getByLabel('Aantal dagen extra', { exact: true }).fill('14');
  await page.getByLabel('Reden voor de inwoner', { exact: true }).fill('Wij wachten op het advies van de ergotherapeut.');
  await expect(page.getByLabel('Reden voor de inwoner', { exact: true })).toHaveValue('Wij wachten op het advies van de ergotherapeut.');
  await page.getByRole('button', { name: 'Verdagen en brief maken' }).click();
  await expect(page.getByText(/De beslistermijn is verdaagd tot \d+ \w+ \d{4}\./)).toBeVisible();
  await expect(page.getByText('Verdagen kan niet: De beslistermijn is al een keer verdaagd.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verdagen en brief maken' })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h7-aanvraag-verdaagd.png', fullPage: true });

  const brief = await page.request.get(`/aanvragen/${aanvraag.id}/verdagingsbrief`);
  expect(brief.headers()['content-type']).toBe('application/pdf');
  const tekst = (await pdfText(await brief.body())).replace(/\s+/g, ' ');
  expect(tekst).toContain('Wij hebben meer tijd nodig voor uw aanvraag');
  expect(tekst).toContain('Wij wachten op het advies van de ergotherapeut.');
  expect(tekst).toMatch(/Wij nemen uiterlijk op \d+ \w+ \d{4} een besluit\. Dat is 14 dagen later dan eerst\./);
});
