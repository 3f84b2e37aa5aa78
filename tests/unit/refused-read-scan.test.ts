// Issue 18 item 3: one way to refuse a read. Every page (and layout) with an id in its URL reads through
// readOrRefuse (lib/auth/refuse.ts), one of its two wrappers for the dossier (readDossier) and the plan (readPlan), or
// - where a page also turns other errors into a redirect - its refuseRead itself, so that an unknown id and a record
// the user may not see look the same. A page that needs none says why below.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function files(dir: string, names: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return files(full, names);
    return names.includes(e.name) ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file);
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const dynamic = (file: string) => /\/\[[^/]+\]\//.test(`/${file}`);

/** Pages with a [param] that read nothing by it, each with its reason. */
const EXEMPT_PAGES: Record<string, string> = {};

/** Route handlers (downloads) answer with a status and a short text instead of a page; each says how. */
const HANDLERS: Record<string, string> = {
  'app/api/auth/[...nextauth]/route.ts': 'NextAuth itself: the parameter is its own route, no record',
  'app/(app)/huishoudens/[huishoudenId]/documenten/[documentId]/route.ts': 'a document download with its own sandbox headers: 404 unknown, 403 no need-to-know (as downloadRoute)',
  'app/(mijn)/mijn/brieven/[briefId]/route.ts': "a resident's letter: a letter of another household is NOT_FOUND, the same 404 as an unknown one",
  'app/(mijn)/mijn/berichten/bijlage/[bijlageId]/route.ts': "a resident's attachment: one of another household, or of a child without gezag, is NOT_FOUND, the same 404 as an unknown one",
};

const READERS = /\b(readOrRefuse|readDossier|readPlan|refuseRead)\(/;

describe('pages with an id refuse a read one way', () => {
  const pages = files(path.join(ROOT, 'app'), ['page.tsx', 'layout.tsx']).map(rel).filter(dynamic);

  it('are found', () => expect(pages.length).toBeGreaterThan(30));

  it.each(pages.map((p) => [p]))('%s reads through readOrRefuse (or readDossier, readPlan, refuseRead)', (page) => {
    if (EXEMPT_PAGES[page]) return;
    expect(READERS.test(read(page)), `${page}: read the record through readOrRefuse (lib/auth/refuse.ts), or list it in EXEMPT_PAGES with a reason`).toBe(true);
  });

  it('the two wrappers end in the one refusal', () => {
    for (const wrapper of ['components/dossier/read-dossier.ts', 'components/plan/read-plan.ts']) expect(read(wrapper)).toMatch(/\brefuseRead\(/);
  });

  it('the exempt lists name files that exist and still need it', () => {
    for (const page of Object.keys(EXEMPT_PAGES)) expect(pages).toContain(page);
    const handlers = files(path.join(ROOT, 'app'), ['route.ts']).map(rel).filter(dynamic);
    for (const handler of Object.keys(HANDLERS)) expect(handlers).toContain(handler);
  });

  it('route handlers with an id answer through downloadRoute (403/404 as text) or say how they refuse', () => {
    const handlers = files(path.join(ROOT, 'app'), ['route.ts']).map(rel).filter(dynamic);
    expect(handlers.filter((h) => !HANDLERS[h] && !/\bdownloadRoute\(/.test(read(h)))).toEqual([]);
  });
});
