// The embedded BRP: a real HTTP server answering the BRP API Personen 2.7.0 (`POST /personen`, problem+json errors,
// `fields` filtering, an API key) from the RvIG's test persons plus the demo's own residents. `npm start` and the e2e
// run start it beside the app (scripts/brp.ts); the app reaches it through BRP_URL like the real one.
//
// One addition outside the spec, for tests and demonstrations of the nightly check: `PATCH /lokaal/personen/{bsn}`
// changes a test person (same API key), as a verhuizing or an overlijden would in the real BRP.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { filterFields, naarPersoon, type GbaPersoon } from './gba';
import { PERSOON_BEPERKT_FIELDS, PERSOON_FIELDS } from './fields';
import { env } from '../env';

export const BRP_BASE_PATH = '/haalcentraal/api/brp';
/** The standard, relative to the repository (CI runs with shared/ beside the clone); BRP_TEST_DATA overrides it. */
export const DEFAULT_TEST_DATA = '../shared/standards/brp/test-data.json';

export type LocalBrpOptions = {
  port: number;
  host?: string;
  apiKey: string;
  testDataPath?: string;
  /** Persons added to the test set (the demo's residents). */
  extraPersonen?: GbaPersoon[];
};

export type LocalBrp = { url: string; port: number; close: () => Promise<void>; personen: Map<string, GbaPersoon> };

type Problem = { status: number; title: string; code: string; detail?: string; invalidParams?: { name: string; code: string; reason: string }[] };

const STATUS_LINKS: Record<number, string> = {
  400: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1',
  401: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2',
  404: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5',
  406: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.7',
  415: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.16',
  500: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1',
};

class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

const invalid = (name: string, code: string, reason: string): ProblemError =>
  new ProblemError({ status: 400, title: 'Een of meerdere parameters zijn niet correct.', code: 'paramsValidation', invalidParams: [{ name, code, reason }] });

const PATTERNS = {
  burgerservicenummer: /^[0-9]{9}$/,
  geslachtsnaam: /^[a-zA-Z0-9À-ž \.\-\']{1,200}$|^[a-zA-Z0-9À-ž \.\-\']{3,199}\*{1}$/,
  voornamen: /^[a-zA-Z0-9À-ž \.\-\']{1,199}\*{0,1}$/,
  voorvoegsel: /^[a-zA-Z \']{1,10}$/,
  geslacht: /^([Mm]|[Vv]|[Oo])$/,
  postcode: /^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$/,
  huisletter: /^[a-zA-Z]{1}$/,
  huisnummertoevoeging: /^[a-zA-Z0-9 \-]{1,4}$/,
  datum: /^\d{4}-\d{2}-\d{2}$/,
  gemeenteVanInschrijving: /^[0-9]{4}$/,
  field: /^[a-zA-Z0-9\._]{1,200}$/,
};

type QueryType = 'RaadpleegMetBurgerservicenummer' | 'ZoekMetGeslachtsnaamEnGeboortedatum' | 'ZoekMetPostcodeEnHuisnummer' | 'ZoekMetNaamEnGemeenteVanInschrijving';
const PARAMS: Record<QueryType, { required: string[]; optional: string[] }> = {
  RaadpleegMetBurgerservicenummer: { required: ['burgerservicenummer'], optional: ['gemeenteVanInschrijving'] },
  ZoekMetGeslachtsnaamEnGeboortedatum: { required: ['geslachtsnaam', 'geboortedatum'], optional: ['inclusiefOverledenPersonen', 'geslacht', 'voorvoegsel', 'voornamen', 'gemeenteVanInschrijving'] },
  ZoekMetPostcodeEnHuisnummer: { required: ['postcode', 'huisnummer'], optional: ['inclusiefOverledenPersonen', 'huisletter', 'huisnummertoevoeging', 'geboortedatum', 'geslachtsnaam', 'gemeenteVanInschrijving'] },
  ZoekMetNaamEnGemeenteVanInschrijving: { required: ['geslachtsnaam', 'voornamen', 'gemeenteVanInschrijving'], optional: ['inclusiefOverledenPersonen', 'geslacht', 'voorvoegsel'] },
};

function checkString(body: Record<string, unknown>, name: keyof typeof PATTERNS) {
  const v = body[name];
  if (v === undefined) return;
  if (typeof v !== 'string' || !PATTERNS[name].test(v)) throw invalid(name, 'pattern', `Waarde voldoet niet aan patroon ${PATTERNS[name].source}.`);
}

/** Validates a request body against the spec; returns the type. */
function validate(body: unknown): { type: QueryType; fields: string[]; q: Record<string, unknown> } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid('type', 'required', 'Parameter is verplicht.');
  const q = body as Record<string, unknown>;
  const type = q.type;
  if (typeof type !== 'string') throw invalid('type', 'required', 'Parameter is verplicht.');
  if (!(type in PARAMS)) throw invalid('type', 'value', 'Waarde is geen geldig zoek type.');
  const spec = PARAMS[type as QueryType];
  for (const key of Object.keys(q)) {
    if (key !== 'type' && key !== 'fields' && !spec.required.includes(key) && !spec.optional.includes(key)) {
      throw new ProblemError({ status: 400, title: 'Een of meerdere parameters zijn niet correct.', code: 'paramsValidation', invalidParams: [{ name: key, code: 'unknownParam', reason: 'Parameter is niet verwacht.' }] });
    }
  }
  for (const key of ['fields', ...spec.required]) if (q[key] === undefined) throw invalid(key, 'required', 'Parameter is verplicht.');
  const fields = q.fields;
  if (!Array.isArray(fields) || fields.length === 0) throw invalid('fields', 'minItems', 'Array bevat minder dan 1 items.');
  if (fields.length > 130) throw invalid('fields', 'maxItems', 'Array bevat meer dan 130 items.');
  const toegestaan = new Set(type === 'RaadpleegMetBurgerservicenummer' ? PERSOON_FIELDS : PERSOON_BEPERKT_FIELDS);
  fields.forEach((f, i) => {
    if (typeof f !== 'string' || !PATTERNS.field.test(f)) throw invalid(`fields[${i}]`, 'pattern', `Waarde voldoet niet aan patroon ${PATTERNS.field.source}.`);
    if (!toegestaan.has(f)) throw invalid(`fields[${i}]`, 'field', 'Parameter bevat een niet bestaande veldnaam.');
  });
  if (type === 'RaadpleegMetBurgerservicenummer') {
    const bsns = q.burgerservicenummer;
    if (!Array.isArray(bsns) || bsns.length < 1) throw invalid('burgerservicenummer', 'minItems', 'Array bevat minder dan 1 items.');
    if (bsns.length > 20) throw invalid('burgerservicenummer', 'maxItems', 'Array bevat meer dan 20 items.');
    bsns.forEach((b, i) => {
      if (typeof b !== 'string' || !PATTERNS.burgerservicenummer.test(b)) throw invalid(`burgerservicenummer[${i}]`, 'pattern', 'Waarde voldoet niet aan patroon ^[0-9]{9}$.');
    });
  }
  for (const name of ['geslachtsnaam', 'voornamen', 'voorvoegsel', 'geslacht', 'postcode', 'huisletter', 'huisnummertoevoeging', 'gemeenteVanInschrijving'] as const) checkString(q, name);
  if (q.geboortedatum !== undefined && (typeof q.geboortedatum !== 'string' || !PATTERNS.datum.test(q.geboortedatum) || Number.isNaN(Date.parse(q.geboortedatum)))) {
    throw invalid('geboortedatum', 'date', 'Waarde is geen geldige datum.');
  }
  if (q.huisnummer !== undefined && (typeof q.huisnummer !== 'number' || !Number.isInteger(q.huisnummer) || q.huisnummer < 1 || q.huisnummer > 99999)) {
    throw invalid('huisnummer', 'integer', 'Waarde is geen geldig getal.');
  }
  if (q.inclusiefOverledenPersonen !== undefined && typeof q.inclusiefOverledenPersonen !== 'boolean') throw invalid('inclusiefOverledenPersonen', 'boolean', 'Waarde is geen boolean.');
  return { type: type as QueryType, fields: fields as string[], q };
}

/** Case-insensitive text match with the spec's trailing wildcard. */
function tekstPast(waarde: string | undefined, filter: string) {
  const w = (waarde ?? '').trim().toLowerCase();
  const f = filter.trim().toLowerCase();
  return f.endsWith('*') ? w.startsWith(f.slice(0, -1)) : w === f;
}

const gbaDatum = (iso: string) => iso.replaceAll('-', '');

/** Persons the BRP API never returns: a persoonslijst opgeschort because it was made in error or wiped. */
const uitgesloten = (p: GbaPersoon) => ['F', 'W'].includes(p.opschortingBijhouding?.reden?.code ?? '');

function zoek(personen: Map<string, GbaPersoon>, type: QueryType, q: Record<string, any>): GbaPersoon[] {
  if (type === 'RaadpleegMetBurgerservicenummer') {
    return [...new Set<string>(q.burgerservicenummer)].map((b) => personen.get(b)).filter((p): p is GbaPersoon => Boolean(p) && !uitgesloten(p!))
      .filter((p) => !q.gemeenteVanInschrijving || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving);
  }
  const levend = (p: GbaPersoon) => q.inclusiefOverledenPersonen === true || !p.overlijden?.datum;
  const all = [...personen.values()].filter((p) => !uitgesloten(p) && levend(p));
  const gemeente = (p: GbaPersoon) => !q.gemeenteVanInschrijving || p.gemeenteVanInschrijving?.code === q.gemeenteVanInschrijving;
  const naamPast = (p: GbaPersoon) =>
    (!q.geslachtsnaam || tekstPast(p.naam?.geslachtsnaam, q.geslachtsnaam)) &&
    (!q.voornamen || tekstPast(p.naam?.voornamen, q.voornamen)) &&
    (!q.voorvoegsel || tekstPast(p.naam?.voorvoegsel, q.voorvoegsel)) &&
    (!q.geslacht || (p.geslacht?.code ?? '').toLowerCase() === q.geslacht.toLowerCase());
  if (type === 'ZoekMetGeslachtsnaamEnGeboortedatum') return all.filter((p) => p.geboorte?.datum === gbaDatum(q.geboortedatum) && naamPast(p) && gemeente(p));
  if (type === 'ZoekMetNaamEnGemeenteVanInschrijving') return all.filter((p) => naamPast(p) && gemeente(p));
  const postcode = String(q.postcode).replace(/\s/g, '').toUpperCase();
  return all.filter((p) => {
    const v = p.verblijfplaats;
    if (!v || v.land) return false;
    return (v.postcode ?? '').toUpperCase() === postcode
      && Number(v.huisnummer) === q.huisnummer
      && (!q.huisletter || (v.huisletter ?? '').toLowerCase() === q.huisletter.toLowerCase())
      && (!q.huisnummertoevoeging || (v.huisnummertoevoeging ?? '').toLowerCase() === q.huisnummertoevoeging.toLowerCase())
      && (!q.geboortedatum || p.geboorte?.datum === gbaDatum(q.geboortedatum))
      && (!q.geslachtsnaam || tekstPast(p.naam?.geslachtsnaam, q.geslachtsnaam))
      && gemeente(p);
  });
}

function readBody(req: http.IncomingMessage, limit = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) reject(new ProblemError({ status: 400, title: 'Het verzoek is te groot.', code: 'paramsValidation' }));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function loadTestPersonen(testDataPath = env().BRP_TEST_DATA ?? DEFAULT_TEST_DATA): GbaPersoon[] {
  return JSON.parse(readFileSync(path.resolve(testDataPath), 'utf8')) as GbaPersoon[];
}

export function startLocalBrp(options: LocalBrpOptions): Promise<LocalBrp> {
  const personen = new Map<string, GbaPersoon>();
  for (const p of loadTestPersonen(options.testDataPath)) personen.set(p.burgerservicenummer, p);
  for (const p of options.extraPersonen ?? []) personen.set(p.burgerservicenummer, p);

  const send = (res: http.ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const sendProblem = (res: http.ServerResponse, req: http.IncomingMessage, p: Problem) =>
    send(res, p.status, { type: STATUS_LINKS[p.status] ?? STATUS_LINKS[500], title: p.title, status: p.status, detail: p.detail, instance: req.url, code: p.code, invalidParams: p.invalidParams }, 'application/problem+json');

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.headers['x-api-key'] !== options.apiKey) {
        throw new ProblemError({ status: 401, title: 'Niet correct geauthenticeerd.', code: 'authentication' });
      }
      const lokaal = url.pathname.match(/^\/lokaal\/personen\/(\d{9})$/);
      if (lokaal && req.method === 'PATCH') {
        const p = personen.get(lokaal[1]);
        if (!p) throw new ProblemError({ status: 404, title: 'Opgevraagde resource bestaat niet.', code: 'notFound' });
        const wijziging = JSON.parse(await readBody(req)) as Partial<GbaPersoon>;
        personen.set(p.burgerservicenummer, { ...p, ...wijziging, burgerservicenummer: p.burgerservicenummer });
        res.writeHead(204).end();
        return;
      }
      if (url.pathname !== `${BRP_BASE_PATH}/personen` && url.pathname !== '/personen') {
        throw new ProblemError({ status: 404, title: 'Opgevraagde resource bestaat niet.', code: 'notFound' });
      }
      if (req.method !== 'POST') throw new ProblemError({ status: 405 as number, title: 'Methode niet toegestaan.', code: 'methodNotAllowed' });
      const accept = req.headers.accept;
      if (accept && !/application\/json|application\/\*|\*\/\*/.test(accept)) {
        throw new ProblemError({ status: 406, title: 'Gevraagde contenttype wordt niet ondersteund.', code: 'notAcceptable' });
      }
      if (!/^application\/json/.test(req.headers['content-type'] ?? '')) {
        throw new ProblemError({ status: 415, title: 'Media Type wordt niet ondersteund.', code: 'unsupportedMediaType' });
      }
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (error) {
        if (error instanceof ProblemError) throw error;
        throw new ProblemError({ status: 400, title: 'Het verzoek is geen geldige JSON.', code: 'paramsValidation' });
      }
      const { type, fields, q } = validate(body);
      const nu = new Date();
      const register = { get: (bsn: string) => personen.get(bsn) };
      const gevonden = zoek(personen, type, q).map((p) => filterFields(naarPersoon(p, register, nu), fields));
      send(res, 200, { type, personen: gevonden });
    } catch (error) {
      if (error instanceof ProblemError) sendProblem(res, req, error.problem);
      else {
        console.error('[brp] ', error);
        sendProblem(res, req, { status: 500, title: 'Interne server fout.', code: 'serverError' });
      }
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}${BRP_BASE_PATH}`,
        port,
        personen,
        close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}
