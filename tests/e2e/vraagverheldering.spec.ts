import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, signIn } from './support';

// Issue 4, Done when: as wijkcoach, open an assigned household, record consent, record a gesprek across three
// leefgebieden with ZRM scores, answer the safety check with doubt (the gedragswetenschapper then sees the consult),
// and download the verslag PDF whose text holds the household's name and the agreements.

type Household = { id: string; naam: string; adult: string };

/** A household in the wijkcoach's own regie with an open casus, no open safety consult and an adult member. */
async function assignedHousehold(skip: string[] = []): Promise<Household> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Household>(
      `SELECT h.id, h.naam, p.voornamen || COALESCE(' ' || p.tussenvoegsel, '') || ' ' || p.achternaam AS adult
         FROM "Huishouden" h
         JOIN "RegieToewijzing" r ON r."huishoudenId" = h.id AND r.tot IS NULL AND r.lead
         JOIN "User" u ON u.id = r."regisseurId" AND u.email = 'wijkcoach@wijkregie.test'
         JOIN "Casus" c ON c."huishoudenId" = h.id AND c.fase <> 'AFGESLOTEN'
         JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL AND l.rol IN ('HOOFDBEWONER', 'PARTNER')
         JOIN "Persoon" p ON p.id = l."persoonId"
        WHERE NOT EXISTS (SELECT 1 FROM "Consult" k WHERE k."huishoudenId" = h.id AND k.soort = 'VEILIGHEID' AND k.status <> 'AFGEROND')
          AND NOT (h.id = ANY($1::uuid[]))
        ORDER BY h.naam, l.rol
        LIMIT 1`,
      [skip],
    );
    if (!rows[0]) throw new Error('The demo data has no household in the wijkcoach’s regie with an open casus');
    return rows[0];
  } finally {
    await client.end();
  }
}

// H4_SCREENSHOTS=1 keeps a picture of each page for a human look.
const shot = async (page: Page, name: string) => {
  if (process.env.H4_SCREENSHOTS) await page.screenshot({ path: `/tmp/h4-${name}.png`, fullPage: true });
};

const LEEFGEBIEDEN = [
  { naam: 'Financiën', situatie: 'Achterstand bij de energieleverancier', score: '2' },
  { naam: 'Huisvesting', situatie: 'Vocht in de slaapkamer', score: '3' },
  { naam: 'Sociaal netwerk', situatie: 'Weinig contact met familie', score: '4' },
];
const AFSPRAAK_1 = 'Mevrouw belt dinsdag de schuldhulp van de gemeente';
const AFSPRAAK_2 = 'De wijkcoach vraagt de verhuurder om het vocht te verhelpen';

async function fillGesprek(page: Page, household: Household) {
  await page.getByLabel('Datum van het gesprek').fill('2026-11-20');
  await page.getByLabel('Plaats', { exact: true }).fill('Aan de keukentafel');
  await page.getByRole('group', { name: 'Wie uit het huishouden waren erbij?' }).getByLabel(household.adult).check();
  await page.getByRole('group', { name: 'Is onafhankelijke cliëntondersteuning aangeboden?' }).getByLabel('Ja').check();
  const keuze = page.getByRole('group', { name: 'Welke leefgebieden zijn besproken?' });
  for (const lg of LEEFGEBIEDEN) {
    await keuze.getByLabel(lg.naam, { exact: true }).check();
    const blok = page.getByRole('group', { name: lg.naam, exact: true });
    await blok.getByLabel('Hoe gaat het nu?').fill(lg.situatie);
    await blok.getByLabel(`ZRM-score ${household.adult}`).selectOption(lg.score);
  }
  for (const onderwerp of ['Armoede', 'Schulden', 'Onveiligheid']) {
    await page.getByRole('group', { name: onderwerp, exact: true }).getByLabel(onderwerp === 'Schulden' ? 'Signaal' : 'Geen signaal', { exact: true }).check();
  }
  await page.getByRole('group', { name: 'Participatie (werk, school, meedoen)' }).getByLabel('Geen signaal', { exact: true }).check();
  await page.getByLabel('Wat we hebben afgesproken').fill(`${AFSPRAAK_1}\n${AFSPRAAK_2}`);
}

test('a wijkcoach records consent, a gesprek with ZRM scores, a safety doubt, and sends the verslag', async ({ page }) => {
  test.setTimeout(180_000);
  const household = await assignedHousehold();
  await signIn(page, 'wijkcoach@wijkregie.test');
  const base = `/huishoudens/${household.id}`;

  // Consent to discuss in the team.
  await page.goto(`${base}/toestemmingen`);
  await expect(page.getByRole('heading', { name: 'Toestemming en gegevens delen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Wie geeft toestemming?').selectOption({ label: household.adult });
  await page.getByLabel('Hoe gegeven?').selectOption('SCHRIFTELIJK');
  // A sharing consent without a party: a message at the field, and every choice kept.
  await page.getByRole('group', { name: 'Waarvoor is de toestemming?' }).getByLabel('Delen met een partij').check();
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByText('Vul in met welke partij gegevens gedeeld mogen worden.')).toBeVisible();
  await expect(page.getByLabel('Wie geeft toestemming?')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel('Hoe gegeven?')).toHaveValue('SCHRIFTELIJK');
  await page.getByRole('group', { name: 'Waarvoor is de toestemming?' }).getByLabel('Bespreken in het team').check();
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(page.getByText('De toestemming is vastgelegd.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Vastgelegde toestemming' }).getByRole('row', { name: new RegExp(household.adult) }).first()).toContainText('Geldig');

  // Consulting an outside party without consent is refused, with the reason.
  await page.getByLabel('Partij', { exact: true }).fill('Woningcorporatie Helder Wonen');
  await page.getByLabel('Doel', { exact: true }).fill('Vochtprobleem oplossen');
  await page.getByRole('button', { name: 'Delen vastleggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Er is geen toestemming om gegevens te delen met Woningcorporatie Helder Wonen' })).toBeVisible();
  await expect(page.getByLabel('Partij', { exact: true })).toHaveValue('Woningcorporatie Helder Wonen');
  await shot(page, 'toestemmingen');

  // The gesprek, across three leefgebieden with ZRM scores; the draft survives a reload.
  await page.goto(`${base}/gesprekken`);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
  await expect(page.getByRole('heading', { name: /Nieuw gesprek met/ })).toBeVisible();
  await fillGesprek(page, household);
  await expectAccessible(page);
  await page.reload();
  await shot(page, 'gesprek-hersteld');
  await expect(page.getByText('Concept hersteld')).toBeVisible();
  await expect(page.getByLabel('Wat we hebben afgesproken')).toHaveValue(`${AFSPRAAK_1}\n${AFSPRAAK_2}`);
  await expect(page.getByRole('group', { name: 'Huisvesting', exact: true }).getByLabel('Hoe gaat het nu?')).toHaveValue('Vocht in de slaapkamer');
  await expect(page.getByRole('group', { name: 'Financiën', exact: true }).getByLabel(`ZRM-score ${household.adult}`)).toHaveValue('2');
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(page.getByText('Het gesprek is afgerond en opgeslagen')).toBeVisible();
  await expectAccessible(page);

  // The verslag: download, read, mark as sent.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Verslag downloaden (pdf)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('verslag-gesprek-2026-11-20.pdf');
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain(household.naam);
  expect(text).toContain(AFSPRAAK_1);
  expect(text).toContain(AFSPRAAK_2);
  expect(text).toContain('Achterstand bij de energieleverancier');
  await page.getByRole('button', { name: 'Markeer als verstuurd' }).click();
  await expect(page.getByText(/^Verslag verstuurd op \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await shot(page, 'gesprek-afgerond');

  // The ZRM history and the chart on the gesprekken page.
  await page.goto(`${base}/gesprekken`);
  await expect(page.getByRole('img', { name: new RegExp(`ZRM-scores van ${household.adult}`) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Alle gesprekken' })).toContainText('Verstuurd op');
  await shot(page, 'gesprekken');

  // The safety check with doubt.
  await page.goto(`${base}/veiligheid`);
  await expectAccessible(page);
  // Issue 16 item 13: an empty checklist concludes nothing (no green "Geen zorgen").
  await expect(page.getByText('Uitkomst:')).toContainText('Nog niet bekend');
  for (const group of await page.getByRole('group').filter({ has: page.getByLabel('Weet ik niet') }).all()) {
    await group.getByLabel('Nee', { exact: true }).check();
  }
  await page.getByRole('group', { name: 'Heb je een niet-pluisgevoel over de veiligheid in dit huishouden?' }).getByLabel('Ja', { exact: true }).check();
  await expect(page.getByText('Uitkomst:')).toContainText('Twijfel');
  // Without a toelichting: refused at the field, every answer kept.
  await page.getByRole('button', { name: 'Veiligheidsanalyse vastleggen' }).click();
  await expect(page.getByText('Beschrijf de signalen en je zorg: de gedragswetenschapper leest dit eerst.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Vul de toelichting in: bij twijfel, risico of acuut is die verplicht.' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Heb je een niet-pluisgevoel over de veiligheid in dit huishouden?' }).getByLabel('Ja', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Is er gedreigd met doden of met een wapen, of is iemand gewurgd?' }).getByLabel('Nee', { exact: true })).toBeChecked();
  await page.getByLabel('Toelichting').fill('Spanning in huis; de bewoner ontwijkt vragen over thuis.');
  await page.getByRole('button', { name: 'Veiligheidsanalyse vastleggen' }).click();
  await expect(page.getByText(/Er is een consult aangevraagd bij de gedragswetenschapper/)).toBeVisible();
  await expect(page.getByText(/Het veiligheidsconsult staat open/)).toBeVisible();
  // One warning about the level (the dossier header's), not three.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Consulten' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /veilig/i })).toHaveCount(1);
  await shot(page, 'veiligheid');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);

  // The gedragswetenschapper sees the consult in the queue, with its due date, opens it and answers.
  await signIn(page, 'gedrag@wijkregie.test');
  await page.goto('/consulten');
  const row = page.getByRole('table', { name: 'Open consulten' }).getByRole('row', { name: new RegExp(household.naam) });
  await expect(row).toContainText('Veiligheid');
  await expectAccessible(page);
  await shot(page, 'consulten');
  await row.getByRole('link', { name: household.naam }).click();
  await expect(page.getByText('Spanning in huis; de bewoner ontwijkt vragen over thuis.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Je advies').fill('Geen acuut gevaar. Bespreek veiligheidsafspraken en kom over twee weken terug.');
  await page.getByRole('button', { name: 'Advies geven en consult afronden' }).click();
  const advies = page.getByRole('region', { name: 'Advies' });
  await expect(advies).toContainText('Geen acuut gevaar. Bespreek veiligheidsafspraken');
  await expect(advies.getByRole('button', { name: 'Advies geven en consult afronden' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Terug naar de consulten' }).click();
  await expect(page.getByRole('table', { name: 'Door jou beantwoord' })).toContainText(household.naam);
  await shot(page, 'consult');
});

test('a gesprek keeps every value after a validation error, and a stale second tab is refused', async ({ page, context }) => {
  test.setTimeout(120_000);
  const first = await assignedHousehold();
  const household = await assignedHousehold([first.id]);
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto(`/huishoudens/${household.id}/gesprekken/nieuw`);
  await fillGesprek(page, household);
  await page.getByLabel('Wat we hebben afgesproken').fill('');
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het gesprek is nog niet compleet' })).toBeVisible();
  await expect(page.locator('#veld-afspraken')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('group', { name: 'Financiën', exact: true }).getByLabel('Hoe gaat het nu?')).toHaveValue('Achterstand bij de energieleverancier');
  await expect(page.getByRole('group', { name: 'Financiën', exact: true }).getByLabel(`ZRM-score ${household.adult}`)).toHaveValue('2');
  await expect(page.getByRole('group', { name: 'Is onafhankelijke cliëntondersteuning aangeboden?' }).getByLabel('Ja')).toBeChecked();

  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page).toHaveURL(/\/gesprekken\/[0-9a-f-]{36}\?aangemaakt=1/);
  const url = page.url().replace(/\?.*$/, '');

  // Two tabs on the same concept: the second save on the old version is refused, its input stays.
  const other = await context.newPage();
  await other.goto(url);
  await page.getByLabel('Plaats', { exact: true }).fill('Wijkcentrum');
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText(/Concept opgeslagen om/)).toBeVisible();
  await other.getByLabel('Plaats', { exact: true }).fill('Bibliotheek');
  await other.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(other.getByRole('alert').filter({ hasText: /Je hebt dit gesprek \(in een ander venster of tabblad\) (vandaag )?(om|op) .*opgeslagen/ })).toBeVisible();
  await expect(other.getByLabel('Plaats', { exact: true })).toHaveValue('Bibliotheek');
});

test('a gesprek typed while the session ran out is offered back after signing in again', async ({ page, context }) => {
  test.setTimeout(120_000);
  const first = await assignedHousehold();
  const household = await assignedHousehold([first.id]);
  await signIn(page, 'wijkcoach@wijkregie.test');
  const url = `/huishoudens/${household.id}/gesprekken/nieuw`;
  await page.goto(url);
  await page.getByLabel('Plaats', { exact: true }).fill('Bij de buren');
  await page.getByLabel('Wat we hebben afgesproken').fill('Zoon regelt de boodschappen');
  // The session ends (idle timeout, or signed out in another tab) before the caseworker saves.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'je sessie is verlopen' })).toBeVisible();
  await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('Bij de buren');
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto(url);
  await expect(page.getByText('Concept hersteld')).toBeVisible();
  await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('Bij de buren');
  await expect(page.getByLabel('Wat we hebben afgesproken')).toHaveValue('Zoon regelt de boodschappen');
});
