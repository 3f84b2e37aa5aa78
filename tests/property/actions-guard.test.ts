// Issue 10: a hand-made request can send any value where a server action expects its FormData. Every action goes
// through runAction (lib/actions/run-action.ts, issue 18 item 2), which treats anything else as an empty form and
// answers with field messages instead of a 500. The HTTP fuzzing (tests/e2e/actions-fuzz.spec.ts) proves it on the
// build; this finds an action that bypasses the helper at once.
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

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s: every action hands its form to runAction first', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const actions = [...source.matchAll(/export async function (\w+)\(([^)]*)\)[^{]*\{\n(.*)\n/g)];
    expect(actions.length).toBeGreaterThan(0);
    const missing = actions.filter(([, , params, first]) => !/formData: FormData$/.test(params) || !/^(return|await) runAction\(formData, /.test(first.trim())).map(([, name]) => name);
    expect(missing).toEqual([]);
  });
});
