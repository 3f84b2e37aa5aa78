// Issue 18, item 3: one way to refuse a read. A record that does not exist and one that is not for you give the same
// page (status 404, "Niet gevonden of geen toegang") with a reference for the servicedesk, so a refusal never tells
// that something exists; an id that is no uuid is refused the same way instead of ending on the error page.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Opens the path and returns what the user sees of the refusal, without the reference. */
async function refusal(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Niet gevonden of geen toegang' })).toBeVisible();
  const tekst = await page.getByText('Referentie voor de servicedesk:').textContent();
  expect(tekst).toMatch(/Referentie voor de servicedesk: [0-9a-f]{8}$/);
  return (await page.locator('main').innerText()).replace(/[0-9a-f]{8}/g, 'REF');
}

test('an unknown melding, by a real or a malformed id, is the refusal page and not the error page', async ({ page }) => {
  await signIn(page, 'frontoffice@wijkregie.test');
  const onbekend = await refusal(page, `/meldingen/${crypto.randomUUID()}`);
  expect(await refusal(page, '/meldingen/geen-melding')).toBe(onbekend);
  expect(await refusal(page, '/meldingen/geen-melding/triage')).toBe(onbekend);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/seams-refused-read.png', fullPage: true });
});

test('a casus of another team looks exactly like one that does not exist', async ({ page }) => {
  const [casus] = await query<{ id: string }>(`
    SELECT c.id FROM "Casus" c
    WHERE c."teamId" IS NOT NULL AND c."teamId" NOT IN (
      SELECT tl."teamId" FROM "TeamLidmaatschap" tl JOIN "User" u ON u.id = tl."userId" WHERE u.email = $1 AND tl.tot IS NULL)
    ORDER BY c.id LIMIT 1`, ['teamlead.zuid@wijkregie.test']);
  expect(casus).toBeDefined();
  await signIn(page, 'teamlead.zuid@wijkregie.test');
  const nietVanMij = await refusal(page, `/casusverdeling/${casus.id}`);
  const bestaatNiet = await refusal(page, `/casusverdeling/${crypto.randomUUID()}`);
  expect(nietVanMij).toBe(bestaatNiet);
});
