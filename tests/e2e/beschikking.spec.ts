// Issue 7, done when: the backoffice opens an aanvraag that came from a vastgesteld plan, drafts a toekenning for
// 07A12 dagbesteding, 6 dagdelen per week; a second backoffice user stelt it vast (the drafter cannot); the letter
// PDF (its text checked) and the WMO301 XML download.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { pdfText } from '../support/pdf-text';
import { expectAccessible, signIn } from './support';

const BACKOFFICE = 'backoffice@wijkregie.test';
const BACKOFFICE2 = 'backoffice2@wijkregie.test';

type Kandidaat = { id: string; nummer: string; huishoudenId: string; achternaam: string; straat: string; gemeentecode: string };

/** An open aanvraag for 07A12 (zorg in natura) from a vastgesteld plan without a besluit yet, for someone with a BSN. */
async function aanvraagUitPlan(): Promise<Kandidaat> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Kandidaat>(`
      SELECT a.id, a.nummer, a."huishoudenId", pe.achternaam, h.straat, g.gemeentecode
      FROM "Aanvraag" a
      JOIN "Product" p ON p.id = a."productId" AND p.code = '07A12'
      JOIN "Persoon" pe ON pe.id = a."persoonId" AND pe.bsn IS NOT NULL AND pe.geboortedatum IS NOT NULL
      JOIN "Huishouden" h ON h.id = a."huishoudenId"
      JOIN "Gemeente" g ON g.id = a."gemeenteId"
      WHERE a.status IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT') AND a.leveringsvorm = 'ZIN' AND a."arrangementItemId" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "Beschikking" b WHERE b."aanvraagId" = a.id)
      ORDER BY a.status = 'ONTVANGEN' DESC, a.status = 'IN_BEHANDELING' DESC, a."ontvangenOp" DESC, a.nummer
      LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen open aanvraag voor 07A12 (zorg in natura) uit een plan zonder besluit.');
    return rows[0];
  } finally {
    await client.end();
  }
}

const overEenJaar = () => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
};

test('the backoffice drafts a toekenning, a second backoffice user stelt it vast, and the letter and the WMO301 download', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const kandidaat = await aanvraagUitPlan();

  // The queue: find the aanvraag by its number and open it.
  await signIn(page, BACKOFFICE);
  await page.goto('/aanvragen');
  await expect(page.getByRole('heading', { name: 'Aanvragen', level: 1 })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Uiterlijk beslissen' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h7-aanvragen.png', fullPage: true });
  await page.getByLabel('Aanvraagnummer, achternaam of productcode').fill(kandidaat.nummer);
  await page.getByRole('button', { name: 'Filteren' }).click();
  await page.getByRole('link', { name: kandidaat.nummer }).click();

  await expect(page.getByRole('heading', { name: `Aanvraag ${kandidaat.nummer}` })).toBeVisible();
  await expect(page.getByText('Uit het plan')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h7-aanvraag.png', fullPage: true });
  await page.getByRole('link', { name: 'Beschikking opstellen' }).click();

  // The concept: a toekenning for 07A12, first without an omvang (refused at the field, nothing typed is lost).
  await expect(page.getByRole('heading', { name: 'Beschikking opstellen' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('radio', { name: /^Toekenning/ })).toBeChecked();
  const motivering = 'Uit het onderzoek en het plan blijkt dat eigen kracht, netwerk en de algemene voorzieningen niet genoeg zijn. Dagbesteding geeft structuur overdag.';
  await page.getByLabel('Motivering', { exact: true }).fill(motivering);
  const product = page.getByRole('group', { name: 'Product 1' });
  await expect(product.getByLabel('Product uit de catalogus')).toHaveValue(/.+/);
  await expect(product.locator('select[name$=".productId"] option:checked')).toHaveText(/07A12 Dagbesteding/);
  await product.getByLabel('Aanbieder').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(product.getByText('Vul een omvang in (volume, eenheid en frequentie) of een budget.')).toBeVisible();
  await expect(page.getByLabel('Motivering', { exact: true })).toHaveValue(motivering);

  await product.getByLabel('Volume').fill('6');
  await product.getByLabel('Eenheid').selectOption('16');
  await product.getByLabel('Frequentie').selectOption('2');
  await product.getByLabel('Einddatum').fill(overEenJaar());
  const aanbieder = (await product.getByLabel('Aanbieder').locator('option:checked').textContent())!.trim();
  await page.screenshot({ path: '/tmp/h7-beschikking-form.png', fullPage: true });
  await page.getByRole('button', { name: 'Concept opslaan' }).click();

  await expect(page.getByText('Het concept is opgeslagen.')).toBeVisible();
  const beschikkingUrl = new URL(page.url()).pathname;
  const identificatie = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/B-\d{4}-\d{6}/)![0];
  await expect(page.getByRole('cell', { name: '6 dagdelen (4 uur) per week' })).toBeVisible();
  await expectAccessible(page);

  // Four eyes: the drafter cannot vaststellen, and sees it before trying (issue 16 item 12).
  await expect(page.getByRole('button', { name: 'Beschikking vaststellen' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Beschikking vaststellen' })).toHaveAccessibleDescription(/Je hebt deze beschikking zelf opgesteld.*vier ogen/);
  await expect(page.getByText('Concept', { exact: true }).first()).toBeVisible();

  // A second backoffice user with the mandate stelt it vast and records the sending.
  const tweede = await browser.newContext();
  const bo2 = await tweede.newPage();
  await signIn(bo2, BACKOFFICE2);
  await bo2.goto(beschikkingUrl);
  await bo2.getByRole('button', { name: 'Beschikking vaststellen' }).click();
  await expect(bo2.getByText('De beschikking is vastgesteld')).toBeVisible();
  await expect(bo2.getByText(/klaar om naar de aanbieder te sturen/)).toBeVisible();
  const toewijzingen = bo2.getByRole('table', { name: 'Toewijzingen van deze beschikking' });
  await expect(toewijzingen.getByRole('row')).toHaveCount(2);
  await expect(toewijzingen).toContainText(aanbieder);
  await expect(toewijzingen).toContainText('Nog versturen');
  const toewijzingNummer = (await toewijzingen.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();
  await bo2.getByRole('button', { name: 'Verzending vastleggen' }).click();
  await expect(bo2.getByText(/De verzending is vastgelegd. Bezwaar kan tot en met \d+ \w+ \d{4}/)).toBeVisible();
  await expectAccessible(bo2);

  // The letter: letterhead, address, decision, product, motivation and how to object.
  const brief = await bo2.request.get(`${beschikkingUrl}/brief`);
  expect(brief.status()).toBe(200);
  expect(brief.headers()['content-type']).toBe('application/pdf');
  const tekst = (await pdfText(await brief.body())).replace(/\s+/g, ' ');
  expect(tekst).toContain('Gemeente Den Helder');
  expect(tekst).toContain(kandidaat.straat);
  expect(tekst).toContain(`Ons kenmerk: ${identificatie}`);
  expect(tekst).toContain('Besluit op uw aanvraag: toegekend');
  expect(tekst).toContain('Dagbesteding (productcode 07A12)');
  expect(tekst).toContain('6 dagdelen (4 uur) per week');
  expect(tekst).toContain(aanbieder);
  expect(tekst).toContain('Dagbesteding geeft structuur overdag.');
  expect(tekst).toMatch(/Dan kunt u bezwaar maken\. U heeft daarvoor zes weken de tijd, en valt de laatste dag in het weekend of op een feestdag, dan tot de eerste werkdag daarna\. Uw bezwaar moet uiterlijk op \d+ \w+ \d{4} bij ons binnen zijn/);
  expect(tekst).toContain('Het college van burgemeester en wethouders van');

  // The toewijzing goes to the aanbieder as WMO301; the stored message downloads as XML.
  await bo2.getByRole('button', { name: /versturen naar de aanbieders?$/ }).click();
  await expect(bo2.getByText('De toewijzingen zijn verstuurd.')).toBeVisible();
  const berichtLink = bo2.getByRole('link', { name: /^WMO301 nummer \d+$/ }).first();
  await expect(berichtLink).toBeVisible();
  await bo2.screenshot({ path: '/tmp/h7-beschikking.png', fullPage: true });
  const xmlResponse = await bo2.request.get((await berichtLink.getAttribute('href'))!);
  expect(xmlResponse.status()).toBe(200);
  expect(xmlResponse.headers()['content-type']).toContain('application/xml');
  const xml = await xmlResponse.text();
  expect(xml).toContain('xmlns:wmo301="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema"');
  expect(xml).toContain('<wmo301:BerichtCode>414</wmo301:BerichtCode>');
  expect(xml).toContain('<wmo301:BerichtVersie>3</wmo301:BerichtVersie>');
  expect(xml).toContain('<wmo301:BerichtSubversie>2</wmo301:BerichtSubversie>');
  expect(xml).toContain(`<wmo301:Afzender>${kandidaat.gemeentecode}</wmo301:Afzender>`);
  expect(xml).toContain(`<wmo301:ToewijzingNummer>${toewijzingNummer}</wmo301:ToewijzingNummer>`);
  expect(xml).toContain('<iwmo:Code>07A12</iwmo:Code>');
  expect(xml).toMatch(/<iwmo:Volume>6<\/iwmo:Volume>\s*<iwmo:Eenheid>16<\/iwmo:Eenheid>\s*<iwmo:Frequentie>2<\/iwmo:Frequentie>/);
  expect(xml).not.toContain('RedenWijziging');
  await tweede.close();

  // The dossier tab lists the aanvraag, the besluit and the toewijzing with its end date.
  await page.goto(`/huishoudens/${kandidaat.huishoudenId}/beschikkingen`);
  await expect(page.getByRole('heading', { name: 'Aanvragen en beschikkingen', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Beschikkingen van dit huishouden' })).toContainText(identificatie);
  await expect(page.getByRole('table', { name: /^Toewijzingen aan aanbieders/ })).toContainText(toewijzingNummer);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h7-dossier-beschikkingen.png', fullPage: true });
});
