import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRP_FIELDS, BrpError, brpConfigFromEnv, brpPost, raadpleegMetBsn, zoekMetGeslachtsnaamEnGeboortedatum, zoekMetPostcodeEnHuisnummer, type BrpConfig,
} from '@/lib/brp/client';
import { startEmbeddedBrp } from '@/lib/brp/embedded';
import type { LocalBrp } from '@/lib/brp/local-server';

/** A test server on a free port of the loopback interface; its port. */
async function luister(server: { listen: (port: number, host: string, cb: () => void) => unknown; address: () => unknown }): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

// Issue 20: the BRP client against the local BRP service started the way `npm start` starts it (startEmbeddedBrp),
// with the RvIG's published test persons (../shared/standards/brp/test-data.json). The local BRP on port 3172; the other servers on a free port.

const doel = { doel: 'Wmo 2015 art. 2.3.2: onderzoek naar de hulpvraag', verwerking: 'test', gebruiker: 'test-gebruiker' };
let brp: LocalBrp;
const fout = (p: Promise<unknown>) => p.then(() => { throw new Error('geen fout'); }, (e) => e as BrpError);
let config: BrpConfig;

beforeAll(async () => {
  const started = await startEmbeddedBrp({ port: 3172, env: {} });
  brp = started.brp!;
  config = brpConfigFromEnv({ ...started.env, BRP_TIMEOUT_MS: '2000', BRP_RETRIES: '1' })!;
});
afterAll(async () => {
  await brp?.close();
});

describe('the local BRP, as npm start starts it', () => {
  it('answers on the spec path with the API key npm start gives the app', async () => {
    expect(config.url).toBe('http://127.0.0.1:3172/haalcentraal/api/brp');
    expect(config.apiKey).toBeTruthy();
  });

  it('RaadpleegMetBurgerservicenummer: the test person with name, birth, address and relations', async () => {
    const [p] = await raadpleegMetBsn(config, ['999999126'], BRP_FIELDS.registreren, doel);
    expect(p.burgerservicenummer).toBe('999999126');
    expect(p.naam).toMatchObject({ voornamen: 'Manon', geslachtsnaam: 'Maasland' });
    expect(p.geboorte?.datum).toEqual({ type: 'Datum', datum: '1988-02-01', langFormaat: '1 februari 1988' });
    expect(p.verblijfplaats).toMatchObject({ type: 'Adres', verblijfadres: { korteStraatnaam: 'Turfmarkt', huisnummer: 25, postcode: '2511CA', woonplaats: "'s-Gravenhage" } });
    expect(p.gemeenteVanInschrijving).toEqual({ code: '0518', omschrijving: "'s-Gravenhage" });
    expect(p.kinderen?.length).toBeGreaterThan(0);
  });

  it('ZoekMetGeslachtsnaamEnGeboortedatum: finds by name and date, case-insensitive, with the trailing wildcard', async () => {
    const exact = await zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: 'maasland', geboortedatum: '1988-02-01' }, BRP_FIELDS.zoeken, doel);
    expect(exact.map((p) => p.burgerservicenummer)).toEqual(['999999126']);
    const wildcard = await zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: 'Maas*', geboortedatum: '1988-02-01' }, BRP_FIELDS.zoeken, doel);
    expect(wildcard.map((p) => p.burgerservicenummer)).toEqual(['999999126']);
    const anderDag = await zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: 'Maasland', geboortedatum: '1988-02-02' }, BRP_FIELDS.zoeken, doel);
    expect(anderDag).toEqual([]);
  });

  it('ZoekMetPostcodeEnHuisnummer: everyone registered at the address, as PersoonBeperkt (adressering, no verblijfplaats)', async () => {
    const personen = await zoekMetPostcodeEnHuisnummer(config, { postcode: '2511 ca', huisnummer: 25 }, BRP_FIELDS.zoeken, doel);
    const bsns = personen.map((p) => p.burgerservicenummer);
    expect(bsns).toEqual(expect.arrayContaining(['999999126', '999999163', '999970045']));
    expect(personen[0].adressering).toEqual({ adresregel1: 'Turfmarkt 25', adresregel2: "2511 CA  'S-GRAVENHAGE" });
    expect(personen[0]).not.toHaveProperty('verblijfplaats');
  });

  it('fields filtering: only the fields asked come back', async () => {
    const [p] = await raadpleegMetBsn(config, ['999999126'], ['naam.voornamen'], doel);
    expect(p).toEqual({ naam: { voornamen: 'Manon' } });
    const [q] = await raadpleegMetBsn(config, ['999999126'], ['burgerservicenummer', 'geboorte.datum'], doel);
    expect(Object.keys(q).sort()).toEqual(['burgerservicenummer', 'geboorte']);
    expect(Object.keys(q.geboorte!)).toEqual(['datum']);
  });

  it('refuses a field the spec does not have, and an automatically delivered field, with problem+json', async () => {
    const unknown = await fout(brpPost(config, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999999126'], fields: ['schoenmaat'] }, doel));
    expect(unknown).toBeInstanceOf(BrpError);
    expect(unknown.soort).toBe('GEWEIGERD');
    expect(unknown.foutbericht).toMatchObject({ status: 400, code: 'paramsValidation', invalidParams: [{ name: 'fields[0]', code: 'field' }] });
    const auto = await fout(brpPost(config, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['999999126'], fields: ['geheimhoudingPersoonsgegevens'] }, doel));
    expect(auto.foutbericht).toMatchObject({ status: 400, invalidParams: [{ name: 'fields[0]' }] });
    // verblijfplaats is not part of PersoonBeperkt: a Zoek… type may not ask it
    const beperkt = await fout(brpPost(config, { type: 'ZoekMetPostcodeEnHuisnummer', postcode: '2511CA', huisnummer: 25, fields: ['verblijfplaats'] }, doel));
    expect(beperkt.foutbericht).toMatchObject({ status: 400 });
  });

  it('refuses an invalid BSN pattern and a wrong API key', async () => {
    const bsn = await fout(brpPost(config, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['12345'], fields: ['naam'] }, doel));
    expect(bsn.foutbericht).toMatchObject({ status: 400, invalidParams: [{ name: 'burgerservicenummer[0]', code: 'pattern' }] });
    expect(bsn.tekst).toMatch(/^De BRP weigert/);
    const key = await fout(raadpleegMetBsn({ ...config, apiKey: 'fout' }, ['999999126'], ['naam'], doel));
    expect(key).toBeInstanceOf(BrpError);
    expect(key.foutbericht).toMatchObject({ status: 401, code: 'authentication' });
    expect(key.tekst).toMatch(/geen toegang tot de BRP/);
  });

  it('raadplegen of a BSN the BRP does not know gives no persons, not an error', async () => {
    expect(await raadpleegMetBsn(config, ['999990007'], ['naam'], doel)).toEqual([]);
  });

  it('in onderzoek: the address fields under investigation are flagged', async () => {
    const [p] = await raadpleegMetBsn(config, ['100600451'], ['verblijfplaats'], doel);
    expect(p.verblijfplaats?.verblijfadres?.inOnderzoek).toMatchObject({ korteStraatnaam: true, huisnummer: true, postcode: true });
    const [n] = await raadpleegMetBsn(config, ['999970318'], ['naam', 'burgerservicenummer'], doel);
    expect(n.inOnderzoek ?? n.naam?.inOnderzoek).toBeTruthy();
  });

  it('geheimhouding: delivered to the gemeente, flagged even when not asked', async () => {
    const [p] = await raadpleegMetBsn(config, ['100600220'], ['naam.geslachtsnaam'], doel);
    expect(p.geheimhoudingPersoonsgegevens).toBe(true);
    const [gewoon] = await raadpleegMetBsn(config, ['999999126'], ['naam.geslachtsnaam'], doel);
    expect(gewoon.geheimhoudingPersoonsgegevens).toBeUndefined();
  });

  it('gezag over a minor: both parents by BSN and name', async () => {
    const [kind] = await raadpleegMetBsn(config, ['999970045'], ['gezag', 'leeftijd'], doel);
    expect(kind.gezag).toHaveLength(1);
    expect(kind.gezag![0]).toMatchObject({
      type: 'GezamenlijkOuderlijkGezag',
      minderjarige: { burgerservicenummer: '999970045', naam: { volledigeNaam: 'Meike Maasland' } },
      ouders: [{ burgerservicenummer: '999999126', naam: { volledigeNaam: 'Manon Maasland' } }, { burgerservicenummer: '999999163' }],
    });
    expect(kind.leeftijd).toBeLessThan(18);
  });

  it('deceased persons: raadplegen returns them, zoeken only with inclusiefOverledenPersonen', async () => {
    const [p] = await raadpleegMetBsn(config, ['999970239'], ['overlijden.datum', 'naam.geslachtsnaam'], doel);
    expect(p.overlijden?.datum).toMatchObject({ type: 'Datum' });
    const zonder = await zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: 'Saasveld', geboortedatum: '1998-12-01' }, ['burgerservicenummer'], doel);
    expect(zonder).toEqual([]);
    const met = await zoekMetGeslachtsnaamEnGeboortedatum(config, { geslachtsnaam: 'Saasveld', geboortedatum: '1998-12-01', inclusiefOverledenPersonen: true }, ['burgerservicenummer'], doel);
    expect(met.map((x) => x.burgerservicenummer)).toEqual(['999970239']);
  });

  it('sends the doelbinding with every request', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const spy = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [] }));
    });
    const spyPort = await luister(spy);
    try {
      await raadpleegMetBsn({ ...config, url: `http://127.0.0.1:${spyPort}` }, ['999999126'], ['naam'], doel);
      expect(seen[0]).toMatchObject({ 'x-doelbinding': doel.doel, 'x-verwerking': 'test', 'x-gebruiker': 'test-gebruiker', 'x-api-key': config.apiKey });
    } finally {
      await new Promise((r) => spy.close(r));
    }
  });
});

describe('a BRP that does not answer', () => {
  it('times out, retries, then gives the Dutch message', async () => {
    let requests = 0;
    const hanging = http.createServer(() => { requests++; /* never answers */ });
    const hangingPort = await luister(hanging);
    try {
      const started = Date.now();
      const error = await fout(raadpleegMetBsn({ ...config, url: `http://127.0.0.1:${hangingPort}`, timeoutMs: 300, retries: 2 }, ['999999126'], ['naam'], doel));
      expect(error).toBeInstanceOf(BrpError);
      expect(error.soort).toBe('ONBEREIKBAAR');
      expect(error.tekst).toMatch(/^De BRP antwoordt nu niet.*niet geverifieerd/);
      expect(requests).toBe(3);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  });

  it('an answer that is not the spec is refused, not half-read', async () => {
    const wrong = http.createServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: 'abc' }] })));
    const wrongPort = await luister(wrong);
    try {
      const error = await fout(raadpleegMetBsn({ ...config, url: `http://127.0.0.1:${wrongPort}` }, ['999999126'], ['naam'], doel));
      expect(error).toBeInstanceOf(BrpError);
      expect(error.soort).toBe('ONGELDIG_ANTWOORD');
    } finally {
      await new Promise((r) => wrong.close(r));
    }
  });
});

describe('mutual TLS, as gemeenten connect to the BRP', () => {
  it('presents the client certificate from BRP_CERT/BRP_KEY and trusts BRP_CA; without it the BRP refuses the connection', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'brp-mtls-'));
    const openssl = (...args: string[]) => expect(spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    try {
      openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '1', '-subj', '/CN=Test BRP CA');
      for (const naam of ['server', 'client']) {
        openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${naam}.key`, '-out', `${naam}.csr`, '-subj', `/CN=${naam === 'server' ? 'localhost' : 'Wijkregie'}`);
        const ext = `${naam}.ext`;
        writeFileSync(path.join(dir, ext), naam === 'server' ? 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' : 'extendedKeyUsage=clientAuth\n');
        openssl('x509', '-req', '-in', `${naam}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${naam}.pem`, '-days', '1', '-extfile', ext);
      }
      const file = (n: string) => readFileSync(path.join(dir, n), 'utf8');
      const seen: (string | undefined)[] = [];
      const server = https.createServer({ key: file('server.key'), cert: file('server.pem'), ca: file('ca.pem'), requestCert: true, rejectUnauthorized: true }, (req, res) => {
        seen.push(String((req.socket as import('node:tls').TLSSocket).getPeerCertificate().subject?.CN));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [] }));
      });
      const serverPort = await luister(server);
      try {
        const mtls = brpConfigFromEnv({
          BRP_URL: `https://127.0.0.1:${serverPort}`, BRP_CERT: path.join(dir, 'client.pem'), BRP_KEY: path.join(dir, 'client.key'), BRP_CA: path.join(dir, 'ca.pem'), BRP_RETRIES: '0',
        })!;
        expect(await raadpleegMetBsn(mtls, ['999999126'], ['naam'], doel)).toEqual([]);
        expect(seen).toEqual(['Wijkregie']);
        const zonder = await fout(raadpleegMetBsn({ ...mtls, cert: undefined, key: undefined }, ['999999126'], ['naam'], doel));
        expect(zonder.soort).toBe('ONBEREIKBAAR');
        expect(seen).toHaveLength(1);
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
