import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { volledigeNaam } from '@/lib/domain/naam';
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
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    let scanned = 0;
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(full);
          continue;
        }
        if (!/\.tsx?$/.test(entry.name)) continue;
        scanned += 1;
        const text = readFileSync(full, 'utf8');
        // [p.voornamen, p.tussenvoegsel, p.achternaam].join(…) or `${p.voornamen} ${p.achternaam}`
        if (/\[[\w.?!]*voornamen[^\]]*achternaam\]/.test(text) || /\$\{[\w.?!]*voornamen\}\s+\$\{[\w.?!]*(tussenvoegsel|achternaam)/.test(text)) {
          offenders.push(path.relative(root, full));
        }
      }
    };
    for (const dir of ['lib', 'app', 'components', 'prisma']) walk(path.join(root, dir));
    expect(scanned).toBeGreaterThan(200);
    expect(offenders).toEqual(['lib/domain/naam.ts']);
  });
});
