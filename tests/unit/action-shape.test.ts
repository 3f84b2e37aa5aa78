// Issue 18 item 2: one shape of server action. Every 'use server' file in app/ exports only actions that are one
// call of runAction (lib/actions/run-action.ts); none reads the form, catches errors, revalidates or redirects by
// itself. Forms receive their actions as props, so nothing in components/ imports from app/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const rel = (file: string) => path.relative(ROOT, file);
const read = (file: string) => readFileSync(file, 'utf8');
const useServer = (source: string) => /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"];/.test(source);

/** The body of each exported function, from its opening brace to the matching closing one. */
function exportedFunctions(source: string): { name: string; body: string }[] {
  return [...source.matchAll(/^export (?:async )?function (\w+)[^{]*\{/gm)].map((m) => {
    let depth = 1;
    let i = m.index! + m[0].length;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}') depth--;
    }
    return { name: m[1], body: source.slice(m.index! + m[0].length, i - 1) };
  });
}

/** `return runAction(formData, …);` and nothing else: the call's closing parenthesis ends the body. */
function isOneRunActionCall(body: string): boolean {
  const start = body.match(/^\s*(?:return|await) runAction\(formData, /);
  if (!start) return false;
  let depth = 1;
  let i = start[0].length;
  for (; i < body.length && depth > 0; i++) {
    if (body[i] === '(') depth++;
    else if (body[i] === ')') depth--;
  }
  return depth === 0 && /^;\s*$/.test(body.slice(i));
}

const serverFiles = [...sourceFiles(path.join(ROOT, 'app')), ...sourceFiles(path.join(ROOT, 'lib')), ...sourceFiles(path.join(ROOT, 'components'))].filter((f) => useServer(read(f)));

describe('server actions have one shape', () => {
  it('are found, and only in app/', () => {
    expect(serverFiles.length).toBeGreaterThan(30);
    expect(serverFiles.map(rel).filter((f) => !f.startsWith('app/'))).toEqual([]);
  });

  it.each(serverFiles.map((f) => [rel(f)]))('%s exports only actions that are one runAction call', (file) => {
    const source = read(path.join(ROOT, file));
    // Nothing else is exported at runtime (types are erased).
    const otherExports = [...source.matchAll(/^export (?!async function |type |interface )(\S+ \S+)/gm)].map((m) => m[1]);
    expect(otherExports).toEqual([]);
    const functions = exportedFunctions(source);
    expect(functions.length).toBeGreaterThan(0);
    const notOneCall = functions.filter(({ body }) => !isOneRunActionCall(body)).map((f) => f.name);
    expect(notOneCall).toEqual([]);
  });

  it.each(serverFiles.map((f) => [rel(f)]))('%s leaves reading the form, errors, revalidating and redirecting to runAction', (file) => {
    const source = read(path.join(ROOT, file));
    const forbidden = ['formDataOf(', 'formValues(', 'Object.fromEntries(formData', 'errorState(', 'revalidatePath(', 'redirect(', 'try {', "from 'next/cache'", "from 'next/navigation'"];
    expect(forbidden.filter((s) => source.includes(s))).toEqual([]);
  });

  it('runAction is the only place that reads a posted form for an action', () => {
    const readers = sourceFiles(path.join(ROOT, 'lib'))
      .filter((f) => read(f).includes('formDataOf('))
      .map(rel);
    expect(readers.sort()).toEqual(['lib/actions/run-action.ts', 'lib/forms.ts']);
  });
});

describe('components/ does not reach up into app/', () => {
  const files = sourceFiles(path.join(ROOT, 'components'));

  it('has components', () => expect(files.length).toBeGreaterThan(20));

  it('no component imports from app/ (forms receive their actions as props)', () => {
    const offending = files.flatMap((file) =>
      [...read(file).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1])
        .filter((spec) => spec.startsWith('@/app/') || (spec.startsWith('.') && rel(path.resolve(path.dirname(file), spec)).startsWith('app/')))
        .map((spec) => `${rel(file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
