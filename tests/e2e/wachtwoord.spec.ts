// Issue 16 item 8, walked as a new staff member: change your own password from the header (demo mode), and outside
// demo mode a first password must be changed before anything else (a second server with WIJKREGIE_DEMO=0 on the same
// database).
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { hashPassword } from '../../lib/auth/password';
import { dbQuery, expectAccessible } from './support';

const EERSTE = 'Eerste-Wachtwoord-2026';
const EIGEN = 'Mijn-Eigen-Geheim-77';

async function nieuweMedewerker(): Promise<string> {
  const email = `nieuw-${crypto.randomUUID().slice(0, 8)}@wijkregie.test`;
  await dbQuery(
    `INSERT INTO "User" ("id", "gemeenteId", "email", "naam", "rollen", "passwordHash", "wachtwoordGewijzigdOp", "wachtwoordWijzigen", "updatedAt")
     SELECT gen_random_uuid(), "id", $1, 'Noor Nieuw', ARRAY['WIJKCOACH']::"Rol"[], $2, now(), true, now() FROM "Gemeente" LIMIT 1`,
    [email, await hashPassword(EERSTE)],
  );
  return email;
}

async function inloggen(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

async function wijzig(page: Page, huidig: string, nieuw: string, herhaling = nieuw) {
  await page.getByLabel('Huidig wachtwoord').fill(huidig);
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(nieuw);
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill(herhaling);
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
}

const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

test('a staff member changes their own password from the header', async ({ page }) => {
  const email = await nieuweMedewerker();
  await inloggen(page, BASE, email, EERSTE); // demo mode: not forced
  await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeVisible();
  await expectAccessible(page);
  await wijzig(page, 'Niet-Mijn-Wachtwoord-1', EIGEN);
  await expect(page.getByText('Dit is niet je huidige wachtwoord.')).toBeVisible();
  await wijzig(page, EERSTE, 'kort');
  await expect(page.getByText('Gebruik minstens 12 tekens.')).toBeVisible();
  await wijzig(page, EERSTE, EIGEN);
  await expect(page.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();
  await page.getByRole('link', { name: 'Terug naar Wijkregie' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(EERSTE);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText(/klopt niet|onjuist/i).first()).toBeVisible();
  await inloggen(page, BASE, email, EIGEN);
  await expect(page.getByRole('link', { name: 'Wachtwoord wijzigen' })).toBeVisible();
});

test.describe('outside demo mode', () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 7;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn(path.join(process.cwd(), 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: process.cwd(),
      env: { ...process.env, WIJKREGIE_DEMO: '0', NEXTAUTH_URL: base, WIJKREGIE_JOBS: '0' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${base}/login`)).ok) return;
      } catch {
        // not yet listening
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error('The second server did not start');
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('a first password must be changed before anything else, then the second factor is set up', async ({ browser }) => {
    const email = await nieuweMedewerker();
    const page = await (await browser.newContext()).newPage();
    await inloggen(page, base, email, EERSTE);
    await expect(page).toHaveURL(`${base}/wachtwoord`);
    await expect(page.getByText('Kies eerst een eigen wachtwoord')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Terug naar Wijkregie' })).toHaveCount(0);
    // Nothing else opens until it is done: pages, and downloads.
    await page.goto(`${base}/werkvoorraad`);
    await expect(page).toHaveURL(`${base}/wachtwoord`);
    await page.goto(`${base}/zoeken`);
    await expect(page).toHaveURL(`${base}/wachtwoord`);
    await wijzig(page, EERSTE, EIGEN, 'Iets-Anders-Geheim-88');
    await expect(page.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.')).toBeVisible();
    await expectAccessible(page);
    await wijzig(page, EERSTE, EIGEN);
    // Outside demo mode the next step is the second factor.
    await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' })).toBeVisible();
    await page.screenshot({ path: '/tmp/defB-wachtwoord-na.png' });
  });
});
