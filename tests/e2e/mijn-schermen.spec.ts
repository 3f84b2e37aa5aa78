// Issue 21: every resident page (the 'inwoner' pages of lib/auth/routes.ts, and the melding form that shares their
// frame) on a phone of 360 px and on a desktop: nothing sticks out sideways, axe finds no serious or critical
// violation, and the frame is the NL Design System one (skip link, page header, page footer). Screenshots go to /tmp
// for a person to look at.
import { expect, test, type Page } from '@playwright/test';
import { ROUTES, type RouteEntry } from '../../lib/auth/routes';
import { demoInwoner, expectAccessible, signInInwoner } from './support';

const table: Record<string, RouteEntry> = ROUTES;
const PAGES = Object.entries(table).filter(([p, e]) => e.rule === 'inwoner' && e.kind === 'page' && !/\[/.test(p)).map(([p]) => p);

async function check(page: Page, path: string, width: number) {
  await page.goto(path);
  await expect(page.locator('main#inhoud')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} op ${width} px`).toBeLessThanOrEqual(width);
  for (const selector of ['a.utrecht-skip-link[href="#inhoud"]', 'header.utrecht-page-header', 'footer.utrecht-page-footer']) await expect(page.locator(selector)).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: `/tmp/portal2${path.replace(/\//g, '-')}-${width}.png`, fullPage: true });
}

for (const width of [360, 1280]) {
  test(`every resident page at ${width} px`, async ({ browser }) => {
    test.setTimeout(180_000);
    expect(PAGES.length).toBeGreaterThanOrEqual(6);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await check(page, '/melding', width);
    await signInInwoner(page, (await demoInwoner()).bsn);
    for (const path of PAGES) await check(page, path, width);
    // The menu is a nav bar, and the skip link comes into view with the keyboard.
    await expect(page.getByRole('navigation', { name: 'Mijn plan' })).toHaveClass(/utrecht-nav-bar/);
    await page.goto('/mijn');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeInViewport();
    await context.close();
  });
}
