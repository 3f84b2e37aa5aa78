// Issue 16 item 4, walked as the backoffice: the letter of a Jeugdwet beschikking about a child goes to the parents
// with gezag and names the child; once the child is 16 the same letter has a copy of their own. Read back with unpdf.
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text';
import { dbQuery as query, signIn } from './support';

type Kind = { beschikkingId: string; identificatie: string; persoonId: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; geboortedatum: Date; ouders: string[] };

/** A Jeugdwet beschikking of the demo data about a child under 16 with gezag recorded for two people. */
async function jeugdwetBeschikking(): Promise<Kind> {
  const rows = await query<Kind & { ouders: string[] }>(`
    SELECT b.id AS "beschikkingId", b.identificatie, p.id AS "persoonId", p.voornamen, p.tussenvoegsel, p.achternaam, p.geboortedatum,
           array_agg(o.achternaam ORDER BY o.achternaam) AS ouders
      FROM "Beschikking" b
      JOIN "Persoon" p ON p.id = b."persoonId" AND p.geboortedatum > now() - interval '15 years'
      JOIN "Vertegenwoordiging" v ON v."persoonId" = p.id AND v.soort = 'GEZAG' AND v.tot IS NULL
      JOIN "Persoon" o ON o.id = v."vertegenwoordigerId"
     WHERE b.wet = 'JEUGDWET'
       AND NOT EXISTS (SELECT 1 FROM "Document" d WHERE d."bronId" = b.id AND d.soort = 'BESCHIKKING') -- a sent letter is kept as sent
     GROUP BY b.id, p.id
    HAVING count(*) = 2
     ORDER BY b.identificatie LIMIT 1`);
  if (!rows[0]) throw new Error('De demodata heeft geen Jeugdwet-beschikking over een kind met twee gezagsdragers.');
  return rows[0];
}

async function brief(page: Page, beschikkingId: string) {
  await page.goto(`/beschikkingen/${beschikkingId}`);
  const link = page.getByRole('link', { name: /brief \(pdf\)/i });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return (await pdfText(await response.body())).replace(/\s+/g, ' ');
}

test('a Jeugdwet letter goes to the parents with gezag, names the child, and from 16 the child gets a copy', async ({ page }) => {
  const kind = await jeugdwetBeschikking();
  await signIn(page, 'backoffice@wijkregie.test');
  const tekst = await brief(page, kind.beschikkingId);
  const naam = [kind.voornamen, kind.tussenvoegsel, kind.achternaam].filter(Boolean).join(' ');
  expect(tekst).toContain(`Deze brief gaat over: ${naam}, geboren op`);
  expect(tekst).toMatch(/Geachte (heer|mevrouw|heer of mevrouw) [^,]+ en (heer|mevrouw) [^,]+,/);
  for (const achternaam of kind.ouders) expect(tekst).toContain(achternaam);
  expect(tekst).not.toContain(`Beste ${kind.voornamen.split(' ')[0]},`);
  expect(tekst).not.toContain('Afschrift voor');

  // The same child at 16: the letter has a copy of its own for them.
  const zestien = new Date();
  zestien.setUTCFullYear(zestien.getUTCFullYear() - 16, zestien.getUTCMonth(), zestien.getUTCDate() - 10);
  await query('UPDATE "Persoon" SET geboortedatum = $2 WHERE id = $1', [kind.persoonId, zestien.toISOString().slice(0, 10)]);
  try {
    const metAfschrift = await brief(page, kind.beschikkingId);
    expect(metAfschrift).toContain(`Afschrift voor ${naam}`);
    expect(metAfschrift).toContain(`Beste ${kind.voornamen.split(' ')[0]},`);
    expect(metAfschrift.match(/pagina 1 van \d+/g)).toHaveLength(2);
  } finally {
    await query('UPDATE "Persoon" SET geboortedatum = $2 WHERE id = $1', [kind.persoonId, kind.geboortedatum]);
  }
});
