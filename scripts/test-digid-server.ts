// Issue 21: the test DigiD itself — a real OpenID Provider (`oidc-provider`) with a login page clearly marked as a
// test that lists demo residents. Run as its own process by scripts/test-digid.ts (startTestDigid), so that it keeps
// answering while the script that started it waits (scripts/e2e.ts runs Playwright synchronously).
// Environment: TEST_DIGID_ISSUER, TEST_DIGID_APP_URL, TEST_DIGID_CLIENT_ID, TEST_DIGID_CLIENT_SECRET, DATABASE_URL.
// Issue 22: the same provider is the test eHerkenning for ketenpartners, as a second client (TEST_EHERKENNING_CLIENT_ID,
// TEST_EHERKENNING_CLIENT_SECRET) with its own login page listing the demo partner users; its ID token carries the
// KvK number, the person's e-mail and the assurance level (acr) EH3.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { generateKeyPairSync, createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

async function main() {
  const issuer = process.env.TEST_DIGID_ISSUER!;
  const appUrl = process.env.TEST_DIGID_APP_URL!;
  const port = Number(new URL(issuer).port);
  const clientId = process.env.TEST_DIGID_CLIENT_ID!;
  const clientSecret = process.env.TEST_DIGID_CLIENT_SECRET!;
  const partnerClientId = process.env.TEST_EHERKENNING_CLIENT_ID;
  const partnerClientSecret = process.env.TEST_EHERKENNING_CLIENT_SECRET;
  const { Provider } = await import('oidc-provider');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-digid', use: 'sig', alg: 'RS256' };
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${appUrl}/mijn/auth/callback`],
      post_logout_redirect_uris: [`${appUrl}/mijn/inloggen`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'RS256',
    }, ...(partnerClientId && partnerClientSecret ? [{
      client_id: partnerClientId,
      client_secret: partnerClientSecret,
      redirect_uris: [`${appUrl}/partner/auth/callback`],
      post_logout_redirect_uris: [`${appUrl}/partner/inloggen`],
      response_types: ['code' as const],
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'RS256' as const,
    }] : [])],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { acr: null, openid: ['sub', 'bsn', 'kvk', 'email'] }, // acr: a standalone claim (the eHerkenning level)
    // The eHerkenning assurance level goes into the ID token as acr only for values the provider knows.
    acrValues: ['urn:etoegang:core:assurance-class:loa3'],
    conformIdTokenClaims: false, // the BSN in the ID token itself, as DigiD brokers do
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      // A partner account is `eh:<kvk>:<email>`; a resident's is the BSN.
      claims: async () => (id.startsWith('eh:')
        ? { sub: pseudonym(id), kvk: id.split(':')[1], email: id.split(':').slice(2).join(':') }
        : { sub: pseudonym(id), bsn: id }),
    }),
    ttl: { Interaction: 600, Session: 900, Grant: 900, AuthorizationCode: 60, IdToken: 600, AccessToken: 600 },
  });
  const callback = provider.callback();

  const server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return void callback(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        const partner = Boolean(partnerClientId) && details.params.client_id === partnerClientId;
        if (req.method === 'POST' && match[2]) await (partner ? partnerLogin(req, res) : login(req, res));
        else await (partner ? partnerLoginPage(req, res) : loginPage(req, res));
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Inloggen mislukt', `<p>De inlogpoging is verlopen of ongeldig. Ga terug naar Mijn plan en probeer het opnieuw.</p><p><a href="${escapeHtml(appUrl)}/mijn/inloggen">Terug naar Mijn plan</a></p>`));
        if (!(error instanceof Error && /interaction session/i.test(error.message))) console.error('Test-DigiD:', error);
      }
    })();
  });

  async function loginPage(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const residents = await demoResidents();
    const list = residents.map((r) => `<li><form method="post" action="/interaction/${details.uid}/login"><input type="hidden" name="bsn" value="${r.bsn}">
      <button type="submit">Inloggen als ${escapeHtml(r.naam)}</button> <span class="bsn">BSN ${r.bsn}</span></form></li>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page('Test-DigiD: inloggen', `
      <p class="waarschuwing"><strong>Dit is een test-DigiD.</strong> Het is niet de echte DigiD. U kiest hieronder een van de
      demo-inwoners; er wordt geen wachtwoord gevraagd.</p>
      <h2>Demo-inwoners</h2><ul>${list}</ul>
      <h2>Ander BSN</h2>
      <form method="post" action="/interaction/${details.uid}/login">
        <label for="bsn">BSN (9 cijfers)</label> <input id="bsn" name="bsn" inputmode="numeric" autocomplete="off" pattern="[0-9]{9}" required>
        <button type="submit">Inloggen</button>
      </form>`));
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    const body = new URLSearchParams(await readBody(req));
    const bsn = (body.get('bsn') ?? '').trim();
    const details = await provider.interactionDetails(req, res);
    if (!/^\d{9}$/.test(bsn)) {
      res.writeHead(303, { location: `/interaction/${details.uid}` });
      return void res.end();
    }
    const grant = new provider.Grant({ accountId: bsn, clientId: String(details.params.client_id) });
    grant.addOIDCScope('openid');
    grant.addOIDCClaims(['bsn']);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: bsn }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  async function partnerLoginPage(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const { rows } = await pool.query<{ kvk: string; email: string; naam: string; organisatie: string }>(`
      SELECT o."kvkNummer" AS kvk, g.email, g.naam, o.naam AS organisatie
      FROM "PartnerGebruiker" g JOIN "PartnerOrganisatie" o ON o.id = g."organisatieId"
      WHERE g.actief AND o.actief ORDER BY o.naam, g.naam LIMIT 20`);
    const list = rows.map((r) => `<li><form method="post" action="/interaction/${details.uid}/login">
      <input type="hidden" name="kvk" value="${escapeHtml(r.kvk)}"><input type="hidden" name="email" value="${escapeHtml(r.email)}">
      <button type="submit">Inloggen als ${escapeHtml(r.naam)}</button> <span class="bsn">${escapeHtml(r.organisatie)}, KvK ${escapeHtml(r.kvk)}</span></form></li>`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page('Test-eHerkenning: inloggen', `
      <p class="waarschuwing"><strong>Dit is een test-eHerkenning.</strong> Het is niet de echte eHerkenning. Je kiest hieronder
      een demo-gebruiker van een ketenpartner; er wordt geen wachtwoord of tweede factor gevraagd. Het betrouwbaarheidsniveau is EH3.</p>
      <h2>Demo-gebruikers van ketenpartners</h2><ul>${list}</ul>
      <h2>Andere gebruiker</h2>
      <form method="post" action="/interaction/${details.uid}/login">
        <p><label for="kvk">KvK-nummer (8 cijfers)</label> <input id="kvk" name="kvk" inputmode="numeric" autocomplete="off" pattern="[0-9]{8}" required></p>
        <p><label for="email">E-mailadres</label> <input id="email" name="email" type="email" autocomplete="off" required></p>
        <button type="submit">Inloggen</button>
      </form>`, 'TEST-eHerkenning — alleen voor demo en tests'));
  }

  async function partnerLogin(req: IncomingMessage, res: ServerResponse) {
    const body = new URLSearchParams(await readBody(req));
    const kvk = (body.get('kvk') ?? '').trim();
    const email = (body.get('email') ?? '').trim().toLowerCase();
    const details = await provider.interactionDetails(req, res);
    if (!/^\d{8}$/.test(kvk) || !email.includes('@')) {
      res.writeHead(303, { location: `/interaction/${details.uid}` });
      return void res.end();
    }
    const accountId = `eh:${kvk}:${email}`;
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope('openid');
    grant.addOIDCClaims(['kvk', 'email']);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, {
      login: { accountId, acr: 'urn:etoegang:core:assurance-class:loa3' }, consent: { grantId },
    }, { mergeWithLastSubmission: false });
  }

  /** Adults of the demo, the ones whose plan lies ter akkoord first. */
  async function demoResidents(): Promise<{ bsn: string; naam: string }[]> {
    const { rows } = await pool.query<{ bsn: string; naam: string }>(`
      SELECT p.bsn, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam
      FROM "Persoon" p
      JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p.id AND l.tot IS NULL
      WHERE p.bsn IS NOT NULL AND p.geboortedatum <= current_date - interval '18 years' AND l.rol IN ('HOOFDBEWONER', 'PARTNER')
      ORDER BY NOT EXISTS (SELECT 1 FROM "Ondersteuningsplan" o JOIN "PlanVersie" v ON v."planId" = o.id
                           WHERE o."huishoudenId" = l."huishoudenId" AND o.actueel AND v.status = 'TER_AKKOORD'),
               NOT EXISTS (SELECT 1 FROM "Aanvraag" a WHERE a."huishoudenId" = l."huishoudenId"),
               p.achternaam, p.voornamen
      LIMIT 12`);
    return rows;
  }

  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void pool.end().finally(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** A stable pseudonymous subject, as DigiD brokers give: the BSN travels only in its own claim. */
const pseudonym = (bsn: string) => createHash('sha256').update(`test-digid:${bsn}`).digest('hex').slice(0, 32);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string, banner = 'TEST-DigiD — alleen voor demo en tests'): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>
body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;line-height:1.5}
header{background:#b00020;color:#fff;padding:1rem}header p{margin:0;font-weight:700}
main{max-width:40rem;margin:0 auto;padding:1rem}
.waarschuwing{border:3px solid #b00020;padding:.75rem;background:#fff4f4}
ul{list-style:none;padding:0}li{margin:.5rem 0}
button{font:inherit;padding:.5rem 1rem;background:#154273;color:#fff;border:0;border-radius:4px;cursor:pointer}
button:focus,input:focus{outline:3px solid #ffb612;outline-offset:2px}
input{font:inherit;padding:.4rem;border:2px solid #555;border-radius:4px}
.bsn{color:#555;font-size:.9rem}
</style></head><body><header><p>${escapeHtml(banner)}</p></header><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

main().catch((error) => {
  console.error('Test-DigiD:', error);
  process.exit(1);
});
