// Issue 11, done when: a wijkcoach searches a demo household by BSN, opens the dossier, sees members, regisseur,
// betrokkenen and a tijdlijn with entries of several kinds, adds a journaal entry and sees it appear in the tijdlijn.
// Also: a colleague of another team is refused with a clear page and can break the glass with a reason.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

const WIJKCOACH = 'wijkcoach@wijkregie.test';
const WIJKCOACH_ZUID = 'lotte.kramer@wijkregie.test';
const SCREENSHOTS = process.env.DOSSIER_SCREENSHOTS; // a folder, to look at the pages

type Demo = { id: string; naam: string; bsn: string; lid: string; regisseur: string };

/** A household the demo wijkcoach leads, with a member who has a BSN and a history of several kinds. */
async function demoHuishouden(): Promise<Demo> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Demo>(`
      SELECT h.id, h.naam, p.bsn, p.voornamen || ' ' || coalesce(p.tussenvoegsel || ' ', '') || p.achternaam AS lid, u.naam AS regisseur
      FROM "Huishouden" h
      JOIN "Casus" c ON c."huishoudenId" = h.id AND c.fase <> 'AFGESLOTEN'
      JOIN "RegieToewijzing" r ON r."huishoudenId" = h.id AND r.lead AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
      JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL
      JOIN "Persoon" p ON p.id = l."persoonId" AND p.bsn IS NOT NULL
      WHERE EXISTS (SELECT 1 FROM "Melding" m WHERE m."huishoudenId" = h.id)
        AND EXISTS (SELECT 1 FROM "Gesprek" g WHERE g."huishoudenId" = h.id)
      ORDER BY (SELECT count(*) FROM "Toestemming" t WHERE t."huishoudenId" = h.id) DESC, h.naam, p.bsn
      LIMIT 1`, [WIJKCOACH]);
    if (!rows[0]) throw new Error('De demodata heeft geen huishouden met een melding en een gesprek waarvan de wijkcoach regisseur is.');
    return rows[0];
  } finally {
    await client.end();
  }
}

const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
};

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name, exact: true });

test('a wijkcoach finds a household by BSN and works in its dossier', async ({ page }) => {
  test.setTimeout(180_000); // many pages, each checked with axe, on a busy machine
  const demo = await demoHuishouden();
  await signIn(page, WIJKCOACH);

  // Search: a wrong BSN gets the message at the field, the right one finds the household.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
  const zoekveld = page.getByLabel('Zoek op BSN, naam, adres of kenmerk');
  await zoekveld.fill('123456789');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Dit is geen geldig BSN')).toBeVisible();
  await expect(zoekveld).toHaveValue('123456789');
  await zoekveld.fill(demo.bsn);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByRole('heading', { name: '1 huishouden gevonden' })).toBeVisible();
  const resultaat = page.getByRole('row', { name: new RegExp(demo.naam) });
  await expect(resultaat).toContainText(demo.regisseur);
  await expectAccessible(page);
  await shot(page, 'zoeken');

  // The dossier: header with the regisseur, members on the overview.
  await resultaat.getByRole('link', { name: demo.naam }).click();
  await expect(page).toHaveURL(new RegExp(`/huishoudens/${demo.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: demo.naam })).toBeVisible();
  await expect(tab(page, 'Overzicht')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('main').locator('header dl')).toContainText(`Regisseur${demo.regisseur}`);
  const leden = page.getByRole('table', { name: 'Leden van het huishouden' });
  await expect(leden).toContainText(demo.lid);
  await expect(leden.getByRole('columnheader', { name: 'Leeftijd' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Termijnen en open taken' })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'overzicht');

  // Betrokkenen: the regisseur is there, as lead.
  await tab(page, 'Betrokkenen').click();
  await expect(tab(page, 'Betrokkenen')).toHaveAttribute('aria-current', 'page');
  const team = page.getByRole('table', { name: 'Gemeente en sociaal team' });
  await expect(team.getByRole('row', { name: new RegExp(demo.regisseur) })).toContainText('lead regisseur');
  await expectAccessible(page);
  await shot(page, 'betrokkenen');

  // Tijdlijn: entries of several kinds.
  await tab(page, 'Tijdlijn').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeVisible();
  const tijdlijn = page.getByRole('region', { name: 'Tijdlijn' });
  for (const soort of ['Meldingen', 'Triage', 'Gesprekken', 'Regie']) {
    await expect(tijdlijn.getByText(soort, { exact: true }).first()).toBeVisible();
  }
  await expectAccessible(page);
  await shot(page, 'tijdlijn');

  // Journaal: a new contactmoment, then it shows on the tijdlijn.
  await tab(page, 'Journaal').click();
  await page.getByLabel('Soort contact').selectOption({ label: 'Huisbezoek' });
  await page.getByLabel('Duur in minuten').fill('45');
  await page.getByLabel('Met wie').fill('moeder en oudste dochter');
  await page.getByLabel('Korte notitie').fill('Keukentafelgesprek over de post en de school; volgende week bellen.');
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  await expect(page.getByText('Het contactmoment staat in het journaal en op de tijdlijn.')).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'moeder en oudste dochter' })).toContainText('45 min');
  await expectAccessible(page);
  await shot(page, 'journaal');

  await tab(page, 'Tijdlijn').click();
  await expect(tijdlijn.getByRole('link', { name: 'Huisbezoek met moeder en oudste dochter' })).toBeVisible();
  // Filter on the journaal only.
  await page.getByLabel(/^Journaal/).check();
  await page.getByRole('button', { name: 'Filter toepassen' }).click();
  await expect(page).toHaveURL(/soort=JOURNAAL/);
  await expect(tijdlijn.getByRole('listitem').filter({ hasText: 'Triage' })).toHaveCount(0);
  await expect(tijdlijn.getByRole('link', { name: 'Huisbezoek met moeder en oudste dochter' })).toBeVisible();

  // A journaal entry with nothing filled in keeps the page and says what is missing.
  await tab(page, 'Journaal').click();
  await page.getByLabel('Duur in minuten').fill('');
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  await expect(page.getByText('Vul in met wie het contact was.')).toBeVisible();
  await expect(page.getByText('Schrijf een korte notitie.')).toBeVisible();

  // Documents: an uploaded PDF is listed and comes back only as a download; a disguised file is refused.
  await tab(page, 'Documenten').click();
  await page.getByLabel('Titel').fill('Brief van school');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF') });
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByText('Brief van school staat bij de documenten.')).toBeVisible();
  const link = page.getByRole('link', { name: 'Brief van school downloaden' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="Brief van school.pdf"/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  await page.getByLabel('Titel').fill('Factuur');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'factuur.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is a program') });
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByText('Dit soort bestand kan niet. Kies een PDF, PNG of JPEG.')).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue('Factuur');
  await expectAccessible(page);
  await shot(page, 'documenten');

  await tab(page, 'Leden').click();
  await expect(page.getByRole('table', { name: 'Huidige leden' })).toContainText(demo.lid);
  await expectAccessible(page);
  await shot(page, 'leden');
});

test('a colleague without need-to-know is refused clearly and can break the glass with a reason', async ({ page }) => {
  const demo = await demoHuishouden();
  await signIn(page, WIJKCOACH_ZUID);

  // Search shows nothing of a household outside her team.
  await page.goto('/zoeken');
  await page.getByLabel('Zoek op BSN, naam, adres of kenmerk').fill(demo.bsn);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByRole('heading', { name: '0 huishoudens gevonden' })).toBeVisible();

  await page.goto(`/huishoudens/${demo.id}/tijdlijn`);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang tot dit dossier' })).toBeVisible();
  await expect(page.getByText(demo.naam)).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, 'geen-toegang');

  await page.getByLabel('Waarom heb je dit dossier nu nodig?').fill('kort');
  await page.getByRole('button', { name: 'Dossier openen met deze reden' }).click();
  await expect(page.getByText('Beschrijf waarom je dit dossier nu nodig hebt, in minstens 10 tekens.')).toBeVisible();
  await page.getByLabel('Waarom heb je dit dossier nu nodig?').fill('Crisis buiten kantooruren, regisseur niet bereikbaar');
  await page.getByRole('button', { name: 'Dossier openen met deze reden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: demo.naam })).toBeVisible();
  await expect(page.getByText('Je bekijkt dit dossier via break the glass')).toBeVisible();
});

test('an unknown household is a plain 404 page', async ({ page }) => {
  await signIn(page, WIJKCOACH);
  const response = await page.goto(`/huishoudens/${crypto.randomUUID()}`);
  expect(response?.status()).toBe(404);
});
