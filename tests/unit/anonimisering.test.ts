import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEANONIMISEERDE_KOLOMMEN, NIET_GEANONIMISEERD } from '@/lib/server/bewaartermijn/anonimiseer-huishouden';

// Issue 18: every free-text column of a personal table is either cleared by the retention job or kept on purpose,
// with the reason, in NIET_GEANONIMISEERD. This reads prisma/schema.prisma, so a new text column fails here until
// someone decides.

type Field = { name: string; type: string; attributes: string };

function readSchema(): Map<string, Field[]> {
  const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
  const models = new Map<string, Field[]>();
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields: Field[] = [];
    for (const raw of body.split('\n')) {
      const line = raw.replace(/\/\/.*$/, '').trim();
      if (!line || line.startsWith('@@')) continue;
      const [field, type, ...rest] = line.split(/\s+/);
      fields.push({ name: field, type, attributes: rest.join(' ') });
    }
    models.set(name, fields);
  }
  return models;
}

const baseType = (type: string) => type.replace(/[?[\]]/g, '');

// Personal: the household and the person, every table that refers to a personal table (following the foreign keys
// to a fixed point), every table with a huishoudenId or persoonId of its own, and these, which name a client without
// a foreign key to one:
const ALSO_PERSONAL: Record<string, string> = { Bericht: 'an iWmo/iJw message names one client (BSN, name, address) in its XML' };

function personalTables(models: Map<string, Field[]>): Set<string> {
  const personal = new Set(['Huishouden', 'Persoon', ...Object.keys(ALSO_PERSONAL)]);
  for (const [name, fields] of models) if (fields.some((f) => f.name === 'huishoudenId' || f.name === 'persoonId')) personal.add(name);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, fields] of models) {
      if (personal.has(name)) continue;
      if (fields.some((f) => personal.has(baseType(f.type)) && /@relation\([^)]*fields:/.test(f.attributes))) {
        personal.add(name);
        grew = true;
      }
    }
  }
  return personal;
}

/** String and Json columns that are not ids (uuid). */
const textColumns = (fields: Field[]) => fields.filter((f) => ['String', 'Json'].includes(baseType(f.type)) && !f.attributes.includes('@db.Uuid')).map((f) => f.name);

describe('anonymisation against the schema', () => {
  const models = readSchema();
  const personal = personalTables(models);

  it('finds the personal tables (the household, its people and everything hanging from them)', () => {
    expect(models.size).toBeGreaterThan(50);
    for (const table of ['Huishouden', 'Persoon', 'Melding', 'Gesprek', 'GesprekLeefgebied', 'Doel', 'Actie', 'Beschikking', 'Toewijzing', 'Bericht', 'AuditEntry', 'Contactmoment']) {
      expect(personal.has(table), table).toBe(true);
    }
    for (const table of ['Gemeente', 'User', 'Product', 'Aanbieder', 'Leefgebied', 'Team']) expect(personal.has(table), table).toBe(false);
  });

  it('has a decision for every text column of every personal table: anonymised, or kept with a reason', () => {
    const undecided: string[] = [];
    let decided = 0;
    for (const table of personal) {
      for (const column of textColumns(models.get(table)!)) {
        const cleared = GEANONIMISEERDE_KOLOMMEN[table]?.includes(column) ?? false;
        const kept = NIET_GEANONIMISEERD[table]?.[column];
        if (cleared || kept) decided += 1;
        else undecided.push(`${table}.${column}`);
      }
    }
    expect(undecided).toEqual([]);
    expect(decided).toBeGreaterThan(120);
  });

  it('names only columns that exist, and none both cleared and kept', () => {
    const problems: string[] = [];
    for (const [table, columns] of Object.entries(GEANONIMISEERDE_KOLOMMEN)) {
      const fields = models.get(table)?.map((f) => f.name) ?? [];
      for (const column of columns) if (!fields.includes(column)) problems.push(`cleared ${table}.${column} is not in the schema`);
    }
    for (const [table, columns] of Object.entries(NIET_GEANONIMISEERD)) {
      const text = models.has(table) ? textColumns(models.get(table)!) : [];
      for (const [column, reason] of Object.entries(columns)) {
        if (!text.includes(column)) problems.push(`kept ${table}.${column} is not a text column in the schema`);
        if (GEANONIMISEERDE_KOLOMMEN[table]?.includes(column)) problems.push(`${table}.${column} is both cleared and kept`);
        if (reason.length < 20) problems.push(`${table}.${column}: say why it is kept`);
      }
      if (!personal.has(table)) problems.push(`${table} is not a personal table`);
    }
    expect(problems).toEqual([]);
  });

  it('reads the cleared columns from the statements the job runs, including the people and the address', () => {
    expect(GEANONIMISEERDE_KOLOMMEN.Persoon).toEqual(expect.arrayContaining(['bsn', 'voornamen', 'tussenvoegsel', 'achternaam', 'telefoon', 'email', 'geboortedatum']));
    expect(GEANONIMISEERDE_KOLOMMEN.Huishouden).toEqual(expect.arrayContaining(['naam', 'straat', 'huisnummerToevoeging', 'postcode']));
    expect(GEANONIMISEERDE_KOLOMMEN.Vertegenwoordiging).toEqual(['naam', 'grondKenmerk']);
    expect(GEANONIMISEERDE_KOLOMMEN.Melding).toContain('vraag');
  });
});
