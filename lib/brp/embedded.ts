// The embedded default BRP as `npm start` and the e2e run start it: the local service (lib/brp/local-server.ts) with
// the RvIG's test persons plus the demo's own residents, so the people of the demo are in "their" BRP too.
//
// The residents are taken once, right after the demo data is loaded, into <dataDir>/brp-demo-bewoners.json: people
// registered later at the desk are not in the BRP (as in real life), and restarting does not change what it knows.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { GbaPersoon } from './gba';
import { startLocalBrp, type LocalBrp } from './local-server';
import { env as appEnv } from '../env';

export const DEFAULT_BRP_PORT = 3002;
export const DEMO_BRP_API_KEY = 'lokale-brp-sleutel';

type Row = {
  bsn: string; voornamen: string; tussenvoegsel: string | null; achternaam: string; geboortedatum: Date | null; geslacht: string;
  overledenOp: Date | null; rol: string; huishoudenId: string; straat: string; huisnummer: number; toevoeging: string | null;
  postcode: string; woonplaats: string; gemeentecode: string; gemeentenaam: string;
};

const gbaDatum = (d: Date | null) => (d ? d.toISOString().slice(0, 10).replaceAll('-', '') : undefined);
const GESLACHT: Record<string, { code: string; omschrijving: string }> = {
  MAN: { code: 'M', omschrijving: 'man' }, VROUW: { code: 'V', omschrijving: 'vrouw' }, ONBEKEND: { code: 'O', omschrijving: 'onbekend' }, NIET_GESPECIFICEERD: { code: 'O', omschrijving: 'onbekend' },
};

const isMinderjarig = (geboren: Date | null, op = new Date()) => geboren !== null && new Date(Date.UTC(geboren.getUTCFullYear() + 18, geboren.getUTCMonth(), geboren.getUTCDate())) > op;

/** The demo's residents as persoonslijsten: their household's address, partners, parents and children within it. */
export function demoBewonersAlsGba(rows: Row[]): GbaPersoon[] {
  const perHuishouden = new Map<string, Row[]>();
  for (const r of rows) perHuishouden.set(r.huishoudenId, [...(perHuishouden.get(r.huishoudenId) ?? []), r]);
  const rel = (r: Row) => ({ burgerservicenummer: r.bsn, naam: { voornamen: r.voornamen, voorvoegsel: r.tussenvoegsel ?? undefined, geslachtsnaam: r.achternaam }, geboorte: { datum: gbaDatum(r.geboortedatum) } });
  const out: GbaPersoon[] = [];
  for (const leden of perHuishouden.values()) {
    const ouders = leden.filter((l) => l.rol === 'HOOFDBEWONER' || l.rol === 'PARTNER');
    const kinderen = leden.filter((l) => l.rol === 'KIND');
    for (const r of leden) {
      const letter = r.toevoeging && /^[a-zA-Z]$/.test(r.toevoeging) ? r.toevoeging.toUpperCase() : undefined;
      const p: GbaPersoon = {
        burgerservicenummer: r.bsn,
        geslacht: GESLACHT[r.geslacht] ?? GESLACHT.ONBEKEND,
        naam: { voornamen: r.voornamen, voorvoegsel: r.tussenvoegsel ?? undefined, geslachtsnaam: r.achternaam },
        geboorte: r.geboortedatum ? { datum: gbaDatum(r.geboortedatum) } : undefined,
        overlijden: r.overledenOp ? { datum: gbaDatum(r.overledenOp) } : undefined,
        verblijfplaats: {
          functieAdres: { code: 'W', omschrijving: 'woonadres' },
          straat: r.straat, naamOpenbareRuimte: r.straat, huisnummer: String(r.huisnummer), huisletter: letter,
          huisnummertoevoeging: r.toevoeging && !letter ? r.toevoeging : undefined, postcode: r.postcode, woonplaats: r.woonplaats,
        },
        gemeenteVanInschrijving: { code: r.gemeentecode, omschrijving: r.gemeentenaam.replace(/^Gemeente\s+/i, '') },
        gezag: [],
        kinderen: [],
        ouders: [],
        partners: [],
      };
      if (ouders.includes(r)) {
        p.partners = ouders.filter((o) => o !== r).map((o) => ({ ...rel(o), soortVerbintenis: { code: 'H', omschrijving: 'huwelijk' } }));
        p.kinderen = kinderen.map(rel);
      }
      if (kinderen.includes(r)) {
        p.ouders = ouders.map((o, i) => ({ ...rel(o), ouderAanduiding: String(i + 1) }));
        if (isMinderjarig(r.geboortedatum)) {
          p.gezag = ouders.length === 2
            ? [{ type: 'TweehoofdigOuderlijkGezag', ouders: ouders.map((o) => ({ burgerservicenummer: o.bsn })), minderjarige: { burgerservicenummer: r.bsn } }]
            : ouders.length === 1 ? [{ type: 'EenhoofdigOuderlijkGezag', ouder: { burgerservicenummer: ouders[0].bsn }, minderjarige: { burgerservicenummer: r.bsn } }] : [];
        }
      }
      out.push(p);
    }
  }
  return out;
}

async function leesDemoBewoners(databaseUrl: string): Promise<GbaPersoon[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(`
      SELECT p."bsn", p."voornamen", p."tussenvoegsel", p."achternaam", p."geboortedatum", p."geslacht"::text AS "geslacht", p."overledenOp",
             l."rol"::text AS "rol", h."id"::text AS "huishoudenId", h."straat", h."huisnummer", h."huisnummerToevoeging" AS "toevoeging",
             h."postcode", h."woonplaats", g."gemeentecode", g."naam" AS "gemeentenaam"
      FROM "Persoon" p
      JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id" AND l."tot" IS NULL
      JOIN "Huishouden" h ON h."id" = l."huishoudenId" AND h."geanonimiseerdOp" IS NULL
      JOIN "Gemeente" g ON g."id" = p."gemeenteId"
      WHERE p."bsn" IS NOT NULL`);
    return demoBewonersAlsGba(rows);
  } finally {
    await client.end();
  }
}

/**
 * Starts the embedded BRP unless BRP_URL points elsewhere; returns the environment the app needs (BRP_URL,
 * BRP_API_KEY) and the running service (null when an outside BRP is configured).
 */
export async function startEmbeddedBrp(options: { port?: number; dataDir?: string; databaseUrl?: string; env?: Record<string, string | number | undefined> } = {}): Promise<{ env: Record<string, string>; brp: LocalBrp | null }> {
  const config = (options.env ?? appEnv()) as Record<string, string | number | undefined>;
  if (config.BRP_URL) return { env: {}, brp: null };
  const apiKey = String(config.BRP_API_KEY || DEMO_BRP_API_KEY);
  let extra: GbaPersoon[] = [];
  if (options.dataDir && options.databaseUrl) {
    mkdirSync(options.dataDir, { recursive: true });
    const file = path.join(options.dataDir, 'brp-demo-bewoners.json');
    if (existsSync(file)) extra = JSON.parse(readFileSync(file, 'utf8'));
    else {
      extra = await leesDemoBewoners(options.databaseUrl);
      writeFileSync(file, JSON.stringify(extra));
    }
  }
  const brp = await startLocalBrp({ port: options.port ?? Number(config.BRP_PORT ?? DEFAULT_BRP_PORT), apiKey, extraPersonen: extra });
  return { env: { BRP_URL: brp.url, BRP_API_KEY: apiKey }, brp };
}

/**
 * The same service in a child process (scripts/brp-server.ts), for a caller whose event loop will be blocked (the e2e
 * run waits for Playwright synchronously). Resolves with the app's environment once the BRP listens; the child ends
 * with the caller.
 */
export function startEmbeddedBrpProcess(options: { root: string; port: number; dataDir?: string; databaseUrl?: string }): Promise<{ env: Record<string, string> }> {
  const apiKey = DEMO_BRP_API_KEY;
  const child = spawn(path.join(options.root, 'node_modules', '.bin', 'tsx'), ['scripts/brp-server.ts'], {
    cwd: options.root,
    env: { ...process.env, BRP_URL: '', BRP_API_KEY: apiKey, BRP_PORT: String(options.port), BRP_DATA_DIR: options.dataDir ?? '', DATABASE_URL: options.databaseUrl ?? '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.on('exit', () => child.kill());
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = out.match(/BRP_URL=(\S+)/)?.[1];
      if (url) resolve({ env: { BRP_URL: url, BRP_API_KEY: apiKey } });
    });
    child.on('exit', (code) => reject(new Error(`De lokale BRP stopte (code ${code}).`)));
  });
}
