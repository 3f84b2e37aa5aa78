// Issue 16 item 7: an oversize form post is answered at its field and keeps what fits, on the resident's form and
// on staff forms (a search, a document sent past the browser's own check); a post beyond any form's size gets a
// plain refusal, and on the resident's pages an error page that speaks to the resident.
import { expect, test, type Page } from '@playwright/test';
import { dbQuery, signIn } from './support';

const WIJKCOACH = 'wijkcoach@wijkregie.test';
const STAFF_FOUT = /Er ging iets mis|Referentie voor de servicedesk/;

async function vulMelding(page: Page) {
  await page.goto('/melding');
  await page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' }).check();
  await page.getByLabel('Naam', { exact: true }).fill('Kees Grootschrijver');
  await page.getByLabel('Postcode').fill('1781AB');
  await page.getByLabel('Huisnummer').fill('9');
  await page.getByLabel('Telefoonnummer').fill('06 12345678');
  await page.getByRole('checkbox', { name: 'Geld, schulden of rekeningen' }).check();
  await page.getByRole('group', { name: 'Is iemand op dit moment niet veilig, thuis of ergens anders?' }).getByRole('radio', { name: 'Nee' }).check();
}

/** Puts a long text in a field as a script would (past any limit the page itself keeps). */
const zetTekst = (page: Page, name: string, lengte: number) =>
  page.evaluate(([n, l]) => {
    const veld = document.querySelector<HTMLTextAreaElement | HTMLInputElement>(`[name="${n}"]`)!;
    veld.removeAttribute('maxlength');
    veld.value = 'Lange tekst. '.repeat(Math.ceil(Number(l) / 13)).slice(0, Number(l));
  }, [name, String(lengte)] as const);

test.describe('the resident', () => {
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.171' } });

  test('a question of 2 MB is answered at the field and everything else stays filled in', async ({ page }) => {
    await vulMelding(page);
    await zetTekst(page, 'vraag', 2_000_000);
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByText(/Gebruik maximaal 4000 tekens/).first()).toBeVisible();
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Kees Grootschrijver');
    await expect(page.getByLabel('Postcode')).toHaveValue(/1781/);
    expect((await page.getByLabel('Waar wilt u hulp bij?').inputValue()).length).toBeGreaterThan(3000);
    await expect(page.getByText(STAFF_FOUT)).toHaveCount(0);
  });

  test('a post beyond any form’s size gets an error page in the u-form, without words for staff', async ({ page }) => {
    await vulMelding(page);
    await zetTekst(page, 'vraag', 13 * 1024 * 1024);
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dit is niet gelukt' })).toBeVisible();
    await expect(page.getByText(/Maak de tekst dan korter/)).toBeVisible();
    await expect(page.getByText(STAFF_FOUT)).toHaveCount(0);
    await expect(page.getByText(/\bje\b/)).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.172' } });
    test('a post beyond any form’s size is refused in plain words for the resident', async ({ page }) => {
      await vulMelding(page);
      await zetTekst(page, 'vraag', 13 * 1024 * 1024).catch(() => undefined); // page.evaluate works without page scripts
      const antwoord = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      expect((await antwoord).status()).toBe(413);
      await expect(page.getByText(/Wat u probeerde te versturen is te groot/)).toBeVisible();
    });
  });
});

async function coachHuishouden(): Promise<string> {
  const rows = await dbQuery<{ id: string }>(`
    SELECT h.id FROM "Huishouden" h
    JOIN "RegieToewijzing" r ON r."huishoudenId" = h.id AND r.lead AND r.tot IS NULL
    JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
    JOIN "Casus" c ON c."huishoudenId" = h.id AND c.fase <> 'AFGESLOTEN'
    ORDER BY h.naam LIMIT 1`, [WIJKCOACH]);
  return rows[0]!.id;
}

test('staff: a search of 2 MB and a 10 MB document past the browser’s check are answered at their fields', async ({ page }) => {
  await signIn(page, WIJKCOACH);
  await page.goto('/zoeken');
  await zetTekst(page, 'zoekterm', 2_000_000);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Gebruik hoogstens 100 tekens.')).toBeVisible();
  await expect(page.getByText(STAFF_FOUT)).toHaveCount(0);

  await page.goto(`/huishoudens/${await coachHuishouden()}/documenten`);
  await page.getByLabel('Titel').fill('Scan van de beschikking');
  // The file is put in place without the change event the page checks the size on (as a script or an old browser).
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="bestand"]')!;
    const bytes = new Uint8Array(10 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'scan.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
  });
  await page.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(page.getByText(/Het bestand is te groot/)).toBeVisible();
  await expect(page.getByLabel('Titel')).toHaveValue('Scan van de beschikking');
  await expect(page.getByText(STAFF_FOUT)).toHaveCount(0);
});
