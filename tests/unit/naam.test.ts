import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { volledigeNaam } from '@/lib/domain/naam';
import { ROOT, sourceFiles } from '../support/source-files';
import { volledigeNaam as viaMelding } from '@/lib/domain/melding';
import { persoonNaam as viaGesprek } from '@/lib/domain/gesprek';

describe('volledigeNaam', () => {
  it.each([
    [{ voornamen: 'Jan', tussenvoegsel: 'de', achternaam: 'Vries' }, 'Jan de Vries'],
    [{ voornamen: 'Anna', tussenvoegsel: null, achternaam: 'Jansen' }, 'Anna Jansen'],
    [{ voornamen: 'Anna', achternaam: 'Jansen' }, 'Anna Jansen'],
    [{ voornamen: 'Fatma', tussenvoegsel: '  ', achternaam: 'Yilmaz' }, 'Fatma Yilmaz'],
    [{ voornamen: 'Piet', tussenvoegsel: 'van der', achternaam: 'Berg' }, 'Piet van der Berg'],
  ])('names %o as %s', (persoon, naam) => {
    expect(volledigeNaam(persoon)).toBe(naam);
  });

  it('is the one the old names point at', () => {
    expect(viaMelding).toBe(volledigeNaam);
    expect(viaGesprek).toBe(volledigeNaam);
  });
});

describe('one name formatter', () => {
  it('no code outside lib/domain/naam.ts puts voornamen, tussenvoegsel and achternaam together itself', () => {
    const files = sourceFiles('lib', 'app', 'components', 'prisma');
    // [p.voornamen, p.tussenvoegsel, p.achternaam].join(…) or `${p.voornamen} ${p.achternaam}`
    const offenders = files.filter((rel) => {
      const text = readFileSync(path.join(ROOT, rel), 'utf8');
      return /\[[\w.?!]*voornamen[^\]]*achternaam\]/.test(text) || /\$\{[\w.?!]*voornamen\}\s+\$\{[\w.?!]*(tussenvoegsel|achternaam)/.test(text);
    });
    expect(files.length).toBeGreaterThan(200);
    expect(offenders).toEqual(['lib/domain/naam.ts']);
  });
});
