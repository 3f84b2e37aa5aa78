// Every environment variable the app reads, parsed with zod in one place. Code in lib/, app/ and proxy.ts reads
// `env()`, never process.env; scripts/ may still set variables for child processes but read their configuration
// through this schema too. The README's configuration table is checked against ENV_SCHEMA by tests/unit/env.test.ts.
//
// Adding a variable: a line in ENV_SCHEMA (with `.default(…)` when it has one), a row in the README's
// configuration table (same default), and read it as `env().NAME`.
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(['0', '1']);
const urlOf = (protocols: string[], message: string) =>
  z.string().refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol), message);
const postgresUrl = urlOf(['postgres:', 'postgresql:'], 'moet een PostgreSQL-adres zijn, zoals postgresql://gebruiker:wachtwoord@host:5432/database');
const httpUrl = urlOf(['http:', 'https:'], 'moet een http(s)-adres zijn');

export const ENV_SCHEMA = {
  DATABASE_URL: postgresUrl.optional(),
  PORT: port.default(3000),
  NEXTAUTH_SECRET: z.string().min(1).optional(),
  NEXTAUTH_URL: httpUrl.optional(),
  OIDC_ISSUER: httpUrl.optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().max(24 * 60).default(30),
  WIJKREGIE_DEMO: flag.optional(),
  WIJKREGIE_JOBS: flag.optional(),
  SEED_DEMO: flag.optional(),
  PG_BIN: z.string().optional(),
  // Issue 16: the client address behind a reverse proxy.
  TRUSTED_PROXIES: z.string().optional(),
  // Issue 21: residents sign in with DigiD through OpenID Connect; the embedded test DigiD otherwise.
  INWONER_OIDC_ISSUER: httpUrl.optional(),
  INWONER_OIDC_CLIENT_ID: z.string().optional(),
  INWONER_OIDC_CLIENT_SECRET: z.string().optional(),
  INWONER_OIDC_CLAIM: z.string().optional(),
  INWONER_OIDC_NAME: z.string().optional(),
  TEST_DIGID_PORT: port.default(3001),
  // Issue 22: ketenpartners sign in with eHerkenning through OpenID Connect; the embedded test eHerkenning otherwise.
  PARTNER_OIDC_ISSUER: httpUrl.optional(),
  PARTNER_OIDC_CLIENT_ID: z.string().optional(),
  PARTNER_OIDC_CLIENT_SECRET: z.string().optional(),
  PARTNER_OIDC_CLAIM: z.string().optional(),
  PARTNER_OIDC_NAME: z.string().optional(),
  // Issue 19: the iWmo/iJw standard's artefacts and the folder pair of the message channel.
  ISTANDAARDEN_DIR: z.string().default('../shared/standards/istandaarden'),
  BERICHTEN_DIR: z.string().default('.data/berichten'),
  // Issue 20: the BRP API Personen; the local BRP otherwise.
  BRP_URL: httpUrl.optional(),
  BRP_API_KEY: z.string().optional(),
  BRP_CERT: z.string().optional(),
  BRP_KEY: z.string().optional(),
  BRP_CA: z.string().optional(),
  BRP_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  BRP_RETRIES: z.coerce.number().int().min(0).max(10).optional(),
  BRP_PORT: port.default(3002),
  BRP_TEST_DATA: z.string().default('../shared/standards/brp/test-data.json'),
  // Issue 21: notification mail; the embedded test SMTP server otherwise (npm start sets TEST_SMTP_DIR).
  SMTP_URL: z.string().refine((v) => URL.canParse(v) && ['smtp:', 'smtps:'].includes(new URL(v).protocol), 'moet een smtp(s)-adres zijn, zoals smtps://gebruiker:wachtwoord@smtp.example.nl:465').optional(),
  MAIL_FROM: z.string().optional(),
  TEST_SMTP_DIR: z.string().optional(),
  // Set by Node and Next themselves, not configuration: not in the README's table.
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
} as const;

/** Variables that are not configuration a deployer sets (so not in the README's table). */
export const ENV_INTERNAL: readonly EnvName[] = ['NODE_ENV'];

const envSchema = z.object(ENV_SCHEMA);
export type Env = z.infer<typeof envSchema>;
export type EnvName = keyof typeof ENV_SCHEMA;
export const ENV_NAMES = Object.keys(ENV_SCHEMA) as EnvName[];

export class EnvError extends Error {
  constructor(readonly problems: { name: string; message: string }[]) {
    super(`Onjuiste configuratie: ${problems.map((p) => `${p.name} ${p.message}`).join('; ')}`);
    this.name = 'EnvError';
  }
}

/** Parses the given variables (an empty value counts as unset); throws an EnvError naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const values = Object.fromEntries(ENV_NAMES.map((name) => [name, source[name] === '' ? undefined : source[name]]));
  const parsed = envSchema.safeParse(values);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => ({
      name: String(issue.path[0]),
      message: `(${JSON.stringify(values[String(issue.path[0])] ?? null)}): ${issue.message}`,
    })));
  }
  const oidc = [parsed.data.OIDC_ISSUER, parsed.data.OIDC_CLIENT_ID, parsed.data.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    const missing = (['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const).filter((name) => !parsed.data[name]);
    throw new EnvError(missing.map((name) => ({ name, message: 'ontbreekt: OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET horen bij elkaar' })));
  }
  return parsed.data;
}

// Parsed once per distinct set of values: the scripts and the tests set variables (DATABASE_URL of the embedded
// database, a test secret) after modules are loaded, and a reader must see them then.
let cache: { key: string; env: Env } | undefined;

/** The app's configuration. Throws an EnvError naming the variable when one is wrong. */
export function env(): Env {
  const key = ENV_NAMES.map((name) => process.env[name] ?? '').join('\u0000');
  if (cache?.key !== key) cache = { key, env: parseEnv(process.env) };
  return cache.env;
}
