import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../support/source-files';
import { ENV_INTERNAL, ENV_NAMES, ENV_SCHEMA, EnvError, parseEnv, type EnvName } from '@/lib/env';

// The README's configuration table: | `NAME`, `NAME2` | meaning | default |
function readmeTable(): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Configuration')[1].split('\n## ')[0];
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 3 || cells[0] === 'variable' || /^-+$/.test(cells[0])) continue;
    for (const [, name] of cells[0].matchAll(/`([A-Z][A-Z0-9_]*)`/g)) rows.set(name, cells[2]);
  }
  return rows;
}

const schemaDefault = (name: EnvName): unknown => ENV_SCHEMA[name].parse(undefined);

describe('lib/env.ts and the README', () => {
  const table = readmeTable();
  const documented = ENV_NAMES.filter((name) => !ENV_INTERNAL.includes(name));

  it('lists every variable of the schema in the README table, and no other', () => {
    expect(documented.length).toBeGreaterThanOrEqual(15);
    expect([...table.keys()].sort()).toEqual([...documented].sort());
  });

  it('states the schema default in the README wherever the schema has one, and no bare constant the schema lacks (derived values such as `http://localhost:$PORT` come from scripts/start.ts)', () => {
    let compared = 0;
    for (const name of documented) {
      const fallback = schemaDefault(name);
      const cell = table.get(name)!;
      if (fallback !== undefined) {
        expect(cell, name).toBe(`\`${String(fallback)}\``);
        compared += 1;
      } else {
        expect(/^`[^`$]*`$/.test(cell), `${name}: the README gives a default (${cell}) that the schema lacks`).toBe(false);
      }
    }
    expect(compared).toBe(9); // PORT, EMBEDDED_PG_PORT, DB_POOL_MAX, SESSION_IDLE_MINUTES, TEST_DIGID_PORT, ISTANDAARDEN_DIR, BERICHTEN_DIR, BRP_PORT, BRP_TEST_DATA
  });
});

describe('parseEnv', () => {
  it('gives the defaults when nothing is set, and treats an empty value as unset', () => {
    const env = parseEnv({ PORT: '', NODE_ENV: 'test' });
    expect(env).toMatchObject({ PORT: 3000, EMBEDDED_PG_PORT: 54329, DB_POOL_MAX: 10, SESSION_IDLE_MINUTES: 30, NODE_ENV: 'test' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('turns numbers into numbers', () => {
    expect(parseEnv({ PORT: '3150', DB_POOL_MAX: '4', SESSION_IDLE_MINUTES: '15' })).toMatchObject({ PORT: 3150, DB_POOL_MAX: 4, SESSION_IDLE_MINUTES: 15 });
  });

  it.each([
    ['PORT', 'drieduizend'],
    ['PORT', '70000'],
    ['DB_POOL_MAX', '0'],
    ['SESSION_IDLE_MINUTES', '-5'],
    ['DATABASE_URL', 'mysql://localhost/wijkregie'],
    ['DATABASE_URL', 'geen adres'],
    ['NEXTAUTH_URL', 'localhost:3000'],
    ['WIJKREGIE_DEMO', 'ja'],
    ['WIJKREGIE_JOBS', 'false'],
  ])('refuses %s=%s with a message that names the variable', (name, value) => {
    let error: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as EnvError).problems.map((p) => p.name)).toEqual([name]);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toContain(value);
  });

  it('refuses half an OIDC configuration, naming what is missing', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://login.example.nl/realms/gemeente', OIDC_CLIENT_ID: 'wijkregie' })).toThrow(/OIDC_CLIENT_SECRET/);
    expect(parseEnv({ OIDC_ISSUER: 'https://login.example.nl/realms/gemeente', OIDC_CLIENT_ID: 'wijkregie', OIDC_CLIENT_SECRET: 's' }).OIDC_CLIENT_ID).toBe('wijkregie');
  });

  it('accepts the addresses the scripts use', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://wijkregie:wijkregie@127.0.0.1:54329/wijkregie', NEXTAUTH_URL: 'https://wijkregie.denhelder.nl' }).DATABASE_URL).toContain('54329');
  });
});

describe('no reads of process.env outside lib/env.ts', () => {
  it('in lib/, app/ and proxy.ts (lib/migrate.ts only passes the environment on to a child process)', () => {
    const files = [...sourceFiles('lib', 'app'), 'proxy.ts'];
    const offenders = files
      .filter((rel) => rel !== 'lib/env.ts')
      .filter((rel) => /process\.env\b/.test(readFileSync(path.join(ROOT, rel), 'utf8').replace(/\.\.\.process\.env\b/g, '')));
    expect(files.length).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});
