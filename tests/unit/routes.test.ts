import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { mayOpen, routePatternOf, ROUTES, type RouteEntry } from '@/lib/auth/routes';

// The route table (lib/auth/routes.ts) cannot drift from the app: every page and handler has an entry, every entry
// has a file, and each file checks the permission its entry names.
const ROOT = path.resolve(import.meta.dirname, '../..');
const APP = path.join(ROOT, 'app');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(APP)
  .filter((f) => /\/(page\.tsx|route\.ts)$/.test(f))
  .map((f) => ({ rel: path.relative(ROOT, f), kind: f.endsWith('page.tsx') ? ('page' as const) : ('handler' as const) }));
const table: Record<string, RouteEntry> = ROUTES;

/** The permission a page or handler checks first, by reading its source. */
function checkedPermission(source: string, kind: 'page' | 'handler'): string | null {
  const re = kind === 'page' ? /requirePagePermission\(\s*'([^']+)'\s*\)/ : /(?:(?:assertPermission|can)\(\s*actor\s*,\s*|downloadRoute\(\s*)'([^']+)'/;
  return source.match(re)?.[1] ?? null;
}

describe('route table', () => {
  it('finds the app folder (the walk itself works)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(routePatternOf('app/(app)/huishoudens/[huishoudenId]/plan/page.tsx')).toBe('/huishoudens/[huishoudenId]/plan');
    expect(routePatternOf('app/page.tsx')).toBe('/');
    expect(routePatternOf('app/api/auth/[...nextauth]/route.ts')).toBe('/api/auth/[...nextauth]');
  });

  it('has an entry for every page and route handler under app/', () => {
    const missing = files.filter((f) => !(routePatternOf(f.rel) in table)).map((f) => f.rel);
    expect(missing, 'add these to ROUTES in lib/auth/routes.ts').toEqual([]);
  });

  it('has a file for every entry, of the kind it says', () => {
    const byPattern = new Map(files.map((f) => [routePatternOf(f.rel), f]));
    const orphans = Object.keys(table).filter((p) => !byPattern.has(p));
    expect(orphans, 'entries in ROUTES without a page.tsx or route.ts').toEqual([]);
    const wrongKind = Object.entries(table).filter(([p, e]) => byPattern.get(p)?.kind !== e.kind).map(([p]) => p);
    expect(wrongKind).toEqual([]);
  });

  it('names only permissions that exist', () => {
    const unknown = Object.entries(table).filter(([, e]) => e.rule !== 'public' && e.rule !== 'signed-in' && e.rule !== 'inwoner' && e.rule !== 'partner' && !(e.rule in PERMISSIONS));
    expect(unknown).toEqual([]);
  });

  it.each(files.map((f) => [routePatternOf(f.rel), f] as const))('%s checks the permission in the table', (pattern, file) => {
    const entry = table[pattern];
    if (!entry) return; // reported above
    const source = readFileSync(path.join(ROOT, file.rel), 'utf8');
    const checked = checkedPermission(source, file.kind);
    if (entry.rule === 'public') {
      expect(checked, `${file.rel} is public in the table but checks a permission`).toBeNull();
      expect(source).not.toMatch(/requireActor\(|requirePagePermission\(/);
    } else if (entry.rule === 'inwoner') {
      // Issue 21: a resident route takes the resident session and nothing of the staff side.
      expect(checked, `${file.rel} is a resident route but checks a staff permission`).toBeNull();
      expect(source).toMatch(/requireInwoner\(\)/);
      expect(source).not.toMatch(/requireActor\(|requirePagePermission\(|getActor\(/);
    } else if (entry.rule === 'partner') {
      // Issue 22: a partner route takes the partner session and nothing of the staff or resident side.
      expect(checked, `${file.rel} is a partner route but checks a staff permission`).toBeNull();
      expect(source).toMatch(/requirePartner\(\)/);
      expect(source).not.toMatch(/requireActor\(|requirePagePermission\(|getActor\(|requireInwoner\(/);
    } else if (entry.rule === 'signed-in') {
      expect(checked, `${file.rel} is signed-in in the table but checks a permission`).toBeNull();
      expect(source).toMatch(/requireActor\(\)|getActor\(\)|requireActorVoorWachtwoord\(\)/);
    } else {
      expect(checked, `${file.rel} must check '${entry.rule}'`).toBe(entry.rule);
    }
  });
});

describe('mayOpen', () => {
  it('follows the rule and the permission table', () => {
    expect(mayOpen(null, 'public')).toBe(true);
    expect(mayOpen(null, 'signed-in')).toBe(false);
    expect(mayOpen({ rollen: ['BELEID'] }, 'signed-in')).toBe(true);
    expect(mayOpen({ rollen: ['BELEID'] }, 'rapportage:read')).toBe(true);
    expect(mayOpen({ rollen: ['BELEID'] }, 'dossier:read')).toBe(false);
    expect(mayOpen(null, 'dossier:read')).toBe(false);
    // A resident route is never opened with a staff account, whatever its roles.
    expect(mayOpen({ rollen: ['WIJKCOACH', 'TEAMLEAD', 'BEHEERDER'] }, 'inwoner')).toBe(false);
    expect(mayOpen(null, 'inwoner')).toBe(false);
    // Nor a partner route (issue 22).
    expect(mayOpen({ rollen: ['WIJKCOACH', 'TEAMLEAD', 'BEHEERDER'] }, 'partner')).toBe(false);
  });
});
