import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import pg from 'pg';

export const DEMO_PASSWORD = 'Wijkregie-demo-2026';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** axe-core on the current page: no serious or critical WCAG 2.1 AA violations. */
export async function expectAccessible(page: Page) {
  // A page after a client-side navigation or a server action gets its <title> from the streamed metadata, which may
  // arrive just after the content: wait for it (a page without a title still fails here, after the expect timeout).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/** No id occurs twice on the page (a form repeated per row must scope its field ids, or labels point at the first). */
export async function expectUniqueIds(page: Page) {
  const dubbel = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });
  expect(dubbel).toEqual([]);
}

/** One SQL query on the e2e database (DATABASE_URL), for finding demo data and checking what a step wrote. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The same helper under the name the password and brief specs use. */
export const dbQuery = query;

/**
 * Issue 21: a resident signs in to Mijn plan through the embedded test DigiD (a real OpenID Provider), with the BSN
 * typed into its "Ander BSN" field, and lands on `landing` (the overview, or the page for an unknown resident).
 */
export async function signInInwoner(page: Page, bsn: string, landing: RegExp = /\/mijn$/) {
  await page.goto('/mijn/inloggen');
  await page.getByRole('link', { name: 'Inloggen met Test-DigiD' }).click();
  await expect(page.getByText('Dit is een test-DigiD.')).toBeVisible();
  await page.getByLabel('BSN (9 cijfers)').fill(bsn);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page).toHaveURL(landing);
}

/**
 * A demo resident of 18 or older, head of a household the demo wijkcoach leads, whose current plan lies ter akkoord
 * without an akkoord yet (`skip` passes over the first ones, so that tests that change the plan do not share one).
 */
export async function demoInwoner(skip = 0): Promise<{ bsn: string; naam: string; huishoudenId: string }> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ bsn: string; naam: string; huishoudenId: string }>(`
      SELECT p.bsn, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam, l."huishoudenId"
      FROM "Persoon" p
      JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p.id AND l.tot IS NULL AND l.rol = 'HOOFDBEWONER'
      JOIN "Ondersteuningsplan" o ON o."huishoudenId" = l."huishoudenId" AND o.actueel
      JOIN "PlanVersie" v ON v."planId" = o.id AND v.status = 'TER_AKKOORD' AND v."akkoordInwonerOp" IS NULL
      JOIN "RegieToewijzing" r ON r."huishoudenId" = l."huishoudenId" AND r.lead AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = 'wijkcoach@wijkregie.test'
      WHERE p.bsn IS NOT NULL AND p.geboortedatum <= current_date - interval '18 years'
        AND EXISTS (SELECT 1 FROM "Doel" d WHERE d."planVersieId" = v.id)
      ORDER BY p.bsn OFFSET $1 LIMIT 1`, [skip]);
    if (!rows[0]) throw new Error('De demodata heeft geen inwoner met een plan ter akkoord bij de demo-wijkcoach.');
    return rows[0];
  } finally {
    await client.end();
  }
}

/**
 * Issue 21: the mail to `aan` as the embedded test SMTP server received it, from Beheer › Mail (demo mode), retried
 * until the mail job has sent it; its text. `check` runs on the signed-in beheer page before it closes.
 */
export async function mailInTestSmtp(browser: Browser, aan: string, check?: (page: Page) => Promise<void>): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'beheer@wijkregie.test');
  const mail = page.getByRole('listitem', { name: `Mail aan ${aan}` });
  await expect(async () => {
    await page.goto('/beheer/mail');
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const tekst = (await mail.textContent()) ?? '';
  await check?.(page);
  await context.close();
  return tekst;
}

/**
 * Issue 22: signs a ketenpartner's demo user in at /partner through the test eHerkenning (its login page lists the
 * demo partner users by name).
 */
export async function signInPartner(page: Page, naam: string) {
  await page.goto('/partner/inloggen');
  await page.getByRole('link', { name: 'Inloggen met Test-eHerkenning' }).click();
  await expect(page.getByText('Dit is een test-eHerkenning.')).toBeVisible();
  await page.getByRole('button', { name: `Inloggen als ${naam}` }).click();
  await expect(page).toHaveURL(/\/partner$/);
}
