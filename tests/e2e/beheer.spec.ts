import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, query, signIn } from './support';

// Issue 12, done when: the beheerder creates a new wijkcoach with a mandate and a focuswijk, who can then sign in
// and appears in casusverdeling; adds a product and a voorziening, which then appear in the plan's arrangement
// choices and the triage advice (and on the sociale kaart the front office searches).

// Serial: later steps use the coach, product and voorziening made earlier. The demo data is shared with the other
// specs of a run, so what this spec changes there is put back at the end of the step that changed it.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const stamp = Date.now().toString(36);
const COACH = { naam: 'Iris Vermeulen', email: `iris.vermeulen.${stamp}@wijkregie.test`, wachtwoord: 'Welkom-Wijkregie-2026' };
const PRODUCT = { code: '06A01', naam: `Ambulante woonbegeleiding ${stamp}` };
const VOORZIENING = `Rouwgroep Helder Verder ${stamp}`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }); // yyyy-mm-dd

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('the beheerder creates a wijkcoach with a focuswijk and a mandate, who signs in and is in the casusverdeling', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-home.png', fullPage: true });

  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Medewerkers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkers' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nieuwe medewerker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe medewerker' })).toBeVisible();

  // A weak password is refused at the field, and what was typed stays.
  await page.getByLabel('Naam', { exact: true }).fill(COACH.naam);
  await page.getByLabel('E-mailadres').fill(COACH.email);
  await page.getByLabel('Functie').fill('Wijkcoach');
  await page.getByRole('group', { name: 'Rollen' }).getByLabel('Wijkcoach').check();
  await page.getByLabel('Eerste wachtwoord').fill('welkom');
  await page.getByRole('combobox', { name: 'Team (niet verplicht)' }).selectOption({ label: 'Sociaal wijkteam Noord' });
  await page.getByRole('group', { name: 'Focuswijken' }).getByLabel('Centrum').check();
  await page.getByRole('button', { name: 'Medewerker aanmaken' }).click();
  await expect(page.getByText('Gebruik minstens 12 tekens.')).toBeVisible();
  await expect(page.getByLabel('Eerste wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('E-mailadres')).toHaveValue(COACH.email);
  await expect(page.getByRole('group', { name: 'Focuswijken' }).getByLabel('Centrum')).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel('Eerste wachtwoord').fill(COACH.wachtwoord);
  await page.getByRole('button', { name: 'Medewerker aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COACH.naam })).toBeVisible();
  await expect(page.getByText('De medewerker is aangemaakt.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Teamlidmaatschappen' })).toContainText('Sociaal wijkteam Noord');

  // A mandate that does not fit the role is refused with the reason; a fitting one is added.
  await page.getByLabel('Soort mandaat').selectOption({ label: 'Beschikking vaststellen' });
  await page.getByRole('button', { name: 'Mandaat toevoegen' }).click();
  await expect(page.getByText('Dit mandaat past alleen bij de rol backoffice. Geef de medewerker eerst die rol.').first()).toBeVisible();
  await page.getByLabel('Soort mandaat').selectOption({ label: 'Plan vaststellen' });
  await page.getByLabel('Wet', { exact: true }).selectOption({ label: 'Wmo 2015' });
  await page.getByRole('button', { name: 'Mandaat toevoegen' }).click();
  await expect(page.getByText('Het mandaat is toegevoegd.')).toBeVisible();
  const mandaten = page.getByRole('table', { name: 'Mandaten' });
  await expect(mandaten.getByRole('row').filter({ hasText: 'Plan vaststellen' })).toContainText('Wmo 2015');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-medewerker.png', fullPage: true });
  await signOut(page);

  // The new wijkcoach signs in and lands on her own start page.
  await signIn(page, COACH.email, COACH.wachtwoord);
  await expect(page).toHaveURL(/\/werkvoorraad$/);
  await expect(page.getByText(COACH.naam).first()).toBeVisible();
  await signOut(page);

  // The teamleider of her team sees her, with her focuswijk, in the casusverdeling.
  await signIn(page, 'teamlead@wijkregie.test');
  await page.goto('/casusverdeling');
  const row = page.getByRole('row').filter({ hasText: COACH.naam });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Centrum');
});

test('a product and a voorziening added in beheer are offered in the plan, in triage and on the sociale kaart', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/producten');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nieuw product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw product' })).toBeVisible();
  await page.getByLabel('Wet', { exact: true }).selectOption({ label: 'Wmo 2015' });
  await page.getByLabel('Productcode').fill('6A01');
  await page.getByLabel('Naam', { exact: true }).fill(PRODUCT.naam);
  await page.getByLabel('Eenheid', { exact: true }).selectOption({ label: '04 Uur' });
  await page.getByLabel('Standaardfrequentie').selectOption({ label: '2 Per week' });
  await page.getByLabel('Tarief per eenheid (euro)').fill('58,75');
  await page.getByLabel('Actief vanaf').fill(today());
  await page.getByRole('button', { name: 'Product toevoegen' }).click();
  await expect(page.getByText('Een productcode is 2 cijfers (de categorie) en 3 hoofdletters of cijfers, bijvoorbeeld 07A12.')).toBeVisible();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(PRODUCT.naam);
  await page.getByLabel('Productcode').fill(PRODUCT.code);
  await page.getByRole('button', { name: 'Product toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${PRODUCT.code} ${PRODUCT.naam}` })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/beheer/sociale-kaart/nieuw');
  await page.getByLabel('Naam', { exact: true }).fill(VOORZIENING);
  await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Algemene voorziening' });
  await page.getByLabel('Wat biedt de voorziening?').fill('Een lotgenotengroep voor wie een dierbare heeft verloren, elke twee weken.');
  await page.getByLabel('Voor wie?').fill('Volwassenen na een verlies');
  await page.getByRole('group', { name: 'Leefgebieden' }).getByLabel('Geestelijke gezondheid').check();
  await page.getByLabel('Openingstijden').fill('Om de week op dinsdagavond');
  await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
  await expect(page.getByText('De voorziening staat op de sociale kaart.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Voorzieningen op de sociale kaart' })).toContainText(VOORZIENING);
  await expectAccessible(page);
  await signOut(page);

  // The front office finds it on the sociale kaart and in the triage advice.
  await signIn(page, 'frontoffice@wijkregie.test');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sociale kaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sociale kaart' })).toBeVisible();
  await page.getByLabel('Zoekwoorden').fill('verlies');
  await page.getByLabel('Leefgebied', { exact: true }).selectOption({ label: 'Geestelijke gezondheid' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /1 voorziening gevonden/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: VOORZIENING })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/sociale-kaart.png', fullPage: true });

  const [melding] = await query<{ id: string }>(`SELECT id FROM "Melding" WHERE status IN ('NIEUW', 'IN_TRIAGE') ORDER BY "ontvangenOp" LIMIT 1`);
  expect(melding).toBeTruthy();
  await page.goto(`/meldingen/${melding.id}/triage`);
  await expect(page.getByText(VOORZIENING).first()).toBeAttached();
  await signOut(page);

  // The wijkcoach can choose the product in the arrangement of a plan in the making.
  const [plan] = await query<{ huishoudenId: string }>(`
    SELECT p."huishoudenId" FROM "Ondersteuningsplan" p
      JOIN "PlanVersie" v ON v."planId" = p.id AND v.status = 'CONCEPT'
      JOIN "RegieToewijzing" r ON r."huishoudenId" = p."huishoudenId" AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = 'wijkcoach@wijkregie.test'
     WHERE p.actueel LIMIT 1`);
  expect(plan).toBeTruthy();
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto(`/huishoudens/${plan.huishoudenId}/plan/bewerken`);
  await page.getByRole('button', { name: 'Hulp toevoegen' }).click();
  const hulp = page.getByRole('group', { name: /^Hulp \d+$/ }).last();
  await hulp.getByLabel('Soort hulp').selectOption({ label: 'Maatwerk' });
  await expect(hulp.getByLabel('Product uit de catalogus').locator('option', { hasText: `${PRODUCT.code} ${PRODUCT.naam}` })).toHaveCount(1);
  await hulp.getByLabel('Soort hulp').selectOption({ label: 'Algemene voorziening' });
  await expect(hulp.getByLabel('Voorziening van de sociale kaart').locator('option', { hasText: VOORZIENING })).toHaveCount(1);
});

test('a catalogue file with a wrong code is refused line by line and changes nothing; the export downloads', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/producten/import');
  await expectAccessible(page);
  const before = await query<{ n: string }>(`SELECT count(*) AS n FROM "Product"`);
  const csv = [
    'wet;code;naam;eenheid;frequentie;leveringsvormen;tarief;actief_van;actief_tot',
    'WMO;05A01;Kortdurend verblijf weekend;14;4;ZIN;150,00;01-01-2027;',
    'WMO;5A-01;Fout in de code;14;4;ZIN;150,00;01-01-2027;',
  ].join('\n');
  await page.getByLabel('CSV-bestand').setInputFiles({ name: 'catalogus.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(page.getByText('1 regel bevat fouten. Er is niets gewijzigd.')).toBeVisible();
  const regel3 = page.getByRole('table', { name: 'Regels van het bestand' }).getByRole('row').filter({ hasText: 'Fout in de code' });
  await expect(regel3).toContainText('3');
  await expect(regel3).toContainText('Code: Een productcode is 2 cijfers');
  await expect(page.getByRole('button', { name: /importeren$/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-import.png', fullPage: true });
  expect(await query<{ n: string }>(`SELECT count(*) AS n FROM "Product"`)).toEqual(before);

  await page.goto('/beheer/producten');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteren (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^productcatalogus-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('a deactivated wijkcoach can no longer sign in, and the beheerder sees what stays in regie', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/medewerkers');
  await page.getByLabel('Naam of e-mailadres').fill(COACH.email);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name: COACH.naam }).click();
  await expect(page.getByRole('heading', { level: 1, name: COACH.naam })).toBeVisible();
  // Give her casusregie on one open casus of her team, as casusverdeling would have done.
  const [casus] = await query<{ id: string; nummer: string }>(`
    SELECT c.id, c.nummer FROM "Casus" c JOIN "Team" t ON t.id = c."teamId" AND t.naam = 'Sociaal wijkteam Noord'
     WHERE c.fase = 'UITVOERING' ORDER BY c.nummer DESC LIMIT 1`);
  await query(
    `INSERT INTO "RegieToewijzing" (id, "gemeenteId", "huishoudenId", "casusId", vorm, lead, "regisseurId", reden, "toegewezenDoorId")
     SELECT gen_random_uuid(), c."gemeenteId", c."huishoudenId", c.id, 'CASUSREGIE', false, u.id, 'e2e beheer', u.id
       FROM "Casus" c, "User" u WHERE c.id = $1 AND u.email = $2`,
    [casus.id, COACH.email],
  );
  await page.reload();
  await expect(page.getByText('1 huishouden blijft in regie tot de teamleider de regie overdraagt in Casusverdeling.')).toBeVisible();
  // Issue 16 item 20: not without a confirmation.
  await page.getByRole('button', { name: 'Account deactiveren' }).click();
  await expect(page.getByText('Vink aan dat je dit account wilt deactiveren.')).toBeVisible();
  await page.getByLabel('Ik wil dit account deactiveren').check();
  await page.getByRole('button', { name: 'Account deactiveren' }).click();
  await expect(page.getByText('Het account is gedeactiveerd.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Regie over te dragen' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Regie van deze gedeactiveerde medewerker' })).toContainText(casus.nummer);
  await query(`UPDATE "RegieToewijzing" SET tot = now(), eindreden = 'e2e beheer opgeruimd' WHERE reden = 'e2e beheer' AND tot IS NULL`);
  await expectAccessible(page);
  await signOut(page);

  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(COACH.email);
  await page.getByLabel('Wachtwoord').fill(COACH.wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Het e-mailadres of wachtwoord klopt niet.' })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('the beheerder keeps wijken and their postcodes, refusing an overlap at the field', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/wijken');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Centrum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centrum' })).toBeVisible();
  await page.getByLabel('Eerste postcode').fill('1785 ab');
  await page.getByLabel('Laatste postcode').fill('1785 AZ');
  await page.getByRole('button', { name: 'Reeks toevoegen' }).click();
  await expect(page.getByText('Deze reeks overlapt met 1785 AA – 1785 ZZ van wijk Nieuw Den Helder.').first()).toBeVisible();
  await expect(page.getByLabel('Eerste postcode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Eerste postcode')).toHaveValue('1785 ab');
  await page.getByLabel('Eerste postcode').fill('1789 AA');
  await page.getByLabel('Laatste postcode').fill('1789 BZ');
  await page.getByRole('button', { name: 'Reeks toevoegen' }).click();
  await expect(page.getByRole('table', { name: 'Postcodereeksen van deze wijk' })).toContainText('1789 AA');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-wijk.png', fullPage: true });

  await page.goto('/beheer/teams');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sociaal wijkteam Noord' }).click();
  await expect(page.getByRole('table', { name: 'Huidige leden' })).toContainText('Mirjam Hoekstra');
  await expectAccessible(page);
});

test('a renamed leefgebied is logged with its old and new name', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/leefgebieden');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Tijdsbesteding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tijdsbesteding' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Naam', { exact: true }).fill('Dagbesteding en vrije tijd');
  await page.getByRole('button', { name: 'Leefgebied opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Leefgebieden' })).toContainText('Dagbesteding en vrije tijd');
  const [audit] = await query<{ before: { naam: string }; after: { naam: string } }>(
    `SELECT before, after FROM "AuditEntry" WHERE actie = 'LEEFGEBIED_UPDATED' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit).toEqual({ before: { naam: 'Tijdsbesteding' }, after: { naam: 'Dagbesteding en vrije tijd' } });

  await page.getByRole('link', { name: 'Dagbesteding en vrije tijd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dagbesteding en vrije tijd' })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill('Tijdsbesteding');
  await page.getByRole('button', { name: 'Leefgebied opslaan' }).click();
  await expect(page.getByRole('table', { name: 'Leefgebieden' })).toContainText('Tijdsbesteding');
});

test('the beheerder adds an aanbieder with a valid AGB code and a contract', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/aanbieders');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nieuwe aanbieder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe aanbieder' })).toBeVisible();
  await page.getByLabel('Naam', { exact: true }).fill(`Thuisbegeleiding De Vaart ${stamp}`);
  await page.getByLabel('AGB-code').fill('9810 009');
  await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
  await expect(page.getByText('Vul een AGB-code van 8 cijfers in, bijvoorbeeld 98100011.').first()).toBeVisible();
  await page.getByLabel('AGB-code').fill('9810 0097');
  await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Thuisbegeleiding De Vaart ${stamp}` })).toBeVisible();
  await page.getByLabel('Product', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Contracttarief per eenheid (euro)').fill('61,20');
  await page.getByLabel('Vanaf', { exact: true }).fill(today());
  await page.getByRole('button', { name: 'Contract toevoegen' }).click();
  await expect(page.getByRole('table', { name: 'Gecontracteerde producten' })).toContainText('€ 61,20');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-aanbieder.png', fullPage: true });

  await page.goto('/beheer/sociale-kaart');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Voedselbank Den Helder' }).click();
  await expect(page.getByLabel('Wat biedt de voorziening?')).not.toBeEmpty();
  await expectAccessible(page);
});

test('the gemeente settings refuse a term longer than the law, and save a valid one', async ({ page }) => {
  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer/instellingen');
  await page.getByLabel('Beschikking na aanvraag (Wmo)').fill('21');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('Kies tussen 1 en 14 dagen (Wmo 2015 art. 2.3.5: binnen twee weken).').first()).toBeVisible();
  await expect(page.getByLabel('Beschikking na aanvraag (Wmo)')).toHaveValue('21');
  await page.getByLabel('Beschikking na aanvraag (Wmo)').fill('14');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/beheer-instellingen.png', fullPage: true });
});

test('other roles cannot open beheer, and beheer is not in their menu', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/beheer/medewerkers');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Sociale kaart' })).toBeVisible();
  const response = await page.request.get('/beheer/producten/export');
  expect(response.status()).toBe(403);
});
