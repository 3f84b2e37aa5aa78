// The BRP client: the Haal Centraal BRP API Personen 2.7.0 (../shared/standards/brp/openapi.yaml), one
// `POST {BRP_URL}/personen` per question, asking only the `fields` the use case needs. Every request states its purpose
// (doelbinding: x-doelbinding, x-verwerking, x-gebruiker headers, as gemeentelijke BRP-koppelingen ask them); the use
// cases in lib/server/brp write the access log row. Configuration from the environment: BRP_URL, BRP_API_KEY,
// BRP_CERT / BRP_KEY / BRP_CA (mutual TLS, PEM files), BRP_TIMEOUT_MS, BRP_RETRIES. Answers are checked with zod
// against the spec's shapes; anything else is a BrpError with a Dutch message.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { DomainError } from '@/lib/errors';
import { env } from '@/lib/env';
import {
  foutberichtSchema, raadpleegResponseSchema, zoekResponseSchema, type BrpFoutbericht, type BrpPersoon, type BrpPersoonBeperkt,
} from './schema';

export type BrpConfig = {
  url: string;
  apiKey?: string;
  cert?: string;
  key?: string;
  ca?: string;
  timeoutMs: number;
  retries: number;
};

/** The configured BRP, or null when BRP_URL is not set (then Wijkregie works without it). */
export function brpConfigFromEnv(source: Record<string, string | number | undefined> = env()): BrpConfig | null {
  const cfg = source as Record<string, string | undefined>;
  if (!cfg.BRP_URL) return null;
  const file = (p?: string) => (p ? readFileSync(p, 'utf8') : undefined);
  return {
    url: cfg.BRP_URL.replace(/\/+$/, ''),
    apiKey: cfg.BRP_API_KEY || undefined,
    cert: file(cfg.BRP_CERT),
    key: file(cfg.BRP_KEY),
    ca: file(cfg.BRP_CA),
    timeoutMs: Number(cfg.BRP_TIMEOUT_MS ?? 5000),
    retries: Number(cfg.BRP_RETRIES ?? 2),
  };
}

/** Why the BRP is asked (doelbinding): the purpose, the processing (use case) and the user on whose behalf. */
export type Doelbinding = { doel: string; verwerking: string; gebruiker: string };

export type BrpErrorSoort = 'ONBEREIKBAAR' | 'GEWEIGERD' | 'ONGELDIG_ANTWOORD' | 'NIET_INGESTELD';

export const BRP_ONBEREIKBAAR = 'De BRP antwoordt nu niet. Je kunt verder met wat Wijkregie al weet; die gegevens zijn niet geverifieerd in de BRP.';

/** A BRP that did not answer, refused, or answered something the spec does not allow; carries a Dutch message. */
export class BrpError extends DomainError {
  constructor(readonly soort: BrpErrorSoort, readonly tekst: string, readonly foutbericht?: BrpFoutbericht) {
    super('CONFLICT', [tekst]);
    this.name = 'BrpError';
  }
}

// The fields each use case asks (doelbinding: nothing more than the work needs).
export const BRP_FIELDS = {
  /** Finding a person at the desk: who is it, born when, which address (PersoonBeperkt). */
  zoeken: ['burgerservicenummer', 'naam.voornamen', 'naam.voorvoegsel', 'naam.geslachtsnaam', 'geboorte.datum', 'adressering.adresregel1', 'adressering.adresregel2'],
  /** Registering a person and their household: identity, address, relations and gezag. */
  registreren: [
    'burgerservicenummer', 'naam.voornamen', 'naam.voorvoegsel', 'naam.geslachtsnaam', 'geboorte.datum', 'geslacht', 'leeftijd', 'overlijden.datum',
    'verblijfplaats', 'gemeenteVanInschrijving', 'ouders.burgerservicenummer', 'ouders.naam', 'ouders.geboorte.datum',
    'kinderen.burgerservicenummer', 'kinderen.naam', 'kinderen.geboorte.datum', 'partners.burgerservicenummer', 'partners.naam',
    'partners.geboorte.datum', 'gezag',
  ],
  /** How the persons at an address are related to each other (the roles offered at registration). */
  relaties: ['burgerservicenummer', 'ouders.burgerservicenummer', 'kinderen.burgerservicenummer', 'partners.burgerservicenummer'],
  /** Comparing a known person with the BRP. */
  vergelijken: ['burgerservicenummer', 'naam.voornamen', 'naam.voorvoegsel', 'naam.geslachtsnaam', 'geboorte.datum', 'geslacht', 'overlijden.datum', 'verblijfplaats', 'gemeenteVanInschrijving', 'gezag'],
  /** The nightly check of persons in open casussen: still alive, still here, still at this address. */
  controle: ['burgerservicenummer', 'overlijden.datum', 'verblijfplaats', 'gemeenteVanInschrijving'],
} as const;

const RETRY_STATUS = new Set([429, 502, 503, 504]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type RawResponse = { status: number; contentType: string; body: string };

function postOnce(config: BrpConfig, payload: string, doelbinding: Doelbinding): Promise<RawResponse> {
  const target = new URL(`${config.url}/personen`);
  const isHttps = target.protocol === 'https:';
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json; charset=utf-8',
    accept: 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-doelbinding': doelbinding.doel,
    'x-verwerking': doelbinding.verwerking,
    'x-gebruiker': doelbinding.gebruiker,
  };
  if (config.apiKey) headers['x-api-key'] = config.apiKey;
  const options: https.RequestOptions = { method: 'POST', headers, timeout: config.timeoutMs };
  if (isHttps && (config.cert || config.key || config.ca)) Object.assign(options, { cert: config.cert, key: config.key, ca: config.ca });
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(target, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    // The whole exchange, not only the connection, must finish within the timeout.
    const timer = setTimeout(() => req.destroy(new Error('BRP timeout')), config.timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => req.destroy(new Error('BRP timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

function foutmelding(status: number, fout: BrpFoutbericht | undefined): string {
  if (status === 401 || status === 403) return 'Wijkregie heeft geen toegang tot de BRP (sleutel, certificaat of autorisatie). Meld dit bij de beheerder.';
  if (status === 400) {
    const params = fout?.invalidParams?.map((p) => p.name).filter(Boolean).join(', ');
    return `De BRP weigert deze vraag${params ? ` (${params})` : ''}. Controleer wat je zocht.`;
  }
  return BRP_ONBEREIKBAAR;
}

/** One question to the BRP with timeouts and retries; the parsed JSON of a 200. */
export async function brpPost(config: BrpConfig, body: Record<string, unknown>, doelbinding: Doelbinding): Promise<unknown> {
  const payload = JSON.stringify(body);
  let lastError: unknown;
  for (let attempt = 0; attempt <= config.retries; attempt++) {
    if (attempt > 0) await sleep(150 * attempt);
    let res: RawResponse;
    try {
      res = await postOnce(config, payload, doelbinding);
    } catch (error) {
      lastError = error;
      continue; // no answer (refused, reset, timeout): try again
    }
    if (RETRY_STATUS.has(res.status) || res.status >= 500) {
      lastError = new Error(`BRP status ${res.status}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(res.body);
    } catch {
      throw new BrpError('ONGELDIG_ANTWOORD', 'De BRP gaf een antwoord dat Wijkregie niet kan lezen. Je kunt verder met wat Wijkregie al weet; die gegevens zijn niet geverifieerd.');
    }
    if (res.status !== 200) {
      const fout = foutberichtSchema.safeParse(json);
      throw new BrpError('GEWEIGERD', foutmelding(res.status, fout.success ? fout.data : undefined), fout.success ? fout.data : undefined);
    }
    return json;
  }
  throw new BrpError('ONBEREIKBAAR', BRP_ONBEREIKBAAR, lastError instanceof Error ? { title: lastError.message.slice(0, 80) } : undefined);
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new BrpError('ONGELDIG_ANTWOORD', 'De BRP gaf een antwoord dat niet aan de afspraken (BRP API Personen) voldoet. Je kunt verder met wat Wijkregie al weet; die gegevens zijn niet geverifieerd.');
  return parsed.data;
}

/** RaadpleegMetBurgerservicenummer: up to 20 persons by BSN. */
export async function raadpleegMetBsn(config: BrpConfig, bsns: string[], fields: readonly string[], doelbinding: Doelbinding): Promise<BrpPersoon[]> {
  if (!bsns.length) return [];
  const result: BrpPersoon[] = [];
  for (let i = 0; i < bsns.length; i += 20) {
    const json = await brpPost(config, { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: bsns.slice(i, i + 20), fields }, doelbinding);
    result.push(...parse(raadpleegResponseSchema, json).personen);
  }
  return result;
}

/** ZoekMetGeslachtsnaamEnGeboortedatum (geboortedatum as YYYY-MM-DD). */
export async function zoekMetGeslachtsnaamEnGeboortedatum(
  config: BrpConfig,
  query: { geslachtsnaam: string; geboortedatum: string; voornamen?: string; voorvoegsel?: string; inclusiefOverledenPersonen?: boolean },
  fields: readonly string[],
  doelbinding: Doelbinding,
): Promise<BrpPersoonBeperkt[]> {
  const json = await brpPost(config, { type: 'ZoekMetGeslachtsnaamEnGeboortedatum', ...stripUndefined(query), fields }, doelbinding);
  return parse(zoekResponseSchema, json).personen;
}

/** ZoekMetPostcodeEnHuisnummer. */
export async function zoekMetPostcodeEnHuisnummer(
  config: BrpConfig,
  query: { postcode: string; huisnummer: number; huisletter?: string; huisnummertoevoeging?: string },
  fields: readonly string[],
  doelbinding: Doelbinding,
): Promise<BrpPersoonBeperkt[]> {
  const json = await brpPost(config, { type: 'ZoekMetPostcodeEnHuisnummer', ...stripUndefined(query), fields }, doelbinding);
  return parse(zoekResponseSchema, json).personen;
}

const stripUndefined = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
