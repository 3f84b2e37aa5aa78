// Issue 10: a hand-made request can send any value where a server action expects its FormData. Every action starts
// with `formData = formDataOf(formData)` (lib/forms.ts), so that it answers with field messages instead of a 500.
// The HTTP fuzzing (tests/e2e/actions-fuzz.spec.ts) proves it on the build; this finds a forgotten line at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return actionFiles(full);
    return e.name === 'actions.ts' ? [full] : [];
  });
}

describe('server actions', () => {
  const files = actionFiles(path.join(ROOT, 'app'));

  it('are found', () => expect(files.length).toBeGreaterThan(20));

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s: every action with a form first makes sure it has one', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const missing = [...source.matchAll(/export async function (\w+)\([^)]*formData: FormData\)[^{]*\{\n(.*)\n/g)]
      .filter(([, , first]) => first.trim() !== 'formData = formDataOf(formData);')
      .map(([, name]) => name);
    expect(missing).toEqual([]);
  });
});
