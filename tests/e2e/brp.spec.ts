import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

// Issue 20 at the desk, against the local BRP that scripts/e2e.ts starts beside the app (BRP_URL, BRP_API_KEY): a
// published test person (Manfred Mann, 999999163, Turfmarkt 25a 's-Gravenhage) is found by BSN in the BRP and
// registered with the BRP's data and the household members at the same address; after a move in the BRP the nightly
// check (run directly here) puts the difference in the regisseur's werkvoorraad as a task.

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = process.env.E2E_SCREENSHOTS;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test('a test person found by BSN in the BRP is registered with their household; a move in the BRP becomes a task', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'frontoffice@wijkregie.test');
  await page.getByRole('link', { name: 'Melding registreren' }).click();
  await page.getByLabel('Hoe kwam de melding binnen?').selectOption('TELEFOON');
  await page.getByLabel('Naam', { exact: true }).fill('Manfred Mann');
  await page.getByLabel('Vraag of zorg').fill('Belt over hulp bij de opvoeding en het huishouden.');
  await page.getByRole('group', { name: 'Zijn er zorgen over iemands veiligheid?' }).getByRole('radio', { name: 'Nee' }).check();
  await page.getByRole('button', { name: 'Melding registreren' }).click();
  await expect(page.getByText('Melding geregistreerd')).toBeVisible();

  // Found by BSN in the BRP (not yet in Wijkregie)
  await page.getByRole('textbox', { name: 'BSN' }).fill('999999163');
  await page.getByRole('button', { name: 'Zoeken op BSN' }).click();
  await expect(page.getByRole('heading', { name: 'In de BRP' })).toBeVisible();
  await expect(page.getByText("Turfmarkt 25a, 2511 CA 'S-GRAVENHAGE")).toBeVisible();
  await page.getByRole('link', { name: /^Registreren uit de BRP\s*: Manfred Mann$/ }).click();

  const registratie = page.getByRole('region', { name: 'Registreren uit de BRP' });
  await expect(registratie).toContainText('Manfred Mann');
  await expect(registratie).toContainText("Turfmarkt 25A, 2511 CA 's-Gravenhage");
  // Those registered at the same address are offered and chosen; a child who lives elsewhere is offered, not chosen
  await expect(registratie.getByRole('checkbox', { name: /Manon Maasland/ })).toBeChecked();
  await expect(registratie.getByRole('checkbox', { name: /Menno van de Meulengraaf/ })).toBeChecked();
  await expect(registratie.getByRole('checkbox', { name: /Meike Maasland/ })).not.toBeChecked();
  await expect(registratie.getByRole('combobox', { name: 'Rol van Manon Maasland' })).toHaveValue('PARTNER');
  // Issue 20 item 5: the BRP has him in 's-Gravenhage, not in this gemeente (Den Helder): a warning, and registering
  // only with a reason; without one the form says so at the field and keeps the choices.
  await expect(registratie.getByText("Ingeschreven in 's-Gravenhage").first()).toBeVisible();
  await registratie.getByRole('checkbox', { name: /Menno van de Meulengraaf/ }).uncheck();
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-registratie.png'), fullPage: true });
  await registratie.getByRole('button', { name: 'Huishouden uit de BRP registreren en koppelen' }).click();
  const reden = registratie.getByRole('textbox', { name: 'Waarom registreert u deze persoon toch hier?' });
  await expect(reden).toHaveAccessibleDescription(/andere gemeente ingeschreven/);
  await expect(registratie.getByRole('checkbox', { name: /Menno van de Meulengraaf/ })).not.toBeChecked();
  await registratie.getByRole('checkbox', { name: /Menno van de Meulengraaf/ }).check();
  await reden.fill('Het gezin verhuist deze maand naar Den Helder; de school van de kinderen is hier.');
  await registratie.getByRole('button', { name: 'Huishouden uit de BRP registreren en koppelen' }).click();

  await expect(page.getByText('Melding gekoppeld', { exact: true })).toBeVisible();
  const huishouden = page.getByRole('region', { name: 'Huishouden', exact: true });
  await expect(huishouden).toContainText('Huishouden Mann');
  await expect(huishouden).toContainText('Turfmarkt 25A');
  for (const naam of ['Manfred Mann', 'Manon Maasland', 'Menno van de Meulengraaf', 'Mirthe van de Meulengraaf']) await expect(huishouden).toContainText(naam);
  await expect(huishouden).not.toContainText('Meike');

  // The casus gets a regisseur (the teamlead's work, not under test here), then the test person moves in the BRP.
  const [casus] = await sql<{ id: string; huishoudenId: string; gemeenteId: string }>(
    `SELECT c."id", c."huishoudenId", c."gemeenteId" FROM "Casus" c JOIN "Huishouden" h ON h."id" = c."huishoudenId" WHERE h."naam" = 'Huishouden Mann' AND c."fase" <> 'AFGESLOTEN'`);
  const [coach] = await sql<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = 'wijkcoach@wijkregie.test'`);
  await sql(
    `INSERT INTO "RegieToewijzing" ("id", "gemeenteId", "huishoudenId", "casusId", "vorm", "lead", "regisseurId", "reden", "toegewezenDoorId")
     VALUES (gen_random_uuid(), $1, $2, $3, 'CASUSREGIE', true, $4, 'E2E: regisseur voor de BRP-controle', $4)`,
    [casus.gemeenteId, casus.huishoudenId, casus.id, coach.id]);
  const brpBase = new URL(process.env.BRP_URL!);
  const res = await fetch(`${brpBase.origin}/lokaal/personen/999999163`, {
    method: 'PATCH',
    headers: { 'x-api-key': process.env.BRP_API_KEY!, 'content-type': 'application/json' },
    body: JSON.stringify({
      verblijfplaats: { functieAdres: { code: 'W', omschrijving: 'woonadres' }, straat: 'Spoorstraat', naamOpenbareRuimte: 'Spoorstraat', huisnummer: '12', postcode: '1781AB', woonplaats: 'Den Helder' },
      gemeenteVanInschrijving: { code: '0400', omschrijving: 'Den Helder' },
    }),
  });
  expect(res.status).toBe(204);

  // The nightly check, triggered directly
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/brp-controle.ts'], { cwd: ROOT, env: process.env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // Nothing changed silently: the household keeps its address until someone decides
  await page.reload();
  await expect(huishouden).toContainText('Turfmarkt 25A');

  await page.context().clearCookies();
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/werkvoorraad');
  const taak = page.getByText('BRP: Manfred Mann woont op een ander adres');
  const meer = page.getByRole('link', { name: /^Meer tonen/ });
  while (!(await taak.count()) && (await meer.count())) await meer.click();
  await expect(taak).toBeVisible();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-werkvoorraad.png'), fullPage: false });

  // The dossier shows the difference with the BRP next to the member, with the BRP's value
  await page.goto(`/huishoudens/${casus.huishoudenId}/leden`);
  await page.getByRole('link', { name: /^Vergelijk met de BRP\s*: Manfred Mann$/ }).click();
  const vergelijking = page.getByRole('region', { name: 'Manfred Mann in de BRP' });
  await expect(vergelijking.getByRole('table', { name: 'Verschillen met de BRP' })).toContainText('Spoorstraat 12, 1781 AB Den Helder');
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-leden.png'), fullPage: true });
  // the reason for registering someone of another gemeente stays with the person
  await expect(page.getByRole('table', { name: 'Huidige leden' })).toContainText('Reden: Het gezin verhuist deze maand naar Den Helder');

  // Issue 20 item 1: the BRP can no longer say who has gezag over Mirthe (11). Taken over from the BRP, the record
  // says so, and the wijkcoach records the decision with the document it rests on.
  const gezag = await fetch(`${brpBase.origin}/lokaal/personen/999999151`, {
    method: 'PATCH',
    headers: { 'x-api-key': process.env.BRP_API_KEY!, 'content-type': 'application/json' },
    body: JSON.stringify({ gezag: [{ type: 'GezagNietTeBepalen', minderjarige: { burgerservicenummer: '999999151' }, toelichting: 'Uitspraak rechtbank nog niet verwerkt.' }] }),
  });
  expect(gezag.status).toBe(204);
  await page.getByRole('link', { name: /^Vergelijk met de BRP\s*: Mirthe van de Meulengraaf$/ }).click();
  const mirthe = page.getByRole('region', { name: 'Mirthe van de Meulengraaf in de BRP' });
  await expect(mirthe).toContainText('gezag niet te bepalen');
  await mirthe.getByRole('button', { name: 'Gegevens overnemen uit de BRP' }).click();
  await expect(mirthe.getByText('De gegevens zijn overgenomen uit de BRP.')).toBeVisible();
  const leden = page.getByRole('table', { name: 'Huidige leden' });
  await expect(leden.getByRole('row', { name: /Mirthe/ })).toContainText('Gezag onbekend in de BRP');
  await leden.getByRole('link', { name: /^Gezag vaststellen\s*: Mirthe van de Meulengraaf$/ }).click();

  const vaststellen = page.getByRole('region', { name: 'Gezag vaststellen: Mirthe van de Meulengraaf' });
  await expect(vaststellen).toContainText('De BRP noemt niemand met gezag');
  // nothing chosen: the form says what is missing, at the fields
  await vaststellen.getByRole('button', { name: 'Gezag vastleggen' }).click();
  await expect(vaststellen.getByRole('group', { name: 'Wie heeft het gezag?' })).toContainText('Kies wie het gezag heeft, of vul een naam in.');
  await expect(vaststellen.getByRole('combobox', { name: 'Waarop rust het besluit?' })).toHaveAccessibleDescription(/Kies het document/);
  await vaststellen.getByRole('checkbox', { name: 'Manon Maasland' }).check();
  await vaststellen.getByRole('combobox', { name: 'Waarop rust het besluit?' }).selectOption('GEZAGSREGISTER');
  await vaststellen.getByLabel('Datum van het document').fill('2026-11-30');
  await vaststellen.getByLabel('Kenmerk van het document').fill('GR-2026-0815');
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-gezag-vaststellen.png'), fullPage: true });
  await vaststellen.getByRole('button', { name: 'Gezag vastleggen' }).click();
  await expect(vaststellen.getByText('Het gezag is vastgelegd.')).toBeVisible();
  await page.reload();
  const rij = page.getByRole('table', { name: 'Huidige leden' }).getByRole('row', { name: /Mirthe/ });
  await expect(rij).toContainText('Gezag vastgesteld door het wijkteam');
  await expect(rij).toContainText(/Gezag: Manon Maasland\s*Vastgesteld door .+ op \d+ .+; uittreksel uit het gezagsregister van 30 november 2026 \(GR-2026-0815\)/);
  await expect(rij).not.toContainText('Gezag onbekend in de BRP');
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-gezag-vastgesteld.png'), fullPage: true });
  // the overview says where the gezag comes from
  await page.goto(`/huishoudens/${casus.huishoudenId}`);
  await expect(page.getByText('Manon Maasland (gezag, vastgesteld door het wijkteam)')).toBeVisible();
});

// Issue 20 item 4: a BRP task of the nightly check that nobody got (no regisseur, no teamlead for the casus's team or
// wijk) is listed for the teamlead in Casusverdeling, who takes it into their own werkvoorraad.
test('a BRP task without behandelaar is visible to the teamlead, who takes it', async ({ page }) => {
  test.setTimeout(180_000);
  const [lead] = await sql<{ id: string; gemeenteId: string }>(`SELECT "id", "gemeenteId" FROM "User" WHERE "email" = 'teamlead@wijkregie.test'`);
  const [casus] = await sql<{ id: string; huishoudenId: string; persoonId: string; naam: string }>(
    `SELECT c."id", c."huishoudenId", l."persoonId", h."naam" FROM "Casus" c
       JOIN "Huishouden" h ON h."id" = c."huishoudenId"
       JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h."id" AND l."tot" IS NULL
      WHERE c."fase" = 'WACHT_OP_REGIE' AND c."teamId" IN (SELECT "teamId" FROM "TeamLidmaatschap" WHERE "userId" = $1 AND "tot" IS NULL)
      ORDER BY c."id" LIMIT 1`, [lead.id]);
  await sql(
    `INSERT INTO "Taak" ("id", "gemeenteId", "huishoudenId", "casusId", "persoonId", "brpSignaal", "titel", "omschrijving", "uiterlijkOp", "aangemaaktDoorId")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, 'OVERLEDEN', 'BRP: E2E-persoon is overleden', 'Volgens de BRP overleden.', CURRENT_DATE + 5, '00000000-0000-0000-0000-000000000000')`,
    [lead.gemeenteId, casus.huishoudenId, casus.id, casus.persoonId]);

  await signIn(page, 'teamlead@wijkregie.test');
  await page.goto('/casusverdeling');
  const lijst = page.getByRole('table', { name: 'BRP-taken zonder behandelaar' });
  const rij = lijst.getByRole('row', { name: /E2E-persoon is overleden/ });
  await expect(rij).toContainText(casus.naam);
  await expectAccessible(page);
  await lijst.scrollIntoViewIfNeeded();
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-zonder-behandelaar.png'), fullPage: false });
  await rij.getByRole('button', { name: /^Zelf oppakken/ }).click();
  await expect(page.getByText('De taak staat nu in je werkvoorraad.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'BRP-taken zonder behandelaar' })).toHaveCount(0);
  const [taak] = await sql<{ toegewezenAanId: string | null }>(`SELECT "toegewezenAanId" FROM "Taak" WHERE "titel" = 'BRP: E2E-persoon is overleden'`);
  expect(taak.toegewezenAanId).toBe(lead.id);
});

// Issue 20 item 2: a client under BRP geheimhouding. The backoffice is warned before sending the WMO301, must say how
// the aanbieder was told, and the message carries the gemeente's postal address (soort 02), not the home address.
test('geheimhouding: the WMO301 leaves the home address out, after the backoffice says how the aanbieder was told', async ({ page }) => {
  test.setTimeout(180_000);
  const [b] = await sql<{ id: string; persoonId: string; straat: string }>(
    `SELECT b."id", b."persoonId", h."straat" FROM "Beschikking" b
       JOIN "BeschiktProduct" bp ON bp."beschikkingId" = b."id"
       JOIN "Toewijzing" t ON t."beschiktProductId" = bp."id"
       JOIN "Huishouden" h ON h."id" = b."huishoudenId"
       JOIN "Persoon" p ON p."id" = b."persoonId"
      WHERE b."status" IN ('VASTGESTELD', 'VERZONDEN') AND t."status" = 'NIEUW' AND t."wet" = 'WMO' AND p."bsn" IS NOT NULL AND p."geboortedatum" IS NOT NULL
      ORDER BY b."id" LIMIT 1`);
  await sql(`UPDATE "Persoon" SET "geheimhouding" = true WHERE "id" = $1`, [b.persoonId]);

  await signIn(page, 'backoffice@wijkregie.test');
  await page.goto(`/beschikkingen/${b.id}`);
  await expect(page.getByText('Geheimhouding: het woonadres gaat niet mee')).toBeVisible();
  await page.getByRole('button', { name: /versturen naar de aanbieders?$/ }).click();
  const afspraak = page.getByRole('textbox', { name: 'Hoe hebt u de aanbieder ingelicht?' });
  await expect(afspraak).toHaveAccessibleDescription(/geheimhouding in de BRP/);
  await afspraak.fill('Gebeld met de planner van de aanbieder; het adres krijgen zij van de cliënt zelf.');
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'brp-geheimhouding-301.png'), fullPage: true });
  await page.getByRole('button', { name: /versturen naar de aanbieders?$/ }).click();
  await expect(page.getByText('De toewijzingen zijn verstuurd.')).toBeVisible();
  const berichtLink = page.getByRole('link', { name: /^WMO301 nummer \d+$/ }).first();
  const xml = await (await page.request.get((await berichtLink.getAttribute('href'))!)).text();
  expect(xml).toContain('<wmo301:Soort>02</wmo301:Soort>');
  expect(xml).toContain('<iwmo:Straatnaam>Postbus</iwmo:Straatnaam>');
  expect(xml).not.toContain(b.straat);
});
