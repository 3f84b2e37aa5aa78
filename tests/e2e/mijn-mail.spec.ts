// Issue 21: the notification mails "melding ontvangen" and "beschikking verstuurd" really leave over SMTP — read from
// the embedded test SMTP server (Beheer › Mail in demo mode) — and say only what the rules allow: the kenmerk and
// what happens next; that a letter waits in Mijn plan. Never what the resident wrote, never the letter itself.
import { expect, test } from '@playwright/test';
import { expectAccessible, mailInTestSmtp, query, signIn } from './support';

test('a melding on /melding with an e-mail address gets “melding ontvangen”: the kenmerk and the next steps, nothing it said', async ({ browser }) => {
  const email = `melder-${Date.now()}@voorbeeld.example`;
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.88' } });
  const page = await context.newPage();
  await page.goto('/melding');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/portal2-melding-360.png', fullPage: true });
  await page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' }).check();
  await page.getByLabel('Naam', { exact: true }).fill('Karin Mailtest');
  await page.getByLabel('Postcode').fill('1781AB');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Waar wilt u hulp bij?').fill('De schulden groeien mij boven het hoofd.');
  await page.getByRole('group', { name: 'Is iemand op dit moment niet veilig, thuis of ergens anders?' }).getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
  const kenmerk = (await page.getByTestId('kenmerk').textContent())!.trim();
  await context.close();

  const mail = await mailInTestSmtp(browser, email);
  expect(mail).toContain('Wij hebben uw melding ontvangen');
  expect(mail).toContain(`Uw kenmerk is ${kenmerk}.`);
  expect(mail).toContain('Een medewerker van het sociaal wijkteam leest uw melding.');
  expect(mail).not.toContain('schulden');
  expect(mail).not.toContain('Karin');
});

test('a beschikking sent by the backoffice gets “er staat een nieuwe brief voor u klaar in Mijn plan”, nothing of the letter', async ({ browser }) => {
  // A vastgestelde beschikking of an adult who is a current member of a household, the newest (the worklist spec
  // sends the oldest); they have an e-mail address.
  const [b] = await query<{ id: string; identificatie: string; persoonId: string }>(`
    SELECT b.id, b.identificatie, b."persoonId" FROM "Beschikking" b
    JOIN "Persoon" p ON p.id = b."persoonId" AND p.geboortedatum <= current_date - interval '18 years' AND p."overledenOp" IS NULL
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p.id AND l.tot IS NULL AND l."huishoudenId" = b."huishoudenId"
    WHERE b.status = 'VASTGESTELD' ORDER BY b."vastgesteldOp" DESC NULLS LAST, b.id LIMIT 1`);
  expect(b, 'een vastgestelde beschikking in de demodata').toBeTruthy();
  const email = `brief-${Date.now()}@voorbeeld.example`;
  await query(`UPDATE "Persoon" SET email = $1 WHERE id = $2`, [email, b.persoonId]);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'backoffice@wijkregie.test');
  await page.goto(`/beschikkingen/${b.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Beschikking ${b.identificatie}` })).toBeVisible();
  await page.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(page.getByText(/De verzending is vastgelegd/)).toBeVisible();
  await context.close();

  const mail = await mailInTestSmtp(browser, email);
  expect(mail).toContain('Er is een nieuwe brief voor u in Mijn plan');
  expect(mail).toContain('Er staat een nieuwe brief van de gemeente voor u klaar in Mijn plan.');
  expect(mail).toContain('/mijn/brieven');
  expect(mail).not.toContain(b.identificatie);
});
