import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

// The desk: a melding by phone about someone who already lives in a household; a new household for them only by an
// explicit choice with a reason; then a triage whose safety doubt blocks closing at triage.

/** A demo person in a current household, with a BSN. */
async function pickPerson() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT p."voornamen", p."tussenvoegsel", p."achternaam", p."bsn", h."naam" AS huishouden
        FROM "Persoon" p
        JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL AND l."rol" = 'PARTNER'
        JOIN "Huishouden" h ON h."id" = l."huishoudenId"
       WHERE p."bsn" IS NOT NULL
       ORDER BY p."achternaam", p."voornamen" LIMIT 1`);
    if (!rows[0]) throw new Error('The demo seed has no partner with a BSN');
    return rows[0] as { voornamen: string; tussenvoegsel: string | null; achternaam: string; bsn: string; huishouden: string };
  } finally {
    await client.end();
  }
}

test('a new household for someone who has one needs a reason; doubt about safety blocks closing at triage', async ({ page }) => {
  const persoon = await pickPerson();
  const naam = [persoon.voornamen, persoon.tussenvoegsel, persoon.achternaam].filter(Boolean).join(' ');

  await signIn(page, 'frontoffice@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await page.getByRole('link', { name: 'Melding registreren' }).click();
  await page.getByLabel('Hoe kwam de melding binnen?').selectOption('TELEFOON');
  await page.getByLabel('Naam', { exact: true }).fill(naam);
  await page.getByLabel('Postcode').fill('1785 XY');
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Vraag of zorg').fill('Is net uit huis gegaan na ruzie, slaapt bij een vriend en zoekt woonruimte.');
  await page.getByRole('group', { name: 'Zijn er zorgen over iemands veiligheid?' }).getByRole('radio', { name: 'Twijfel' }).check();
  await page.getByRole('button', { name: 'Melding registreren' }).click();
  await expect(page.getByText('Melding geregistreerd')).toBeVisible();
  await expect(page.getByText('Urgent', { exact: true }).first()).toBeVisible();

  await page.getByText('Niet gevonden? Nieuw huishouden aanmaken').click();
  await page.locator('#nieuw-huishouden').getByLabel('BSN').fill(persoon.bsn);
  await page.locator('#nieuw-huishouden').getByLabel('Straat').fill('Zuidstraat');
  await page.getByRole('button', { name: 'Nieuw huishouden aanmaken en koppelen' }).click();
  await expect(page.getByText(`${naam} hoort al bij ${persoon.huishouden}`).first()).toBeVisible();
  await expect(page.getByLabel('Straat')).toHaveValue('Zuidstraat');
  await page.getByRole('checkbox', { name: /Ja, maak toch een nieuw huishouden/ }).check();
  await page.getByRole('button', { name: 'Nieuw huishouden aanmaken en koppelen' }).click();
  await expect(page.getByText('Geef de reden waarom deze persoon een nieuw huishouden krijgt.').first()).toBeVisible();
  await page.getByLabel('Reden').fill('Uit elkaar gegaan, woont nu apart');
  await page.getByRole('button', { name: 'Nieuw huishouden aanmaken en koppelen' }).click();
  await expect(page.getByText('Melding gekoppeld', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verloop', exact: true })).toContainText('nieuw huishouden aangemaakt en melding gekoppeld');

  await page.getByRole('link', { name: 'Triage doen' }).click();
  await page.getByRole('radio', { name: /Informatie en advies/ }).check();
  await page.getByRole('radio', { name: 'Twijfel' }).check();
  await page.getByRole('checkbox', { name: 'Huisvesting' }).check();
  await page.getByRole('group', { name: 'Zijn alle leden van het huishouden in beeld?' }).getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('radio', { name: 'Afsluiten met informatie en advies' }).check();
  await page.getByLabel('Toelichting of gegeven advies').fill('Verwezen naar de woningcorporatie.');
  await page.getByRole('button', { name: 'Triage vastleggen' }).click();
  await expect(page.getByText('Sluiten kan niet zolang er een veiligheidsconsult openstaat.').first()).toBeVisible();
  await expect(page.getByLabel('Toelichting of gegeven advies')).toHaveValue('Verwezen naar de woningcorporatie.');
  await expect(page.getByRole('radio', { name: 'Twijfel' })).toBeChecked();
  await page.screenshot({ path: '/tmp/h3-triage.png', fullPage: true });
  await expectAccessible(page);

  await page.getByRole('radio', { name: /Enkelvoudige vraag/ }).check();
  await page.getByRole('radio', { name: 'Met indicatie (maatwerk waarschijnlijk)' }).check();
  await page.getByRole('radio', { name: 'Kortdurende hulp door het team' }).check();
  await page.getByRole('button', { name: 'Triage vastleggen' }).click();
  await expect(page.getByText('Triage vastgelegd')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Casus', exact: true })).toContainText('Kortdurende hulp');
  await expect(page.getByRole('region', { name: 'Triage', exact: true })).toContainText('Twijfel');
});

test('the worklist filters by wijk, channel and status and pages through the meldingen', async ({ page }) => {
  await signIn(page, 'teamlead@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Casusverdeling' })).toBeVisible();
  await page.goto('/meldingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await page.getByLabel('Status').selectOption('alle');
  await page.getByRole('button', { name: 'Filteren' }).click();
  await expect(page.getByText(/Pagina 1 van \d+/)).toBeVisible();
  await page.screenshot({ path: '/tmp/h3-worklist.png', fullPage: true });
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Volgende pagina' }).click();
  await expect(page.getByText(/Pagina 2 van \d+/)).toBeVisible();
  await page.getByLabel('Wijk').selectOption({ label: 'Julianadorp' });
  await page.getByLabel('Kanaal').selectOption('TELEFOON');
  await page.getByRole('button', { name: 'Filteren' }).click();
  const rows = page.getByRole('table', { name: 'Meldingen' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  for (const cell of await page.getByRole('table', { name: 'Meldingen' }).getByRole('row').locator('td:nth-child(3)').allTextContents()) expect(cell).toBe('Telefoon');
  for (const cell of await page.getByRole('table', { name: 'Meldingen' }).getByRole('row').locator('td:nth-child(4)').allTextContents()) expect(cell).toBe('Julianadorp');
});
