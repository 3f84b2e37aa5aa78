import { expect, test, type Page } from '@playwright/test';
import http from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectAccessible } from './support';

// Issue 16 items 6 and 10 on the public form: the rate limit counts the address of the socket (a client cannot
// choose it with X-Forwarded-For or our own header), believes X-Forwarded-For only from a trusted proxy (scripts/e2e.ts
// trusts 127.0.0.1: the tests play the proxy), and the confirmation is written for the situation.

const ROOT = process.cwd();
const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';
const { encodeReply } = createRequire(path.join(ROOT, 'package.json'))(path.join(ROOT, 'node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js')) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

function meldingActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === 'app/(public)/melding/actions.ts' && a.exportedName === 'submitMeldingAction');
  if (!found) throw new Error('submitMeldingAction is not in the build');
  return found[0];
}

/** An HTTP request from a chosen local address (127.0.0.2 is loopback too, but not the trusted proxy 127.0.0.1). */
function request(localAddress: string, method: string, url: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(`${BASE}${url}`, { method, headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let leefgebiedId = '';

/** The online melding posted as the browser's form would, from `localAddress` with the given extra headers. */
async function postMelding(localAddress: string, extra: Record<string, string>, n: number) {
  if (!leefgebiedId) {
    const page = await request(localAddress, 'GET', '/melding', {});
    leefgebiedId = page.text.match(/name="leefgebieden" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    expect(leefgebiedId).not.toBe('');
  }
  const form = new FormData();
  for (const [k, v] of Object.entries({ overWie: 'mijzelf', naam: `Test Adres ${n}`, postcode: '1781AB', huisnummer: String(100 + n), telefoon: '06 12345678', vraag: 'Ik heb hulp nodig bij mijn administratie.', leefgebieden: leefgebiedId, veiligheid: 'nee', website: '' })) form.append(k, v);
  const encoded = await encodeReply([{}, form]);
  const r = new Response(encoded);
  const body = Buffer.from(await r.arrayBuffer());
  return request(localAddress, 'POST', '/melding', { 'Next-Action': meldingActionId(), Origin: BASE, Accept: 'text/x-component', 'Content-Type': r.headers.get('content-type') ?? 'text/plain', ...extra }, body);
}

const verstuurd = (res: { headers: http.IncomingHttpHeaders }) => String(res.headers['x-action-redirect'] ?? '').startsWith('/melding/bevestiging');
const geweigerd = (res: { text: string }) => res.text.includes('meldingen gedaan. Probeer het over een uur opnieuw.');

test('the rate limit counts the socket address: a client cannot pick a fresh address per request', async () => {
  // From 127.0.0.2, not a trusted proxy: each post claims another address, in X-Forwarded-For and in our own header.
  for (let i = 1; i <= 5; i++) {
    const res = await postMelding('127.0.0.2', { 'X-Forwarded-For': `198.18.0.${i}`, 'X-Real-IP': `198.18.1.${i}`, 'x-wijkregie-peer': `198.18.2.${i}` }, i);
    expect(verstuurd(res), res.text.slice(0, 300)).toBe(true);
  }
  const zesde = await postMelding('127.0.0.2', { 'X-Forwarded-For': '198.18.0.99', 'x-wijkregie-peer': '198.18.2.99' }, 6);
  expect(verstuurd(zesde)).toBe(false);
  expect(geweigerd(zesde)).toBe(true);
});

test('behind a trusted proxy the client address is the rightmost untrusted hop of X-Forwarded-For', async () => {
  // 127.0.0.1 is the trusted proxy here. Its residents each have their own limit, whatever they prepend themselves.
  for (let i = 1; i <= 5; i++) {
    const res = await postMelding('127.0.0.1', { 'X-Forwarded-For': `10.66.0.${i}, 198.19.0.7` }, 10 + i);
    expect(verstuurd(res), res.text.slice(0, 300)).toBe(true);
  }
  expect(geweigerd(await postMelding('127.0.0.1', { 'X-Forwarded-For': '10.66.0.77, 198.19.0.7' }, 16))).toBe(true);
  // Another resident behind the same proxy is not refused.
  expect(verstuurd(await postMelding('127.0.0.1', { 'X-Forwarded-For': '198.19.0.8' }, 17))).toBe(true);
});

async function fillMelding(page: Page, options: { overAnder: boolean; veiligheid: 'Nee' | 'Ja' }) {
  await page.goto('/melding');
  if (options.overAnder) {
    await page.getByRole('radio', { name: 'Over iemand anders' }).check();
    await page.getByLabel('Uw naam').fill('Buurvrouw Els');
    await page.getByRole('group', { name: 'Weet deze persoon dat u deze melding doet?' }).getByRole('radio', { name: 'Ja' }).check();
  } else {
    await page.getByRole('radio', { name: 'Over mijzelf (of mijn gezin)' }).check();
  }
  await page.getByLabel('Naam', { exact: true }).fill('Kees Bevestiging');
  await page.getByLabel('Postcode').fill('1781AB');
  await page.getByLabel('Huisnummer').fill('7');
  await page.getByLabel('Telefoonnummer').fill('06 12345678');
  await page.getByLabel('Waar wilt u hulp bij?').fill('Mijn buurman redt het niet meer alleen thuis.');
  await page.getByRole('checkbox', { name: 'Geld, schulden of rekeningen' }).check();
  await page.getByRole('group', { name: 'Is iemand op dit moment niet veilig, thuis of ergens anders?' }).getByRole('radio', { name: options.veiligheid, exact: true }).check();
  await page.getByRole('button', { name: 'Melding versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uw melding is verstuurd' })).toBeVisible();
}

test('the confirmation is written per situation: urgent, and about someone else', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.161' } });
  const page = await context.newPage();

  await fillMelding(page, { overAnder: false, veiligheid: 'Ja' });
  await expect(page.getByText('Uw melding is verstuurd. Wij behandelen haar met voorrang.')).toBeVisible();
  await expect(page.getByText('nog steeds versturen')).toHaveCount(0);
  await expect(page.getByText(/zo snel mogelijk contact met u op/)).toBeVisible();
  await expectAccessible(page);

  await fillMelding(page, { overAnder: true, veiligheid: 'Nee' });
  await expect(page.getByText(/persoon over wie u zich zorgen maakt/)).toBeVisible();
  await expect(page.getByText(/gesprek bij u thuis/)).toHaveCount(0);
  await expect(page.getByText(/uw eigen plan/)).toHaveCount(0);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: '/tmp/defB-bevestiging-ander.png', fullPage: true });
  await context.close();
});
