// Issue 16 item 19: the Documenten tab lists the documents Wijkregie makes on demand (plan versions, verslagen,
// beschikking letters) beside the stored ones; the wijkcoach in regie shows a member's BSN on request.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

/** A household in the demo wijkcoach's regie with a current plan and a member with a BSN. */
async function pick(): Promise<{ id: string; naam: string; bsn: string; lid: string }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`
      SELECT h.id, h.naam, p.bsn, p.voornamen || ' ' || COALESCE(p.tussenvoegsel || ' ', '') || p.achternaam AS lid
        FROM "User" u
        JOIN "RegieToewijzing" r ON r."regisseurId" = u.id AND r.tot IS NULL
        JOIN "Huishouden" h ON h.id = r."huishoudenId"
        JOIN "Ondersteuningsplan" o ON o."huishoudenId" = h.id AND o.actueel
        JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL AND l.rol = 'HOOFDBEWONER'
        JOIN "Persoon" p ON p.id = l."persoonId" AND p.bsn IS NOT NULL
       WHERE u.email = 'wijkcoach@wijkregie.test'
       ORDER BY h.naam LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen huishouden met plan in regie bij de wijkcoach');
    return rows[0];
  } finally {
    await client.end();
  }
}

test('the wijkcoach sees the plan among the documents and shows a member’s BSN on request', async ({ page }) => {
  const h = await pick();
  await signIn(page, 'wijkcoach@wijkregie.test');
  await page.goto(`/huishoudens/${h.id}/documenten`);
  const gemaakt = page.getByRole('table', { name: 'Documenten die Wijkregie maakt als je ze opent' });
  await expect(gemaakt.getByRole('link', { name: /Ondersteuningsplan, versie \d+/ }).first()).toBeVisible();
  await expect(page.getByText('Er zijn nog geen documenten.')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/defA-documenten.png', fullPage: true });
  const pdf = await page.request.get(await gemaakt.getByRole('link', { name: /Ondersteuningsplan/ }).first().getAttribute('href') ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');

  await page.goto(`/huishoudens/${h.id}/leden`);
  await expect(page.getByText(h.bsn)).toHaveCount(0);
  await page.getByRole('button', { name: `BSN tonen van ${h.lid}` }).click();
  await expect(page.getByTestId('bsn')).toHaveText(h.bsn);
  await expect(page.getByText('Getoond en vastgelegd in het toegangslog')).toBeVisible();
  await expectAccessible(page);
});
