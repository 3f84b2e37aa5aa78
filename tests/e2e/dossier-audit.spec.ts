// Issue 18, item 5: one view of a dossier page is one access check and one access-log row. The layout (header and
// tabs) and the page under it render in one request and share the check; only the page's read writes the row.
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { DOSSIER_TABS } from '../../components/dossier/dossier-tabs';
import { signIn } from './support';

const WIJKCOACH = 'wijkcoach@wijkregie.test';

test('every tab of a dossier, opened as a whole page, writes exactly one access-log row', async ({ page }) => {
  test.setTimeout(180_000);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: [demo] } = await client.query<{ huishoudenId: string; actorId: string }>(`
      SELECT r."huishoudenId", u.id AS "actorId"
      FROM "RegieToewijzing" r JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
      JOIN "Casus" c ON c."huishoudenId" = r."huishoudenId" AND c.fase <> 'AFGESLOTEN'
      WHERE r.lead AND r.tot IS NULL ORDER BY r."huishoudenId" LIMIT 1`, [WIJKCOACH]);
    expect(demo).toBeDefined();
    const rows = async () => {
      const { rows: [{ n }] } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "AuditEntry" WHERE "actorId" = $1 AND "huishoudenId" = $2`, [demo.actorId, demo.huishoudenId]);
      return n;
    };
    // The view's row is written while the page renders; link prefetches of the other tabs must not write one. Not
    // 'networkidle' (on a busy machine the prefetches of every link on a long tab keep the network busy for minutes):
    // wait for the one row, then give late requests a moment and check that no second row came.
    // On a failure the message names every row this view wrote, so that a second row says where it came from.
    const rowsSince = async (before: number) => {
      const { rows: written } = await client.query<{ actie: string; entiteit: string; op: Date; actorRol: string | null }>(
        `SELECT actie, entiteit, op, "actorRol" FROM "AuditEntry" WHERE "actorId" = $1 AND "huishoudenId" = $2 ORDER BY id OFFSET $3`,
        [demo.actorId, demo.huishoudenId, before]);
      return written.map((r) => `${r.actie} ${r.entiteit} ${r.op.toISOString()} ${r.actorRol ?? ''}`).join('; ');
    };
    const expectOneMoreRow = async (before: number, waar: string) => {
      await expect.poll(rows, { message: waar }).toBeGreaterThanOrEqual(before + 1);
      await page.waitForTimeout(750);
      const after = await rows();
      expect(after, after === before + 1 ? waar : `${waar}: ${await rowsSince(before)}`).toBe(before + 1);
    };
    await signIn(page, WIJKCOACH);

    let views = 0;
    for (const tab of DOSSIER_TABS) {
      const before = await rows();
      await page.goto(`/huishoudens/${demo.huishoudenId}${tab.segment ? `/${tab.segment}` : ''}`);
      await expect(page.getByRole('navigation', { name: 'Dossier' })).toBeVisible();
      await expectOneMoreRow(before, `/${tab.segment}`);
      views += 1;
    }
    expect(views).toBe(DOSSIER_TABS.length);

    // Moving between tabs in the browser (the layout stays, only the page is rendered): one row per view as well.
    const before = await rows();
    await page.getByRole('navigation', { name: 'Dossier' }).getByRole('link', { name: 'Leden', exact: true }).click();
    await expect(page).toHaveURL(/\/leden$/);
    await expectOneMoreRow(before, '/leden, in the browser');
  } finally {
    await client.end();
  }
});
