import { expect, test } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

// Issue 8, bewaartermijnen: the beheerder sees exactly which closed dossiers are past their term (dry run) and
// anonymises them. The demo closes casussen recently, so one closed household is moved 40 years back first.

async function withDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

test('beheerder sees the dry run and anonymises a dossier past its term', async ({ page }) => {
  const doel = await withDb(async (client) => {
    const { rows } = await client.query<{ id: string; naam: string; nummer: string }>(`
      SELECT h.id, h.naam, min(c.nummer) AS nummer FROM "Huishouden" h JOIN "Casus" c ON c."huishoudenId" = h.id
      WHERE h."geanonimiseerdOp" IS NULL
      GROUP BY h.id HAVING bool_and(c."afgeslotenOp" IS NOT NULL) AND count(*) = 1
      ORDER BY h.id DESC LIMIT 1`);
    if (!rows[0]) throw new Error('De demodata heeft geen afgesloten huishouden.');
    await client.query(`UPDATE "Casus" SET "afgeslotenOp" = now() - interval '40 years' WHERE "huishoudenId" = $1`, [rows[0].id]);
    return rows[0];
  });

  await signIn(page, 'beheer@wijkregie.test');
  await page.goto('/beheer');
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' })).toBeVisible();
  const tabel = page.getByRole('table', { name: 'Dossiers die nu geanonimiseerd zouden worden' });
  const rij = tabel.getByRole('row').filter({ hasText: doel.nummer });
  await expect(rij).toHaveCount(1);
  await expect(rij).toContainText(/\d+ (persoon|personen), \d+ melding/);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/h8-bewaartermijnen.png', fullPage: true });

  // Without the confirmation nothing happens.
  await page.getByRole('button', { name: 'Nu anonimiseren' }).click();
  await expect(page.getByText('Bevestig dat je deze dossiers onherroepelijk wilt anonimiseren.')).toBeVisible();
  expect(await withDb(async (c) => (await c.query(`SELECT "geanonimiseerdOp" FROM "Huishouden" WHERE id = $1`, [doel.id])).rows[0].geanonimiseerdOp)).toBeNull();

  await page.getByLabel(/nu anonimiseren/).check();
  await page.getByRole('button', { name: 'Nu anonimiseren' }).click();
  await expect(page.getByText(/\d+ huishoudens? geanonimiseerd\./)).toBeVisible();
  await expect(page.getByText('Er zijn geen dossiers voorbij de bewaartermijn.')).toBeVisible();
  const na = await withDb(async (c) => (await c.query(`SELECT naam, "geanonimiseerdOp" FROM "Huishouden" WHERE id = $1`, [doel.id])).rows[0]);
  expect(na.naam).toBe('Geanonimiseerd huishouden');
  expect(na.geanonimiseerdOp).not.toBeNull();
  await expectAccessible(page);
});
