// Issue 11: staff search by name (with geboortedatum), by postcode and huisnummer and by kenmerk, paged, showing
// only what the user may see.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { expectAccessible, signIn } from './support';

const WIJKCOACH = 'wijkcoach@wijkregie.test';

type Demo = { id: string; naam: string; achternaam: string; voornaam: string; geboortedatum: string; postcode: string; huisnummer: string; kenmerk: string };

/** A household the demo wijkcoach leads, with its first member's name and birth date, its address and a melding. */
async function demo(): Promise<Demo> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<Demo>(`
      SELECT h.id, h.naam, p.achternaam, split_part(p.voornamen, ' ', 1) AS voornaam, to_char(p.geboortedatum, 'YYYY-MM-DD') AS geboortedatum,
             h.postcode, h.huisnummer || coalesce(h."huisnummerToevoeging", '') AS huisnummer, m.kenmerk
      FROM "Huishouden" h
      JOIN "RegieToewijzing" r ON r."huishoudenId" = h.id AND r.lead AND r.tot IS NULL
      JOIN "User" u ON u.id = r."regisseurId" AND u.email = $1
      JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = h.id AND l.tot IS NULL
      JOIN "Persoon" p ON p.id = l."persoonId" AND p.geboortedatum IS NOT NULL
      JOIN "Melding" m ON m."huishoudenId" = h.id
      ORDER BY h.naam, p.achternaam LIMIT 1`, [WIJKCOACH]);
    if (!rows[0]) throw new Error('De demodata heeft geen huishouden van de wijkcoach met een melding.');
    return rows[0];
  } finally {
    await client.end();
  }
}

async function zoek(page: Page, term: string, geboortedatum = '') {
  await page.getByLabel('Zoek op BSN, naam, adres of kenmerk').fill(term);
  await page.getByLabel('Geboortedatum').fill(geboortedatum);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
}

test('a wijkcoach finds a household by name, by address and by kenmerk', async ({ page }) => {
  const d = await demo();
  await signIn(page, WIJKCOACH);
  await page.goto('/zoeken');
  await expectAccessible(page);

  await zoek(page, `${d.voornaam} ${d.achternaam}`, d.geboortedatum);
  await expect(page.getByText('Gezocht op naam.')).toBeVisible();
  await expect(page.getByRole('link', { name: d.naam })).toBeVisible();

  await zoek(page, `${d.postcode.slice(0, 4)} ${d.postcode.slice(4)} ${d.huisnummer}`);
  await expect(page.getByText('Gezocht op postcode en huisnummer.')).toBeVisible();
  await expect(page.getByRole('link', { name: d.naam })).toBeVisible();

  await zoek(page, d.kenmerk.toLowerCase());
  await expect(page.getByRole('heading', { name: '1 huishouden gevonden' })).toBeVisible();
  await expect(page.getByRole('link', { name: d.naam })).toBeVisible();
  await expectAccessible(page);
});

test('bad input gets a message at its field and keeps what was typed', async ({ page }) => {
  await signIn(page, WIJKCOACH);
  await page.goto('/zoeken');
  await zoek(page, '1781 AB');
  await expect(page.getByText('Vul ook het huisnummer in, bijvoorbeeld 1781 AB 12.')).toBeVisible();
  await expect(page.getByLabel('Zoek op BSN, naam, adres of kenmerk')).toHaveValue('1781 AB');
  await expect(page.getByLabel('Zoek op BSN, naam, adres of kenmerk')).toHaveAttribute('aria-invalid', 'true');
  await zoek(page, '<script>alert(1)</script>');
  await expect(page.getByRole('heading', { name: '0 huishoudens gevonden' })).toBeVisible();
  await expectAccessible(page);
});

test('many results come in pages of twenty', async ({ page }) => {
  await signIn(page, 'teamlead@wijkregie.test');
  await page.goto('/zoeken');
  // "en" is in many Dutch surnames (Jansen, Hendriks, …): the teamlead of Noord sees more than twenty of them.
  await zoek(page, 'en');
  const paging = page.getByRole('navigation', { name: "Pagina's met resultaten" });
  await expect(paging).toContainText('Pagina 1 van');
  await expect(page.getByRole('table', { name: 'Gevonden huishoudens' }).getByRole('row')).toHaveCount(21);
  await paging.getByRole('button', { name: 'Volgende' }).click();
  await expect(paging).toContainText('Pagina 2 van');
  await expect(page.getByLabel('Zoek op BSN, naam, adres of kenmerk')).toHaveValue('en');
});
