// Issue 19, done when: the backoffice sends a vastgestelde beschikking's toewijzing and the WMO301 appears in
// berichten/uit; a 302 and a 305 dropped into berichten/in show on the toewijzing and in the dossier as accepted and
// started; a 315 becomes a verzoek that the backoffice answers; a malformed file is shown as refused and nothing else
// changes. The channel's round runs from the page ("Nu uitwisselen"), as the every-minute job would.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { declaratieBericht, retourOp, startBericht, verzoekOmToewijzing } from '../../lib/iwmo/aanbieder-berichten';
import { expectAccessible, query, signIn } from './support';

const BACKOFFICE = 'backoffice@wijkregie.test';
const DIR = path.resolve(process.env.BERICHTEN_DIR ?? path.join(process.cwd(), '.data', 'berichten'));

type Kandidaat = {
  beschikkingId: string; huishoudenId: string; toewijzingId: string; toewijzingNummer: number; ingangsdatum: Date; categorie: string; code: string;
  agbCode: string; gemeentecode: string; bsn: string; geboortedatum: Date; achternaam: string;
};

const dag = (d: Date) => d.toISOString().slice(0, 10);
const vandaag = () => new Date().toISOString().slice(0, 10);

test('a toewijzing goes out through berichten/uit; its 302 and 305, a 315 and a malformed file come in through berichten/in', async ({ page }) => {
  test.setTimeout(240_000);
  const [k] = await query<Kandidaat>(`
    SELECT b.id AS "beschikkingId", b."huishoudenId", t.id AS "toewijzingId", t."toewijzingNummer", t.ingangsdatum, p.categorie, p.code,
           a."agbCode", g.gemeentecode, pe.bsn, pe.geboortedatum, pe.achternaam
    FROM "Toewijzing" t
    JOIN "BeschiktProduct" bp ON bp.id = t."beschiktProductId" JOIN "Beschikking" b ON b.id = bp."beschikkingId"
    JOIN "Product" p ON p.id = t."productId" JOIN "Aanbieder" a ON a.id = t."aanbiederId" JOIN "Gemeente" g ON g.id = t."gemeenteId"
    JOIN "Persoon" pe ON pe.id = t."persoonId" AND pe.bsn IS NOT NULL AND pe.geboortedatum IS NOT NULL
    WHERE t.status = 'NIEUW' AND t.wet = 'WMO' AND b.status IN ('VASTGESTELD', 'VERZONDEN') AND t.ingangsdatum <= CURRENT_DATE
      AND NOT EXISTS (SELECT 1 FROM "Toewijzing" o WHERE o."persoonId" = t."persoonId" AND o."aanbiederId" = t."aanbiederId" AND o.id <> t.id)
    ORDER BY t."toewijzingNummer" LIMIT 1`);
  expect(k, 'de demodata heeft een vastgestelde Wmo-toewijzing die nog niet is verstuurd').toBeTruthy();
  const levering = async () => Number((await query<{ n: string }>('SELECT count(*) AS n FROM "Zorglevering"'))[0].n);

  // Send it: the WMO301 is stored, and the channel's round writes it to berichten/uit.
  await signIn(page, BACKOFFICE);
  await page.goto(`/beschikkingen/${k.beschikkingId}`);
  await page.getByRole('button', { name: /versturen naar de aanbieders?$/ }).click();
  await expect(page.getByText('De toewijzingen zijn verstuurd.')).toBeVisible();
  const [bericht] = await query<{ berichtNummer: number }>(
    `SELECT b."berichtNummer" FROM "Bericht" b JOIN "ToewijzingBericht" tb ON tb."berichtId" = b.id WHERE tb."toewijzingId" = $1 ORDER BY b."createdAt" DESC LIMIT 1`, [k.toewijzingId]);
  await page.goto('/berichtenverkeer');
  await expect(page.getByRole('heading', { name: 'Berichtenverkeer', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: `WMO301 ${bericht.berichtNummer}` })).toBeVisible();
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/bericht\(en\) klaargezet in berichten\/uit/)).toBeVisible();
  const xml301 = readFileSync(path.join(DIR, 'uit', `WMO301-${bericht.berichtNummer}-${k.agbCode}.xml`), 'utf8');
  expect(xml301).toContain(`<wmo301:ToewijzingNummer>${k.toewijzingNummer}</wmo301:ToewijzingNummer>`);
  expect(xml301).toContain('<iwmo:LandCode>NL</iwmo:LandCode>');
  await expectAccessible(page);

  // The aanbieder answers: a 302 (accepted) and a 305 (care started), dropped into berichten/in.
  mkdirSync(path.join(DIR, 'in'), { recursive: true });
  const kop = { agb: k.agbCode, gemeentecode: k.gemeentecode, dagtekening: vandaag() };
  const client = { bsn: k.bsn, geboortedatum: dag(k.geboortedatum), achternaam: k.achternaam };
  const uniek = Date.now().toString(36);
  writeFileSync(path.join(DIR, 'in', `302-${uniek}.xml`), retourOp(xml301, { identificatieRetour: `R${uniek}`, dagtekeningRetour: vandaag() }));
  writeFileSync(path.join(DIR, 'in', `305-${uniek}.xml`), startBericht({ ...kop, identificatie: `S${uniek}` }, client, [
    { toewijzingNummer: k.toewijzingNummer, categorie: k.categorie, code: k.code, toewijzingIngangsdatum: dag(k.ingangsdatum), begindatum: dag(k.ingangsdatum) },
  ]));
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/2 ontvangen uit berichten\/in, 2 verwerkt, 0 geweigerd/)).toBeVisible();

  await page.goto(`/beschikkingen/${k.beschikkingId}`);
  await expect(page.getByText(`WMO301 nummer ${bericht.berichtNummer}`).locator('..')).toContainText('geaccepteerd door de aanbieder');
  await expect(page.getByRole('table', { name: 'Toewijzingen van deze beschikking' })).toContainText('Gestart');
  await page.goto(`/huishoudens/${k.huishoudenId}`);
  await expect(page.getByRole('table', { name: 'Lopende toewijzingen' }).getByRole('row').filter({ hasText: String(k.toewijzingNummer) })).toContainText('Gestart');

  // A 315: a verzoek in the queue, answered with a 319 afwijzing.
  writeFileSync(path.join(DIR, 'in', `315-${uniek}.xml`), verzoekOmToewijzing({ ...kop, identificatie: `V${uniek}` }, client, [
    { referentie: `VOT-${uniek}`, categorie: '07', code: '07A12', ingangsdatum: vandaag(), einddatum: dag(new Date(Date.now() + 300 * 86_400_000)), volume: 4, eenheid: '16', frequentie: '2' },
  ]));
  await page.goto('/berichtenverkeer');
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/1 ontvangen uit berichten\/in, 1 verwerkt/)).toBeVisible();
  await page.goto('/berichtenverkeer?weergave=verzoeken');
  await page.getByRole('row').filter({ hasText: `VOT-${uniek}` }).getByRole('link', { name: 'Beantwoorden' }).click();
  await page.getByLabel('Reden van afwijzing').selectOption({ label: 'Geen contract' });
  await page.getByRole('button', { name: 'Afwijzen (319)' }).click();
  await expect(page.getByText(/Het verzoek is afgewezen \(Geen contract\); WMO319 \d+ gaat naar de aanbieder/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `VOT-${uniek}` })).toHaveCount(0);
  await expectAccessible(page);

  // A malformed file: refused with its reason, and nothing else changes.
  const voor = await levering();
  writeFileSync(path.join(DIR, 'in', `kapot-${uniek}.xml`), '<wmo305:Bericht xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"><niet-af');
  await page.goto('/berichtenverkeer');
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/1 ontvangen uit berichten\/in, 0 verwerkt, 1 geweigerd/)).toBeVisible();
  await page.goto('/berichtenverkeer?weergave=geweigerd');
  const rij = page.getByRole('row').filter({ hasText: `kapot-${uniek}.xml` });
  await expect(rij).toContainText('Geweigerd');
  await expect(rij).toContainText('0001: Bericht is afgekeurd om technische redenen.');
  expect(await levering()).toBe(voor);
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/berichten-geweigerd.png', fullPage: true });
  await page.goto('/berichtenverkeer?weergave=retour');
  await page.screenshot({ path: '/tmp/berichten-retour.png', fullPage: true });
});

type Gedeclareerde = {
  beschikkingId: string; toewijzingNummer: number; categorie: string; code: string; agbCode: string; gemeentecode: string; bsn: string; volume: number; eenheid: string; tariefCent: number;
};

test('a declaratie (323) comes in, is partly granted and answered with a 325; a refused toewijzingbericht is sent again', async ({ page }) => {
  test.setTimeout(240_000);
  const nu = new Date();
  const begin = new Date(Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth() - 1, 1));
  const eind = new Date(Date.UTC(nu.getUTCFullYear(), nu.getUTCMonth(), 0));
  // A sent, accepted weekly WMO toewijzing running through last month, not declared yet, with a contract tarief.
  const [k] = await query<Gedeclareerde>(`
    SELECT b.id AS "beschikkingId", t."toewijzingNummer", p.categorie, p.code, a."agbCode", g.gemeentecode, pe.bsn, t.volume, t.eenheid, c."tariefCent"
    FROM "Toewijzing" t
    JOIN "BeschiktProduct" bp ON bp.id = t."beschiktProductId" JOIN "Beschikking" b ON b.id = bp."beschikkingId"
    JOIN "Product" p ON p.id = t."productId" JOIN "Aanbieder" a ON a.id = t."aanbiederId" JOIN "Gemeente" g ON g.id = t."gemeenteId"
    JOIN "Contract" c ON c."aanbiederId" = t."aanbiederId" AND c."productId" = t."productId"
    JOIN "Persoon" pe ON pe.id = t."persoonId" AND pe.bsn IS NOT NULL
    WHERE t.status = 'VERZONDEN' AND t.wet = 'WMO' AND t.frequentie = '2' AND t.volume IS NOT NULL AND t.eenheid <> '83' AND t."redenWijziging" IS NULL
      AND t.ingangsdatum <= $1::date AND (t.einddatum IS NULL OR t.einddatum >= $2::date)
      AND NOT EXISTS (SELECT 1 FROM "DeclaratiePrestatie" dp WHERE dp."toewijzingId" = t.id)
    ORDER BY t."toewijzingNummer" LIMIT 1`, [dag(begin), dag(eind)]);
  expect(k, 'de demodata heeft een lopende wekelijkse Wmo-toewijzing zonder declaratie').toBeTruthy();
  const uniek = Date.now().toString(36).toUpperCase();
  const week = new Date(begin.getTime() + 6 * 86_400_000);
  const prestatie = { bsn: k.bsn, toewijzingNummer: k.toewijzingNummer, categorie: k.categorie, eenheid: k.eenheid, tariefCent: k.tariefCent };
  mkdirSync(path.join(DIR, 'in'), { recursive: true });
  writeFileSync(path.join(DIR, 'in', `323-${uniek}.xml`), declaratieBericht({ agb: k.agbCode, gemeentecode: k.gemeentecode, identificatie: `D${uniek}`, dagtekening: vandaag() }, {
    nummer: `E2E${uniek}`.slice(0, 12), periodeBegin: dag(begin), periodeEind: dag(eind),
    prestaties: [
      { ...prestatie, referentie: `A${uniek}`, code: k.code, begindatum: dag(begin), einddatum: dag(week), volume: k.volume, bedragCent: k.volume * k.tariefCent },
      // Another product than the toewijzing's: rejected with 9340.
      { ...prestatie, referentie: `B${uniek}`, code: `${k.categorie}X99`, begindatum: dag(begin), einddatum: dag(week), volume: 1, bedragCent: k.tariefCent },
    ],
  }));
  await signIn(page, BACKOFFICE);
  await page.goto('/berichtenverkeer');
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/1 ontvangen uit berichten\/in, 1 verwerkt, 0 geweigerd/)).toBeVisible();
  await page.goto('/berichtenverkeer?weergave=declaraties');
  const rij = page.getByRole('row').filter({ hasText: `E2E${uniek}`.slice(0, 12) });
  await expect(rij).toContainText('Deels toegekend');
  await expect(rij).toContainText('9340: ProductCode in de prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.');
  const antwoord = (await rij.getByRole('link', { name: /^WMO325 \d+$/ }).textContent())!.replace(' ', '-');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/berichten-declaraties.png', fullPage: true });
  // The next round writes the 325 to berichten/uit.
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/bericht\(en\) klaargezet in berichten\/uit/)).toBeVisible();
  expect(readFileSync(path.join(DIR, 'uit', `${antwoord}-${k.agbCode}.xml`), 'utf8')).toContain('<wmo325:RetourCode>9340</wmo325:RetourCode>');
  await page.goto(`/beschikkingen/${k.beschikkingId}`);
  await expect(page.getByRole('table', { name: 'Toewijzingen van deze beschikking' }).getByRole('row').filter({ hasText: String(k.toewijzingNummer) })).toContainText(/toegekend.*1 prestatie afgewezen/);

  // A toewijzingbericht still waiting for its retour is refused (0001), and sent again from the Afgekeurd list.
  const [wacht] = await query<{ id: string; code: string; berichtNummer: number; xml: string }>(`SELECT id, code, "berichtNummer", xml FROM "Bericht" WHERE "retourOp" IS NULL AND code = 'WMO301' ORDER BY "createdAt" LIMIT 1`);
  writeFileSync(path.join(DIR, 'in', `302-afgekeurd-${uniek}.xml`), retourOp(wacht.xml, { identificatieRetour: `RA${uniek}`, dagtekeningRetour: vandaag(), codes: ['0001'] }));
  await page.goto('/berichtenverkeer');
  await page.getByRole('button', { name: 'Nu uitwisselen' }).click();
  await expect(page.getByText(/1 verwerkt, 0 geweigerd/)).toBeVisible();
  await page.goto('/berichtenverkeer?weergave=afgekeurd');
  await page.getByRole('button', { name: `WMO301 ${wacht.berichtNummer} opnieuw versturen` }).click();
  await expect(page.getByText(/Het gecorrigeerde bericht is opnieuw verstuurd als WMO301 \d+; het afgekeurde bericht blijft bewaard\./)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `WMO301 ${wacht.berichtNummer}` })).toContainText('Opnieuw verstuurd als WMO301');
  await expectAccessible(page);
  await page.screenshot({ path: '/tmp/berichten-afgekeurd.png', fullPage: true });
});
