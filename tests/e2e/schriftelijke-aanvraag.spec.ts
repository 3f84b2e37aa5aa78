// Issue 16 item 3: the backoffice registers a written aanvraag (Wmo 2015 art. 2.3.2 lid 9) with the day the letter
// arrived; a letter more than a few days old needs a reason; the beslistermijn runs from the day of receipt.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

/** A demo resident with a BSN in a household with a casus, and a Wmo product (in natura) they have no open aanvraag for. */
async function pick(): Promise<{ bsn: string; naam: string; productId: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT p.bsn, p.voornamen || ' ' || COALESCE(p.tussenvoegsel || ' ', '') || p.achternaam AS naam, pr.id AS "productId"
        FROM "Persoon" p
        JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p.id AND l.tot IS NULL
        JOIN "Huishouden" h ON h.id = l."huishoudenId" AND h."geanonimiseerdOp" IS NULL
        CROSS JOIN LATERAL (SELECT x.id, x.code, x.naam FROM "Product" x
                             WHERE x."gemeenteId" = p."gemeenteId" AND x.wet = 'WMO' AND 'ZIN' = ANY(x.leveringsvormen)
                               AND x."actiefVan" <= current_date AND (x."actiefTot" IS NULL OR x."actiefTot" >= current_date)
                               AND NOT EXISTS (SELECT 1 FROM "Aanvraag" a WHERE a."persoonId" = p.id AND a."productId" = x.id AND a.status IN ('ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'))
                             ORDER BY x.code LIMIT 1) pr
       WHERE p.bsn IS NOT NULL AND p."overledenOp" IS NULL AND EXISTS (SELECT 1 FROM "Casus" c WHERE c."huishoudenId" = h.id)
       ORDER BY p.achternaam DESC, p.id LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen inwoner met BSN en casus');
    return rows[0];
  } finally {
    await client.end();
  }
}

const isoDagenTerug = (dagen: number) => {
  const d = new Date(Date.now() - dagen * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(d); // yyyy-mm-dd
};

test('the backoffice registers a letter received ten days ago: a reason is asked, then the term runs from the day of receipt', async ({ page }) => {
  const doel = await pick();
  await signIn(page, 'backoffice@wijkregie.test');
  await page.getByRole('link', { name: 'Schriftelijke aanvraag registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schriftelijke aanvraag registreren' })).toBeVisible();
  await expectAccessible(page);

  const ontvangen = isoDagenTerug(10);
  await page.getByLabel('BSN van de inwoner').fill(doel.bsn);
  await page.getByLabel('Wat vraagt de inwoner aan?').selectOption(doel.productId);
  await page.getByLabel('Datum van ontvangst').fill(ontvangen);
  await page.getByLabel(/Toelichting/).fill('Brief: vraagt hulp in het huishouden na de operatie.');
  await page.getByRole('button', { name: 'Aanvraag registreren' }).click();
  await expect(page.getByText(/De brief kwam meer dan 5 dagen geleden binnen/).first()).toBeVisible();
  await expect(page.getByLabel('BSN van de inwoner')).toHaveValue(doel.bsn);
  await expect(page.getByLabel('Datum van ontvangst')).toHaveValue(ontvangen);
  await expect(page.getByLabel(/Toelichting/)).toHaveValue('Brief: vraagt hulp in het huishouden na de operatie.');
  await page.screenshot({ path: '/tmp/defA-schriftelijk-fout.png', fullPage: true });
  await expectAccessible(page);

  await page.getByLabel(/Reden van late registratie/).fill('Lag bij de receptie van het stadhuis.');
  await page.getByRole('button', { name: 'Aanvraag registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Aanvraag A-\d{4}-\d{6}$/ })).toBeVisible();
  await expect(page.getByText('De schriftelijke aanvraag is geregistreerd')).toBeVisible();
  const [j, m, d] = [ontvangen.slice(0, 4), Number(ontvangen.slice(5, 7)), Number(ontvangen.slice(8, 10))];
  const maand = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m - 1];
  await expect(page.getByRole('region', { name: 'Beslistermijn' })).toContainText(`Ontvangen${d} ${maand} ${j}`);
  await expect(page.getByRole('region', { name: 'Aanvraag', exact: true })).toContainText('Later geregistreerd: Lag bij de receptie van het stadhuis.');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/defA-schriftelijk.png', fullPage: true });
});

test('a wijkcoach cannot register a written aanvraag', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto('/aanvragen/nieuw');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});
