// Issue 21, Mijn plan, done when: a demo resident signs in through the test DigiD (a real OpenID Provider beside the
// app), sees the concept plan, gives akkoord, writes progress on a goal, sends a message with a PDF; the wijkcoach
// sees all three and answers; the resident gets the notification mail (read from the local SMTP server) and sees the
// answer; the resident withdraws a consent and the staff side refuses the sharing it covered. A BSN we do not know
// gets a friendly page that points to /melding; staff and resident sessions never reach each other's routes.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { PLAN_REASONS } from '../../lib/domain/plan';
import { demoInwoner, expectAccessible, mailInTestSmtp, signIn, signInInwoner } from './support';

test('a resident signs in with the test DigiD, gives akkoord, writes progress, writes; the wijkcoach sees it and answers; mail; consent', async ({ browser }) => {
  test.setTimeout(240_000);
  const inwoner = await demoInwoner();
  // The resident has an e-mail address and gave consent to share with the housing corporation (as the wijkcoach
  // would have recorded it on paper).
  const email = `inwoner-${inwoner.bsn}@voorbeeld.example`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`UPDATE "Persoon" SET email = $1 WHERE bsn = $2`, [email, inwoner.bsn]);
  await client.query(`
    INSERT INTO "Toestemming" (id, "gemeenteId", "huishoudenId", "persoonId", soort, partij, doel, wijze, "gegevenOp", "vastgelegdDoorId")
    SELECT gen_random_uuid(), p."gemeenteId", $2, p.id, 'DELEN_MET_PARTIJ', 'Woningcorporatie Helder Wonen', 'Vochtprobleem oplossen', 'SCHRIFTELIJK',
           current_date - 10, (SELECT id FROM "User" WHERE email = 'wijkcoach@wijkregie.test')
    FROM "Persoon" p WHERE p.bsn = $1`, [inwoner.bsn, inwoner.huishoudenId]);
  await client.end();
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

  // A message with a PDF to the regisseur.
  await page.getByRole('navigation', { name: 'Mijn plan' }).getByRole('link', { name: 'Berichten' }).click();
  await expect(page.getByRole('heading', { name: 'Berichten', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Schrijf uw bericht.').first()).toBeVisible();
  await page.getByLabel('Uw bericht', { exact: true }).fill('Hierbij de brief van de woningcorporatie over het vocht.');
  await page.getByLabel(/^Bijlage/).setInputFiles({ name: 'brief-corporatie.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Uw bericht is verstuurd. Uw regisseur leest het zo snel mogelijk.')).toBeVisible();
  const mijnBericht = page.getByRole('listitem').filter({ hasText: 'Hierbij de brief van de woningcorporatie over het vocht.' });
  await expect(mijnBericht).toContainText('Bijlage van');
  await expect(mijnBericht).toContainText('nog niet gelezen');
  await expectAccessible(page);

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

  // The unanswered message is a task in the werkvoorraad with its age; the wijkcoach reads it (with the PDF) and answers.
  await coach.goto('/werkvoorraad');
  const taak = coach.getByRole('table', { name: /Berichten van huishoudens in Mijn plan/ }).getByRole('row').filter({ hasText: /minder dan een uur|uur|dag/ }).first();
  await expect(taak).toBeVisible();
  await taak.getByRole('link').click();
  await expect(coach).toHaveURL(new RegExp(`/huishoudens/${inwoner.huishoudenId}/berichten$`));
  const bericht = coach.getByRole('listitem').filter({ hasText: 'Hierbij de brief van de woningcorporatie over het vocht.' });
  await expect(bericht.getByRole('link', { name: /brief-corporatie\.pdf/ })).toBeVisible();
  const download = coach.waitForEvent('download');
  await bericht.getByRole('link', { name: /brief-corporatie\.pdf/ }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expectAccessible(coach);
  await coach.getByLabel('Je bericht aan het huishouden').fill('Dank u. Ik bel u morgen om tien uur over de brief.');
  await coach.getByRole('button', { name: 'Versturen' }).click();
  await expect(coach.getByText('Je bericht is verstuurd.', { exact: false })).toBeVisible();
  await coach.goto('/werkvoorraad');
  await expect(coach.getByRole('table', { name: /Berichten van huishoudens in Mijn plan/ })).toHaveCount(0);
  // A staff session does not open Mijn plan.
  await coach.goto('/mijn');
  await expect(coach).toHaveURL(/\/mijn\/inloggen/);

  // The notification mail really left over SMTP: the test mail server received it, without the message's content.
  const mail = await mailInTestSmtp(browser, email, expectAccessible);
  expect(mail).toContain('Er is een nieuw bericht voor u in Mijn plan');
  expect(mail).toContain('/mijn/berichten');
  expect(mail).not.toContain('tien uur');

  // The resident reads the answer; their own message shows as read.
  const again = await browser.newContext();
  const page2 = await again.newPage();
  await signInInwoner(page2, inwoner.bsn);
  await page2.goto('/mijn/berichten');
  await expect(page2.getByText('Dank u. Ik bel u morgen om tien uur over de brief.')).toBeVisible();
  await expect(page2.getByRole('listitem').filter({ hasText: 'Hierbij de brief van de woningcorporatie' })).toContainText('gelezen op');

  await page2.getByRole('navigation', { name: 'Mijn plan' }).getByRole('link', { name: 'Brieven' }).click();
  await expect(page2.getByRole('heading', { name: 'Brieven', level: 1 })).toBeVisible();
  await expectAccessible(page2);

  // Who looked: the wijkcoach's reads, by role and team, never by name.
  await page2.getByRole('navigation', { name: 'Mijn plan' }).getByRole('link', { name: 'Wie keek mee' }).click();
  await expect(page2.getByRole('listitem').filter({ hasText: /een wijkcoach van .* bekeek uw dossier/ }).first()).toBeVisible();
  await expect(page2.locator('main')).not.toContainText('@wijkregie.test');
  await expectAccessible(page2);

  // Sharing on the consent works until the resident withdraws it; then the staff side refuses at once.
  await coach.goto(`/huishoudens/${inwoner.huishoudenId}/toestemmingen`);
  await deel(coach);
  await expect(coach.getByText('Vastgelegd: gegevens gedeeld met Woningcorporatie Helder Wonen.')).toBeVisible();
  await page2.goto('/mijn/toestemmingen');
  await expectAccessible(page2);
  await page2.getByRole('button', { name: 'Toestemming intrekken: Gegevens delen met Woningcorporatie Helder Wonen' }).click();
  // At once the page shows it withdrawn (the button is gone: there is nothing left to withdraw).
  const toestemming = page2.getByRole('listitem').filter({ hasText: 'Gegevens delen met Woningcorporatie Helder Wonen' });
  await expect(toestemming).toContainText(/Ingetrokken op \d+ \w+ \d{4}/);
  await expect(toestemming.getByRole('button')).toHaveCount(0);
  await again.close();
  await coach.goto(`/huishoudens/${inwoner.huishoudenId}/toestemmingen`);
  await deel(coach);
  await expect(coach.getByRole('alert').filter({ hasText: 'De toestemming om te delen met Woningcorporatie Helder Wonen is ingetrokken' })).toBeVisible();
  await staff.close();
});

/** A minimal, valid PDF without active content. */
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function deel(coach: Page) {
  await coach.getByLabel('Partij', { exact: true }).fill('Woningcorporatie Helder Wonen');
  await coach.getByLabel('Doel', { exact: true }).fill('Vochtprobleem oplossen');
  await coach.getByRole('button', { name: 'Delen vastleggen' }).click();
}

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
