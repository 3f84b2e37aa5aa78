// Issue 21, done when: a resident of one household cannot open anything of another — every resident route tried with
// another household's ids answers as if it does not exist — and a parent without gezag does not see the child's part.
// Generated, not written by hand: the routes with an id are the 'inwoner' entries of lib/auth/routes.ts; the forms
// with an id are read from every resident page as the other resident sees it (hidden fields), and posted by this
// resident as a browser without JavaScript would. A new resident route or form is tried without anyone adding it here.
import { expect, test, type BrowserContext } from '@playwright/test';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROUTES, type RouteEntry } from '../../lib/auth/routes';
import { demoInwoner, query, signInInwoner } from './support';

const ROOT = process.cwd(); // scripts/e2e.ts runs Playwright in the project folder
const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';
// React's own client encoder: the body is exactly what the page's form sends through its server action.
const { encodeReply } = createRequire(path.join(ROOT, 'package.json'))(path.join(ROOT, 'node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js')) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const table: Record<string, RouteEntry> = ROUTES;
const RESIDENT_ROUTES = Object.entries(table).filter(([, e]) => e.rule === 'inwoner').map(([pattern, entry]) => ({ pattern, entry }));
const WITH_ID = RESIDENT_ROUTES.filter((r) => /\[\w+\]/.test(r.pattern));
const PAGES = RESIDENT_ROUTES.filter((r) => r.entry.kind === 'page' && !/\[/.test(r.pattern)).map((r) => r.pattern);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIET_GEVONDEN = /niet gevonden/i;

type Ids = Record<string, string>;
/** A form as the page's owner sees it: where it posts, and its fields (hidden ids, a choice made, text filled in). */
type Formulier = { page: string; fields: [string, string][]; ids: string[] };

const fill = (pattern: string, ids: Ids) =>
  pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
    if (!ids[name]) throw new Error(`Geen id voor [${name}] in ${pattern}: voeg het toe aan de ids van dit huishouden`);
    return ids[name];
  });

/**
 * Every form with an id on every resident page (no id in the URL), as its owner's browser gets it from the server
 * (without JavaScript, so that the form's own hidden fields of its server action are there as rendered).
 */
async function formsOf(signedIn: BrowserContext): Promise<Formulier[]> {
  const context = await signedIn.browser()!.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const page = await context.newPage();
  const found: Formulier[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const forms = await page.evaluate(() =>
      [...document.forms].map((form) => {
        const data = new FormData(form);
        // A choice the owner would make: the first of every radio group that has none; text as if typed.
        for (const radio of form.querySelectorAll<HTMLInputElement>('input[type=radio]')) if (!data.has(radio.name)) data.set(radio.name, radio.value);
        const fields: [string, string][] = [];
        for (const [name, value] of data) if (typeof value === 'string') fields.push([name, value === '' ? 'Getest door de e2e-test' : value]);
        return fields;
      }),
    );
    for (const fields of forms) {
      const ids = fields.filter(([name, value]) => !name.startsWith('$ACTION') && UUID.test(value)).map(([name]) => name);
      if (ids.length) found.push({ page: path, fields, ids });
    }
  }
  await context.close();
  return found;
}

/**
 * Posts a form's fields to its server action (the action's id from the form's own hidden fields) as the page would,
 * with this context's session; the action's answer (React's reply with the form state).
 */
async function post(context: BrowserContext, form: Formulier): Promise<string> {
  const own = form.fields.filter(([name]) => name.startsWith('$ACTION'));
  const id = own.map(([name, value]) => /^\$ACTION_ID_(\w+)$/.exec(name)?.[1] ?? /"id":"(\w+)"/.exec(value)?.[1]).find(Boolean);
  if (!id) throw new Error(`${form.page}: geen server action in het formulier`);
  const data = new FormData();
  for (const [name, value] of form.fields) if (!name.startsWith('$ACTION')) data.append(name, value);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${BASE}${form.page}`, {
    method: 'POST',
    headers: { 'Next-Action': id, Origin: BASE, Accept: 'text/x-component', Cookie: cookie },
    body: await encodeReply([{}, data]),
    redirect: 'manual',
  });
  const text = await response.text();
  expect(response.status, `${form.page}: ${form.ids.join(', ')}`).toBe(200);
  expect(text.startsWith('0:{"a":'), `${form.page}: the action itself answered`).toBe(true);
  return text;
}

test.describe.configure({ mode: 'serial' });

let ander: { bsn: string; huishoudenId: string };
let anderIds: Ids;
let ouder: { bsn: string; persoonId: string; kindId: string; huishoudenId: string };
let kindIds: Ids;

test.beforeAll(async () => {
  ander = await demoInwoner(2);
  const coach = `(SELECT id FROM "User" WHERE email = 'wijkcoach@wijkregie.test')`;
  // The other household's letter, conversation attachment and consent, as the app stores them.
  const [brief] = await query<{ id: string }>(`
    INSERT INTO "Document" (id, "gemeenteId", "huishoudenId", soort, titel, "mimeType", inhoud, grootte, "doorId")
    SELECT gen_random_uuid(), h."gemeenteId", h.id, 'PLAN', 'Ondersteuningsplan', 'application/pdf', convert_to('%PDF-1.4', 'UTF8'), 8, ${coach}
    FROM "Huishouden" h WHERE h.id = $1 RETURNING id`, [ander.huishoudenId]);
  const [bijlage] = await query<{ id: string }>(`
    WITH d AS (
      INSERT INTO "Document" (id, "gemeenteId", "huishoudenId", soort, titel, "mimeType", inhoud, grootte, "doorId")
      SELECT gen_random_uuid(), h."gemeenteId", h.id, 'BIJLAGE', 'Bijlage: brief.pdf', 'application/pdf', convert_to('%PDF-1.4', 'UTF8'), 8, ${coach}
      FROM "Huishouden" h WHERE h.id = $1 RETURNING id, "gemeenteId", "huishoudenId")
    INSERT INTO "PortaalBericht" (id, "gemeenteId", "huishoudenId", "medewerkerId", tekst, "documentId")
    SELECT gen_random_uuid(), d."gemeenteId", d."huishoudenId", ${coach}, 'Zie de bijlage.', d.id FROM d RETURNING "documentId" AS id`, [ander.huishoudenId]);
  await query(`
    INSERT INTO "Toestemming" (id, "gemeenteId", "huishoudenId", "persoonId", soort, partij, doel, wijze, "gegevenOp", "vastgelegdDoorId")
    SELECT gen_random_uuid(), p."gemeenteId", $2, p.id, 'DELEN_MET_PARTIJ', 'Woningcorporatie Helder Wonen', 'Vochtprobleem', 'SCHRIFTELIJK', current_date - 3, ${coach}
    FROM "Persoon" p WHERE p.bsn = $1`, [ander.bsn, ander.huishoudenId]);
  anderIds = { briefId: brief.id, bijlageId: bijlage.id };

  // A parent of 18 or older with gezag over a child under 16 in the same household, in another household than the
  // one above; the child has a beschikking (its letter as sent) and a consent of its own.
  const [gezin] = await query<{ bsn: string; persoonId: string; kindId: string; huishoudenId: string; beschikkingId: string }>(`
    SELECT o.bsn, o.id AS "persoonId", k.id AS "kindId", lo."huishoudenId", b.id AS "beschikkingId"
    FROM "Vertegenwoordiging" v
    JOIN "Persoon" o ON o.id = v."vertegenwoordigerId" AND o.bsn IS NOT NULL AND o.geboortedatum <= current_date - interval '18 years' AND o."overledenOp" IS NULL
    JOIN "Persoon" k ON k.id = v."persoonId" AND k.geboortedatum > current_date - interval '16 years'
    JOIN "HuishoudenLidmaatschap" lo ON lo."persoonId" = o.id AND lo.tot IS NULL
    JOIN "HuishoudenLidmaatschap" lk ON lk."persoonId" = k.id AND lk.tot IS NULL AND lk."huishoudenId" = lo."huishoudenId"
    JOIN "Beschikking" b ON b."persoonId" = k.id
    WHERE v.soort = 'GEZAG' AND v.tot IS NULL AND lo."huishoudenId" <> $1
    ORDER BY o.bsn LIMIT 1`, [ander.huishoudenId]);
  if (!gezin) throw new Error('De demodata heeft geen ouder met gezag over een kind met een beschikking.');
  ouder = gezin;
  const [kindBrief] = await query<{ id: string }>(`
    INSERT INTO "Document" (id, "gemeenteId", "huishoudenId", soort, titel, "mimeType", inhoud, grootte, "bronId", "doorId")
    SELECT gen_random_uuid(), b."gemeenteId", $2, 'BESCHIKKING', 'Beschikking van het kind', 'application/pdf', convert_to('%PDF-1.4', 'UTF8'), 8, b.id, ${coach}
    FROM "Beschikking" b WHERE b.id = $1 RETURNING id`, [gezin.beschikkingId, gezin.huishoudenId]);
  await query(`
    INSERT INTO "Toestemming" (id, "gemeenteId", "huishoudenId", "persoonId", soort, partij, doel, wijze, "gegevenOp", "vastgelegdDoorId", "gegevenDoor")
    SELECT gen_random_uuid(), k."gemeenteId", $2, k.id, 'DELEN_MET_PARTIJ', 'School De Vuurtoren', 'Afstemmen met de intern begeleider', 'SCHRIFTELIJK', current_date - 3, ${coach}, 'ouder met gezag'
    FROM "Persoon" k WHERE k.id = $1`, [gezin.kindId, gezin.huishoudenId]);
  kindIds = { briefId: kindBrief.id };
});

test.afterAll(async () => {
  // The gezag as it was, for the specs after this one.
  if (ouder) await query(`UPDATE "Vertegenwoordiging" SET tot = NULL WHERE "persoonId" = $1 AND "vertegenwoordigerId" = $2 AND soort = 'GEZAG'`, [ouder.kindId, ouder.persoonId]);
});

test('every resident route and form with another household’s ids answers “niet gevonden”, and changes nothing', async ({ browser }) => {
  test.setTimeout(180_000);
  expect(WITH_ID.length, 'resident routes with an id').toBeGreaterThanOrEqual(2);

  // The other resident opens their own: every route answers (so the ids are right), and their forms are read.
  const eigenaar = await browser.newContext();
  await signInInwoner(await eigenaar.newPage(), ander.bsn);
  for (const { pattern } of WITH_ID) {
    const response = await eigenaar.request.get(fill(pattern, anderIds));
    expect(response.status(), `${pattern} voor de eigenaar`).toBe(200);
  }
  const forms = await formsOf(eigenaar);
  await eigenaar.close();
  // The plan's akkoord, the progress per goal, the consent: at least these carry an id.
  expect(forms.flatMap((f) => f.ids).sort(), 'formulieren met een id').toEqual(expect.arrayContaining(['doelId', 'toestemmingId', 'versieId']));

  const before = await query<{ n: string }>(`
    SELECT (SELECT count(*) FROM "PlanReactie" r JOIN "PlanVersie" v ON v.id = r."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = v."planId" WHERE o."huishoudenId" = $1)
         + (SELECT count(*) FROM "DoelVoortgang" g JOIN "Doel" d ON d.id = g."doelId" JOIN "PlanVersie" v ON v.id = d."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = v."planId" WHERE o."huishoudenId" = $1)
         + (SELECT count(*) FROM "Toestemming" t WHERE t."huishoudenId" = $1 AND t."ingetrokkenOp" IS NOT NULL) AS n`, [ander.huishoudenId]);

  // This resident (another household) tries them all.
  const indringer = await browser.newContext();
  await signInInwoner(await indringer.newPage(), ouder.bsn);
  for (const { pattern } of WITH_ID) {
    const response = await indringer.request.get(fill(pattern, anderIds));
    expect(response.status(), pattern).toBe(404);
    expect(await response.text(), pattern).toMatch(NIET_GEVONDEN);
  }
  for (const form of forms) {
    const html = await post(indringer, form);
    expect(html, `${form.page} met ${form.ids.join(', ')}`).toMatch(NIET_GEVONDEN);
  }
  await indringer.close();

  const after = await query<{ n: string }>(`
    SELECT (SELECT count(*) FROM "PlanReactie" r JOIN "PlanVersie" v ON v.id = r."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = v."planId" WHERE o."huishoudenId" = $1)
         + (SELECT count(*) FROM "DoelVoortgang" g JOIN "Doel" d ON d.id = g."doelId" JOIN "PlanVersie" v ON v.id = d."planVersieId" JOIN "Ondersteuningsplan" o ON o.id = v."planId" WHERE o."huishoudenId" = $1)
         + (SELECT count(*) FROM "Toestemming" t WHERE t."huishoudenId" = $1 AND t."ingetrokkenOp" IS NOT NULL) AS n`, [ander.huishoudenId]);
  expect(after[0].n).toBe(before[0].n);
});

test('a parent without gezag does not see the child’s part: its letter and its consent are “niet gevonden”', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInInwoner(page, ouder.bsn);
  // With gezag: the child's letter opens, and the child's consent is on the page with its form.
  const kindRoutes = WITH_ID.filter(({ pattern }) => /\[(\w+)\]/.exec(pattern)![1] in kindIds);
  expect(kindRoutes.length).toBeGreaterThanOrEqual(1);
  for (const { pattern } of kindRoutes) expect((await context.request.get(fill(pattern, kindIds))).status(), pattern).toBe(200);
  const [kindToestemming] = await query<{ id: string }>(`SELECT id FROM "Toestemming" WHERE "persoonId" = $1 AND partij = 'School De Vuurtoren'`, [ouder.kindId]);
  const forms = (await formsOf(context)).filter((f) => f.fields.some(([, value]) => value === kindToestemming.id));
  expect(forms, 'het formulier van de toestemming van het kind').toHaveLength(1);

  // The gezag ends (a court's decision, or the BRP says so): at once, the child's part is gone.
  await query(`UPDATE "Vertegenwoordiging" SET tot = current_date - 1 WHERE "persoonId" = $1 AND "vertegenwoordigerId" = $2 AND soort = 'GEZAG'`, [ouder.kindId, ouder.persoonId]);
  for (const { pattern } of kindRoutes) {
    const response = await context.request.get(fill(pattern, kindIds));
    expect(response.status(), pattern).toBe(404);
    expect(await response.text(), pattern).toMatch(NIET_GEVONDEN);
  }
  expect(await post(context, forms[0])).toMatch(NIET_GEVONDEN);
  expect((await query<{ ingetrokkenOp: Date | null }>(`SELECT "ingetrokkenOp" FROM "Toestemming" WHERE id = $1`, [kindToestemming.id]))[0].ingetrokkenOp).toBeNull();
  await page.goto('/mijn/toestemmingen');
  await expect(page.getByText('School De Vuurtoren')).toHaveCount(0);
  await context.close();
});
