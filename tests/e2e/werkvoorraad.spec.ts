import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Issue 5, Mijn werkvoorraad: the wijkcoach's tasks and deadlines from the records, overdue first and marked.

test('the wijkcoach sees her households and tasks, overdue first and marked', async ({ page }) => {
  await signIn(page, 'wijkcoach@wijkregie.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn werkvoorraad' })).toBeVisible();
  await expectAccessible(page);

  const rows = page.getByRole('table', { name: /Taken en termijnen/ }).getByRole('row');
  // A long list shows its first 15 rows (issue 23); "Meer tonen" adds the next ones (issue 9), until all are there.
  expect(await rows.count()).toBeLessThanOrEqual(16);
  const meer = page.getByRole('link', { name: /^Meer tonen/ });
  for (let shown = await rows.count(); await meer.count(); ) {
    await meer.click();
    await expect(rows).not.toHaveCount(shown);
    shown = await rows.count();
  }
  await expect(page.getByRole('definition').nth(3)).toHaveText(String((await rows.count()) - 1));
  const count = await rows.count();
  expect(count).toBeGreaterThan(3);
  const late: boolean[] = [];
  for (let i = 1; i < count; i++) late.push((await rows.nth(i).getByText(/^Te laat/).count()) > 0);
  // Overdue rows, marked "Te laat", come before all others.
  expect(late.indexOf(false) === -1 || !late.slice(late.indexOf(false)).includes(true)).toBe(true);
  const teLaat = late.filter(Boolean).length;
  await expect(page.getByRole('definition').nth(1)).toHaveText(String(teLaat));

  // The kinds of work derived from the records are there.
  const soorten = page.getByRole('table', { name: /Taken en termijnen/ });
  await expect(soorten.getByText('Onderzoekstermijn').or(soorten.getByText('Evaluatie plan')).first()).toBeVisible();

  const huishoudens = page.getByRole('table', { name: /De huishoudens waarvoor jij regisseur bent/ }).getByRole('row');
  expect(await huishoudens.count()).toBeGreaterThan(5);

  // Issue 23: the household table shows 10 (the demo coach has more); "Meer huishoudens tonen" adds 10 at a time, until
  // as many as the figure above it, and the task list keeps its length.
  const inRegie = Number(await page.getByRole('definition').nth(0).textContent());
  expect(inRegie).toBeGreaterThan(20);
  await expect(huishoudens).toHaveCount(10 + 1);
  for (let shown = 10; shown < inRegie; shown += 10) {
    await page.getByRole('link', { name: `Meer huishoudens tonen (${inRegie - shown} nog niet getoond)` }).click();
    await expect(huishoudens).toHaveCount(Math.min(shown + 10, inRegie) + 1);
  }
  await expect(rows).toHaveCount(count);
  await expect(page.getByRole('link', { name: /^Meer huishoudens tonen/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/werk-werkvoorraad.png', fullPage: true });
});

test('the backoffice has no werkvoorraad of regie', async ({ page }) => {
  await signIn(page, 'backoffice@wijkregie.test');
  await page.goto('/werkvoorraad');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
});
