// Issue 6, done when: a wijkcoach writes a plan with two goals, three actions and one maatwerk item, records the
// resident's akkoord and stelt it vast; the aanvraag appears in the backoffice queue; a vastgesteld version cannot be
// edited, only followed by a new version.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, signIn } from './support';

const WIJKCOACH = 'wijkcoach@wijkregie.test';
const BACKOFFICE = 'backoffice@wijkregie.test';

/** A household of the demo wijkcoach in fase Plan whose plan is not vastgesteld yet (none, or a concept). */
async function huishoudenInFasePlan(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`
      SELECT h.id FROM "Huishouden" h
      JOIN "Casus" c ON c."huishoudenId" = h.id AND c.fase = 'PLAN'
      JOIN "RegieToewijzing" r ON r."casusId" = c.id AND r.lead AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
      WHERE NOT EXISTS (
        SELECT 1 FROM "Ondersteuningsplan" p JOIN "PlanVersie" v ON v."planId" = p.id
        WHERE p."huishoudenId" = h.id AND p.actueel AND v.status <> 'CONCEPT')
      ORDER BY (SELECT count(*) FROM "Ondersteuningsplan" p WHERE p."huishoudenId" = h.id), h.naam
      LIMIT 1`, [WIJKCOACH]);
    if (!rows[0]) throw new Error('De demodata heeft geen huishouden van de wijkcoach in de fase Plan zonder vastgesteld plan.');
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** A household the demo wijkcoach leads in uitvoering, safe to close (no open safety consult, no lasting risk). */
async function huishoudenInUitvoering(): Promise<{ id: string; naam: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; naam: string }>(`
      SELECT h.id, h.naam FROM "Huishouden" h
      JOIN "Casus" c ON c."huishoudenId" = h.id AND c.fase = 'UITVOERING' AND c.veiligheid IN ('GEEN_ZORGEN', 'TWIJFEL')
      JOIN "RegieToewijzing" r ON r."casusId" = c.id AND r.lead AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
      JOIN "Ondersteuningsplan" p ON p."huishoudenId" = h.id AND p.actueel
      JOIN "PlanVersie" v ON v."planId" = p.id AND v.status IN ('VASTGESTELD', 'IN_UITVOERING')
      WHERE NOT EXISTS (SELECT 1 FROM "Consult" k WHERE k."casusId" = c.id AND k.soort = 'VEILIGHEID' AND k.status <> 'AFGEROND')
        AND NOT EXISTS (SELECT 1 FROM "PlanVersie" x WHERE x."planId" = p.id AND x.status IN ('CONCEPT', 'TER_AKKOORD'))
      ORDER BY h.naam LIMIT 1`, [WIJKCOACH]);
    if (!rows[0]) throw new Error('De demodata heeft geen huishouden van de wijkcoach in uitvoering.');
    return rows[0];
  } finally {
    await client.end();
  }
}

async function verwijderAlle(page: Page, naam: RegExp) {
  const knoppen = page.getByRole('button', { name: naam });
  while ((await knoppen.count()) > 0) await knoppen.first().click();
}

test('a wijkcoach writes, agrees and vaststelt a plan; the aanvraag reaches the backoffice; a vastgesteld version only gets a successor', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const huishoudenId = await huishoudenInFasePlan();
  const planUrl = `/huishoudens/${huishoudenId}/plan`;
  await signIn(page, WIJKCOACH);
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { name: 'Ondersteuningsplan', level: 2 })).toBeVisible();
  await expectAccessible(page);

  // Start the plan, or open the concept that is there.
  const opstellen = page.getByRole('button', { name: 'Plan opstellen' });
  if (await opstellen.isVisible()) await opstellen.click();
  else await page.getByRole('link', { name: 'Concept bewerken' }).click();
  await expect(page.getByRole('heading', { name: 'Plan bewerken' })).toBeVisible();
  await expectAccessible(page);

  // Start from a clean concept: two goals, three actions, one maatwerk item.
  await verwijderAlle(page, /^Doel \d+ verwijderen$/);
  await verwijderAlle(page, /^Actie \d+ verwijderen$/);
  await verwijderAlle(page, /^Hulp \d+ verwijderen$/);

  const doelen = [
    { tekst: 'Ik wil elke week weten hoeveel geld ik nog heb.', leefgebied: 'Financiën', zichtbaar: 'Er is een weekbudget dat ik zelf bijhoud.' },
    { tekst: 'Ik wil weer één keer per week onder de mensen zijn.', leefgebied: 'Sociaal netwerk', zichtbaar: 'Ik ga elke week naar het wijkrestaurant.' },
  ];
  for (const [i, d] of doelen.entries()) {
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    const groep = page.getByRole('group', { name: `Doel ${i + 1}` });
    await groep.getByLabel('Doel in de woorden van het huishouden').fill(d.tekst);
    await groep.getByLabel('Leefgebied').selectOption({ label: d.leefgebied });
    await groep.getByLabel('Zo weten we dat het gelukt is').fill(d.zichtbaar);
  }
  const acties = [
    { wat: 'Alle post verzamelen in één map.', wie: 'Inwoner', doel: 1 },
    { wat: 'Samen met SchuldHulpMaatje een budgetplan maken.', wie: 'Vrijwilliger', doel: 1 },
    { wat: 'Buurvrouw gaat de eerste keer mee naar het wijkrestaurant.', wie: 'Netwerk', doel: 2 },
  ];
  for (const [i, a] of acties.entries()) {
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const groep = page.getByRole('group', { name: `Actie ${i + 1}` });
    await groep.getByLabel('Wat gebeurt er').fill(a.wat);
    await groep.getByLabel('Wie doet het').selectOption({ label: a.wie });
    await groep.getByLabel('Bij doel').selectOption({ label: `Doel ${a.doel}: ${kort(doelen[a.doel - 1].tekst)}` });
  }
  await page.getByRole('button', { name: 'Hulp toevoegen' }).click();
  const hulp = page.getByRole('group', { name: 'Hulp 1' });
  await hulp.getByLabel('Soort hulp').selectOption({ label: 'Maatwerk' });
  await hulp.getByLabel('Omschrijving').fill('Dagbesteding twee dagdelen per week voor structuur overdag.');
  const product = hulp.getByLabel('Product uit de catalogus');
  const dagbesteding = product.locator('option', { hasText: /Wmo 2015 · .*Dagbesteding/ });
  const wmoProduct = (await ((await dagbesteding.count()) ? dagbesteding : product.locator('option', { hasText: 'Wmo 2015 ·' })).first().textContent())!;
  await product.selectOption({ label: wmoProduct });
  await hulp.getByLabel('Voor wie').selectOption({ index: 1 });
  await hulp.getByLabel('Leveringsvorm').selectOption({ label: 'Zorg in natura' });
  // Voorliggend before maatwerk (Wmo 2015 art. 2.3.2 lid 4): first try to save without, then consider them.
  await page.getByLabel('Evaluatiedatum').fill(isoOver(90));
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer de gemarkeerde velden' }).first()).toBeVisible();
  await expect(hulp.getByText(/pas als eigen kracht, netwerk en algemene voorzieningen zijn overwogen/)).toBeVisible();
  await expect(hulp.getByLabel('Omschrijving')).toHaveValue('Dagbesteding twee dagdelen per week voor structuur overdag.');
  await hulp.getByLabel('Eigen kracht is overwogen').check();
  await hulp.getByLabel('Het netwerk is overwogen').check();
  await hulp.getByLabel('Algemene voorzieningen zijn overwogen').check();
  await page.getByLabel('Wie bewaakt het plan').selectOption({ index: 1 });
  await page.screenshot({ path: '/tmp/plan-bewerken.png', fullPage: true });
  await page.getByRole('button', { name: 'Opslaan en naar het plan' }).click();

  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Doel 1: ${doelen[0].tekst}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Doel 2: ${doelen[1].tekst}` })).toBeVisible();

  // Ter akkoord, the household's akkoord, vaststellen.
  await page.getByRole('button', { name: 'Voorleggen aan het huishouden' }).click();
  await expect(page.getByText('Het plan ligt nu ter akkoord bij het huishouden.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Concept bewerken' })).toHaveCount(0);
  await page.getByLabel('Mondeling').check();
  await page.getByRole('button', { name: 'Akkoord vastleggen' }).click();
  await expect(page.getByText('Het akkoord van het huishouden is vastgelegd.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Plan vaststellen' }).click();
  const melding = page.getByText(/Aanvraag A-\d{4}-\d{6} staat klaar bij de backoffice/);
  await expect(melding).toBeVisible();
  const nummer = (await melding.textContent())!.match(/A-\d{4}-\d{6}/)![0];
  await expect(page.getByText('Vastgesteld', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/plan-vastgesteld.png', fullPage: true });

  // The PDF for the household: their words, u-form.
  const pdf = await page.request.get(`${planUrl}/pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const tekst = await pdfText(await pdf.body());
  expect(tekst).toContain('Uw ondersteuningsplan');
  expect(tekst).toContain(doelen[0].tekst);
  expect(tekst).toMatch(/U was het op .* met dit plan eens/);

  // A vastgesteld version is not edited: no concept to open, only a new version.
  await expect(page.getByRole('link', { name: 'Concept bewerken' })).toHaveCount(0);
  await page.goto(`${planUrl}/bewerken`);
  await expect(page.getByText('Er is geen concept om te bewerken.')).toBeVisible();
  await page.goto(planUrl);
  await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await expect(page.getByText('Concept, versie 2.')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Doel 1' }).getByLabel('Doel in de woorden van het huishouden')).toHaveValue(doelen[0].tekst);
  // Issue 16 item 16: the long editor of a new version has section navigation and removes several rows at once.
  const nav = page.getByRole('navigation', { name: 'Onderdelen van het plan' });
  await expect(nav.getByRole('link', { name: 'Wie doet wat' })).toHaveAttribute('href', '#kop-wie-doet-wat');
  const aantalActies = await page.getByRole('button', { name: /^Actie \d+ verwijderen$/ }).count();
  expect(aantalActies).toBeGreaterThanOrEqual(2);
  await page.getByLabel('Actie 1 selecteren').check();
  await page.getByLabel('Actie 2 selecteren').check();
  await page.getByRole('button', { name: 'Geselecteerde acties verwijderen (2)' }).click();
  await expect(page.getByRole('button', { name: /^Actie \d+ verwijderen$/ })).toHaveCount(aantalActies - 2);
  await page.getByLabel('Wat gaat er goed?').fill('De post wordt elke week samen doorgenomen.');
  await page.getByRole('button', { name: 'Opslaan en naar het plan' }).click();
  await page.getByRole('link', { name: 'Wat is er veranderd' }).click();
  await expect(page.getByRole('heading', { name: 'Wat is er veranderd van versie 1 naar versie 2' })).toBeVisible();
  await expect(page.getByText('De post wordt elke week samen doorgenomen.')).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${planUrl}?versie=1`);
  await expect(page.getByText('Vastgesteld', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: `Doel 1: ${doelen[0].tekst}` })).toBeVisible();

  // The backoffice sees the aanvraag in its queue.
  const backoffice = await browser.newContext();
  const bo = await backoffice.newPage();
  await signIn(bo, BACKOFFICE);
  // The queue shows 15 per page, earliest due date first (issue 23): found by its number.
  await bo.goto(`/aanvragen?zoek=${encodeURIComponent(nummer)}`);
  await expect(bo.getByRole('row', { name: new RegExp(nummer) })).toBeVisible();
  await backoffice.close();
});

// As the editor names a goal in the "Bij doel" list.
const kort = (tekst: string, max = 60) => (tekst.length > max ? `${tekst.slice(0, max - 1)}…` : tekst);

function isoOver(dagen: number) {
  const d = new Date(Date.now() + dagen * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('a wijkcoach evaluates the plan with the household and closes the casus with a waakvlam in the werkvoorraad', async ({ page }) => {
  const huishouden = await huishoudenInUitvoering();
  const planUrl = `/huishoudens/${huishouden.id}/plan`;
  await signIn(page, WIJKCOACH);
  await page.goto(planUrl);
  // Progress of an action during uitvoering, without changing the vastgesteld version.
  const status = page.getByLabel(/^Status van: /).first();
  const nieuw = (await status.inputValue()) === 'GEDAAN' ? 'BEZIG' : 'GEDAAN';
  await status.selectOption(nieuw);
  await page.getByRole('button', { name: /^Status opslaan van: / }).first().click();
  // Wait for the answer of the save, not only for the button (it is also disabled while the save is pending).
  await expect(page.getByRole('status').filter({ hasText: 'Status opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Status opslaan van: / }).first()).toBeDisabled();
  await page.reload();
  await expect(page.getByLabel(/^Status van: /).first()).toHaveValue(nieuw);
  await page.getByRole('link', { name: 'Evaluatie vastleggen' }).click();
  await expect(page.getByRole('heading', { name: 'Evaluatie van het plan' })).toBeVisible();
  await expectAccessible(page);

  // Without a decision and results nothing is recorded, and the message says what is missing.
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Controleer de gemarkeerde velden' }).first()).toBeVisible();
  const groepen = page.getByRole('radiogroup', { name: /^Resultaat van doel \d+$/ });
  const aantal = await groepen.count();
  expect(aantal).toBeGreaterThan(0);
  for (let i = 0; i < aantal; i++) await groepen.nth(i).getByLabel('Behaald', { exact: true }).check();
  await page.getByLabel('Afsluiten').check();
  await page.getByLabel('Reden van afsluiten').fill('De doelen zijn bereikt; het huishouden redt het zelf.');
  await expect(page.getByLabel('Waakvlam', { exact: true })).not.toHaveValue('');
  await page.screenshot({ path: '/tmp/plan-evaluatie.png', fullPage: true });
  await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();

  await expect(page.getByText('De casus is afgesloten. De waakvlam staat in de werkvoorraad.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Casus afgesloten' })).toBeVisible();
  await expect(page.getByText('De doelen zijn bereikt; het huishouden redt het zelf.')).toBeVisible();
  await expect(page.getByText('Geëvalueerd', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Casus heropenen' })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/werkvoorraad?toon=1000'); // all rows: the waakvlam lies months ahead, past the first 25 (issue 9)
  await expect(page.getByRole('row', { name: new RegExp(`Waakvlam.*${huishouden.naam}|${huishouden.naam}.*Waakvlam`) }).first()).toBeVisible();
});
