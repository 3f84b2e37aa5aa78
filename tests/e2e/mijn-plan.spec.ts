// Issue 21, Mijn plan: a demo resident signs in through the test DigiD (a real OpenID Provider beside the app), sees
// the concept plan, writes progress on a goal and gives akkoord online; the wijkcoach sees both where a paper akkoord
// is recorded. A BSN we do not know gets a friendly page that points to /melding; staff and resident sessions never
// reach each other's routes.
import { expect, test } from '@playwright/test';
import { PLAN_REASONS } from '../../lib/domain/plan';
import { demoInwoner, expectAccessible, signIn, signInInwoner } from './support';

test('a resident signs in with the test DigiD, writes progress, gives akkoord; the wijkcoach sees both', async ({ browser }) => {
  test.setTimeout(120_000);
  const inwoner = await demoInwoner();
  const resident = await browser.newContext();
  const page = await resident.newPage();

  // Straight to /mijn without a session: the resident sign-in, not the staff one.
  await page.goto('/mijn/plan');
  await expect(page).toHaveURL(/\/mijn\/inloggen/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Inloggen met Test-DigiD' }).click();
  // The provider's own page, clearly a test, listing demo residents.
  await expect(page.getByText('TEST-DigiD — alleen voor demo en tests')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Inloggen als / }).first()).toBeVisible();
  await page.getByLabel('BSN (9 cijfers)').fill(inwoner.bsn);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
  await expect(page.getByText('Het plan is klaar. Lees het en zeg of u het eens bent.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Bekijk uw plan' }).click();
  await expect(page.getByRole('heading', { name: 'Uw plan (concept)' })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: 'test-results/mijn-plan-360.png', fullPage: true });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Own progress on goal 1: a scale and a short text.
  const voortgang = page.getByRole('group', { name: 'Hoe gaat het met doel 1?' });
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText('Kies hoe het gaat: van 1 (niet goed) tot 5 (heel goed).')).toBeVisible();
  await voortgang.getByLabel('4 · Gaat goed').check();
  await page.getByLabel('Vertel kort hoe het gaat').first().fill('We eten weer samen aan tafel, drie keer per week.');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText('Dank u wel. Uw regisseur ziet hoe het gaat.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('We eten weer samen aan tafel, drie keer per week.')).toBeVisible();

  // Asking for changes needs a remark; then the resident agrees after all.
  await page.getByLabel('Nee, ik wil iets anders in het plan').check();
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByText('Schrijf wat u anders wilt.')).toBeVisible();
  await page.getByLabel('Ja, ik ben het eens met dit plan').check();
  await page.getByLabel('Wilt u nog iets zeggen?').fill('Fijn dat de buurvrouw helpt.');
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  // The page shows the akkoord at once (the form is gone: the plan is no longer waiting for an answer).
  await expect(page.getByText(/U was het op .* eens met dit plan\. Uw regisseur ziet dat\./)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/U was het op .* eens met dit plan\./).first()).toBeVisible();
  await expect(page.getByText('“Fijn dat de buurvrouw helpt.”', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antwoord versturen' })).toHaveCount(0);

  // The resident session reaches no staff route.
  await page.goto('/werkvoorraad');
  await expect(page).toHaveURL(/\/login/);
  await resident.close();

  // The wijkcoach sees the online akkoord and the progress in the plan.
  const staff = await browser.newContext();
  const coach = await staff.newPage();
  await signIn(coach, 'wijkcoach@wijkregie.test');
  await coach.goto(`/huishoudens/${inwoner.huishoudenId}/plan`);
  const antwoord = coach.locator('section', { has: coach.getByRole('heading', { name: 'Antwoord van het huishouden in Mijn plan' }) });
  await expect(antwoord.getByText('Akkoord met het plan')).toBeVisible();
  await expect(antwoord.getByText(/digitaal \(Mijn plan\)/)).toBeVisible();
  await expect(antwoord.getByText('Fijn dat de buurvrouw helpt.')).toBeVisible();
  await expect(coach.getByText('We eten weer samen aan tafel, drie keer per week.')).toBeVisible();
  await expect(coach.getByText(/4 van 5 · Gaat goed/)).toBeVisible();
  // Where a paper akkoord is recorded, the online one is filled in (digitaal, today): vaststellen no longer waits for it.
  await expect(coach.getByLabel('Digitaal')).toBeChecked();
  await expect(coach.getByText(PLAN_REASONS.geenAkkoord)).toHaveCount(0);
  await expectAccessible(coach);
  // A staff session does not open Mijn plan.
  await coach.goto('/mijn');
  await expect(coach).toHaveURL(/\/mijn\/inloggen/);
  await staff.close();
});

test('a BSN that Wijkregie does not know gets a friendly page that points to the melding form', async ({ page }) => {
  await signInInwoner(page, '999990019', /\/mijn\/onbekend/);
  await expect(page.getByRole('heading', { name: 'We hebben geen plan voor u gevonden' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Hulp vragen aan het wijkteam' }).click();
  await expect(page).toHaveURL(/\/melding$/);
  // No session was made: Mijn plan still asks to sign in.
  await page.goto('/mijn');
  await expect(page).toHaveURL(/\/mijn\/inloggen/);
});
