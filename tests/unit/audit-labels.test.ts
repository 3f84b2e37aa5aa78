import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_LABELS, auditLabel } from '@/lib/domain/audit-labels';

// Issue 16 item 18: the toegangslog showed raw codes. Every code the use cases write has a Dutch description.
const root = path.resolve(__dirname, '../..');
const bestanden = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bestanden(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

// Quoted UPPER_SNAKE words given as an audit `actie`, except values that are not audit codes.
const GEEN_CODE = new Set(['TOEKENNEN', 'AKKOORD']); // AKKOORD: a resident's reaction to the plan (PlanReactie.soort), not an audit code
const geschrevenCodes = () => {
  const codes = new Set<string>();
  for (const file of bestanden(path.join(root, 'lib/server'))) {
    if (file.endsWith('catalogus-import.ts')) continue; // its `actie` is an import step, not an audit code
    // What follows `actie:` up to the next comma: a code, or a choice between codes.
    for (const [, waarde] of readFileSync(file, 'utf8').matchAll(/\bactie\??:\s*([^,;}]*)/g)) {
      for (const m of waarde.matchAll(/'([A-Z][A-Z]+(?:_[A-Z]+)*)'/g)) if (!GEEN_CODE.has(m[1])) codes.add(m[1]);
    }
  }
  return [...codes].sort();
};

describe('AUDIT_LABELS', () => {
  it('describes every code the use cases write, in Dutch', () => {
    const codes = geschrevenCodes();
    expect(codes.length).toBeGreaterThan(60);
    expect(codes.filter((c) => !AUDIT_LABELS[c])).toEqual([]);
  });

  it('gives a readable fallback for a code without a description', () => {
    expect(auditLabel('BREAK_THE_GLASS')).toBe('Toegang zonder grond (break the glass)');
    expect(auditLabel('IETS_NIEUWS')).toBe('Andere handeling (IETS_NIEUWS)');
  });
});
