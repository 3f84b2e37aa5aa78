import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRISMA_ENUMS } from '@/lib/domain/enums';

// lib/domain declares the Prisma enums as string unions; this test reads the schema and fails on any drift.
const schema = readFileSync(path.resolve(__dirname, '../../prisma/schema.prisma'), 'utf8');

const schemaEnums = (): Record<string, string[]> => {
  const enums: Record<string, string[]> = {};
  for (const match of schema.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    enums[match[1]] = match[2]
      .split('\n')
      .map((line) => line.replace(/\/\/.*$/, '').trim())
      .filter((line) => line.length > 0);
  }
  return enums;
};

describe('enums', () => {
  const fromSchema = schemaEnums();

  it('finds the enums in the schema', () => {
    expect(Object.keys(fromSchema).length).toBeGreaterThanOrEqual(46);
  });

  it('declares every enum of the schema, and no other', () => {
    expect(Object.keys(PRISMA_ENUMS).sort()).toEqual(Object.keys(fromSchema).sort());
  });

  it.each(Object.keys(fromSchema))('%s has the values of the schema, in order', (name) => {
    expect([...PRISMA_ENUMS[name as keyof typeof PRISMA_ENUMS]]).toEqual(fromSchema[name]);
  });
});
