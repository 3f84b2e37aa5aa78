import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../support/source-files';
import { AUDIT_ACTION_CODES, AUDIT_ACTIONS, isAuditAction } from '@/lib/domain/audit-actions';
import { auditLabel } from '@/lib/domain/audit-labels';

// `actie` is also the name of a plan's action (model Actie) and of a row of the catalogue import; those files use the
// word for something else and are left out by name, with what they mean.
const NOT_AUDIT: Record<string, string> = {
  'app/(app)/beheer/producten/import/import-form.tsx': 'the catalogue import: NIEUW / WIJZIGING / ONGEWIJZIGD per row',
  'lib/server/beheer/catalogus-import.ts': 'the catalogue import: NIEUW / WIJZIGING / ONGEWIJZIGD per row',
};

/** The value of a property or argument up to the next `,` `;` `}` `)` or newline outside brackets. */
function valueAt(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return text.slice(start, i);
      depth -= 1;
    } else if ((c === ',' || c === ';' || c === '\n') && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

/** The literals an expression can evaluate to: of `a === 'X' ? 'Y' : 'Z'` only Y and Z. */
function resultLiterals(expression: string): string[] {
  const results = expression.includes('?') && !expression.includes('??') ? expression.slice(expression.indexOf('?') + 1) : expression;
  return [...results.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'/g)].map((m) => m[1]);
}

/** Arguments of a call, split at top-level commas, from just after its `(`. */
function splitArguments(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = start;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return [...args, text.slice(from, i)];
      depth -= 1;
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return args;
}

/** Local helpers that take the audit action as a positional parameter (`const audit = (id: string, actie: AuditAction, …)`). */
function positionalHelpers(text: string): [string, number][] {
  const helpers: [string, number][] = [];
  for (const m of text.matchAll(/(?:function\s+(\w+)\s*|const\s+(\w+)\s*=\s*(?:async\s*)?)\(/g)) {
    const params = splitArguments(text, m.index + m[0].length);
    const index = params.findIndex((param) => /^\s*actie\??\s*:\s*AuditAction\b/.test(param));
    if (index >= 0) helpers.push([m[1] ?? m[2], index]);
  }
  return helpers;
}

/**
 * Every UPPER_SNAKE literal that lib/ or app/ gives as an audit action: the value of an `actie` property (also in a
 * query, `actie: { in: [...] }`), a default (`actie ?? 'X'`), or the argument of a local helper whose parameter is `actie: AuditAction`.
 */
function auditCodesInSources() {
  const found = new Map<string, string[]>();
  for (const rel of sourceFiles('lib', 'app')) {
    if (rel === 'lib/domain/audit-actions.ts' || NOT_AUDIT[rel]) continue;
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    const values: string[] = [];
    for (const m of text.matchAll(/\bactie\??\s*(:|\?\?)\s*/g)) values.push(valueAt(text, m.index + m[0].length));
    for (const [name, index] of positionalHelpers(text)) {
      for (const m of text.matchAll(new RegExp(`\\b${name}\\(`, 'g'))) {
        const args = splitArguments(text, m.index + m[0].length);
        if (args[index]) values.push(args[index]);
      }
    }
    for (const value of values) {
      for (const code of resultLiterals(value)) found.set(code, [...(found.get(code) ?? []), rel]);
    }
  }
  return found;
}

describe('AUDIT_ACTIONS', () => {
  it('holds UPPER_SNAKE codes, each with a Dutch description', () => {
    expect(AUDIT_ACTION_CODES.length).toBeGreaterThanOrEqual(95);
    for (const code of AUDIT_ACTION_CODES) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(AUDIT_ACTIONS[code].length, code).toBeGreaterThan(3);
      expect(AUDIT_ACTIONS[code][0], code).toBe(AUDIT_ACTIONS[code][0].toUpperCase());
    }
  });

  it('describes a known code in Dutch, an older code in its words, and an unknown one as "Andere handeling"', () => {
    // One label function for the whole app (issue 18 leftover): the toegangslog's, with its fallback for codes
    // without a description and the words for the codes of older rows.
    expect(auditLabel('REGIE_TOEGEWEZEN')).toBe('Regie toegewezen');
    expect(auditLabel('DOSSIER_VIEWED')).toBe('Dossier bekeken');
    expect(auditLabel('REGIE_ASSIGNED')).toBe('Andere handeling (REGIE_ASSIGNED)');
    expect(isAuditAction('toString')).toBe(false);
  });

  it('knows every audit code written in lib/ and app/', () => {
    const found = auditCodesInSources();
    const unknown = [...found].filter(([code]) => !isAuditAction(code)).map(([code, files]) => `${code} (${[...new Set(files)].join(', ')})`);
    expect(unknown).toEqual([]);
    // The scan must see the codes of the use cases, or it proves nothing.
    expect(found.size).toBeGreaterThanOrEqual(90);
  });

  it('lists no code that nothing writes', () => {
    const found = auditCodesInSources();
    expect(AUDIT_ACTION_CODES.filter((code) => !found.has(code))).toEqual([]);
  });
});

describe('one audit writer', () => {
  it('writes AuditEntry rows only in lib/server/audit/record.ts', () => {
    const writers = sourceFiles('lib', 'app')
      .filter((rel) => /auditEntry\.(create|createMany|upsert|update)\b|INSERT INTO "AuditEntry"/.test(readFileSync(path.join(ROOT, rel), 'utf8')));
    expect(writers).toEqual(['lib/server/audit/record.ts']);
  });
});
