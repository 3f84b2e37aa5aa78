import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../support/source-files';
import { CASUS_MACHINE } from '@/lib/domain/casus-transitions';
import { MELDING_MACHINE } from '@/lib/domain/melding';
import { AANVRAAG_MACHINE } from '@/lib/domain/aanvraag-termijn';
import { BESCHIKKING_MACHINE } from '@/lib/domain/beschikking';
import { PLAN_MACHINE } from '@/lib/domain/plan';
import { CONSULT_MACHINE } from '@/lib/domain/consult';

// Issue 18 item 1: the state of a route object (Casus.fase; the status of Melding, Aanvraag, Beschikking, PlanVersie
// and Consult) is written in one place, lib/server/transition/apply-transition.ts, through its state machine. This
// test reads lib/server, app/ and scripts/ and fails on any other write of those columns: a Prisma write whose data
// sets the column (directly, in a spread, in a nested relation write, in createMany rows), or SQL that updates or
// inserts it. Creating a row in its machine's initial state is allowed (the creating use case does that).

const HELPER = 'lib/server/transition/apply-transition.ts';

/** Prisma delegate → the model, its state column and the states a new row may have. */
const ROUTE_OBJECTS: Record<string, { model: string; kolom: 'fase' | 'status'; initial: readonly string[] }> = {
  casus: { model: 'Casus', kolom: 'fase', initial: CASUS_MACHINE.initial },
  melding: { model: 'Melding', kolom: 'status', initial: MELDING_MACHINE.initial },
  aanvraag: { model: 'Aanvraag', kolom: 'status', initial: AANVRAAG_MACHINE.initial },
  beschikking: { model: 'Beschikking', kolom: 'status', initial: BESCHIKKING_MACHINE.initial },
  planVersie: { model: 'PlanVersie', kolom: 'status', initial: PLAN_MACHINE.initial },
  consult: { model: 'Consult', kolom: 'status', initial: CONSULT_MACHINE.initial },
};
const BY_MODEL = new Map(Object.entries(ROUTE_OBJECTS).map(([delegate, o]) => [o.model, delegate]));

const CREATE_METHODS = new Set(['create', 'createMany', 'createManyAndReturn']);
const UPDATE_METHODS = new Set(['update', 'updateMany', 'updateManyAndReturn']);

/** Relation fields (of any model) that point to a route object: `casussen`, `meldingen`, `versies` … */
function relationFields(): Map<string, string> {
  const schema = readFileSync(path.join(ROOT, 'prisma/schema.prisma'), 'utf8');
  const out = new Map<string, string>();
  for (const m of schema.matchAll(/^\s+(\w+)\s+(\w+)(\[\])?\??(\s|$)/gm)) {
    const delegate = BY_MODEL.get(m[2]);
    if (delegate) out.set(m[1], delegate);
  }
  return out;
}
const RELATIONS = relationFields();

type Violation = string;

const unwrap = (e: ts.Expression): ts.Expression => (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) ? unwrap(e.expression) : e);
const propName = (p: ts.ObjectLiteralElementLike): string | null =>
  (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;
const getProp = (o: ts.ObjectLiteralExpression, name: string): ts.Expression | null => {
  const p = o.properties.find((q) => propName(q) === name);
  if (!p) return null;
  return ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : null;
};

/** Every write of a route object's state column in one file, outside the helper. */
function scanStatusWrites(file: string, text: string): Violation[] {
  const violations: Violation[] = [];
  // Only files with a Prisma write are parsed (the parser is the slow part); the SQL check below reads every file.
  if (/\.(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert)\(/.test(text)) scanPrismaWrites(file, text, violations);
  scanSql(file, text, violations);
  return violations;
}

function scanPrismaWrites(file: string, text: string, violations: Violation[]): void {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const where = (n: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;

  /** The declaration of an identifier in this file: an object literal it holds, or the type it was given. */
  const declarationOf = (name: string): { init?: ts.Expression; type?: string } | null => {
    let found: { init?: ts.Expression; type?: string } | null = null;
    const visit = (n: ts.Node) => {
      if (found) return;
      if ((ts.isParameter(n) || ts.isVariableDeclaration(n)) && ts.isIdentifier(n.name) && n.name.text === name) {
        found = { init: n.initializer, type: n.type?.getText(source) };
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
    return found;
  };

  const checkData = (expr: ts.Expression, delegate: string, kind: 'create' | 'update', seen = new Set<string>()): void => {
    const { kolom, initial, model } = ROUTE_OBJECTS[delegate];
    const cast = ts.isParenthesizedExpression(expr) ? expr.expression : expr;
    if (ts.isAsExpression(cast) && ts.isTypeLiteralNode(cast.type)) {
      // `…(x as { besluit: …; motivering: … })`: the type says which columns it holds.
      if (cast.type.members.some((m) => m.name && ts.isIdentifier(m.name) && m.name.text === kolom)) violations.push(`${where(cast)} writes ${model}.${kolom}`);
      return;
    }
    const e = unwrap(expr);
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isSpreadAssignment(p)) {
          checkData(p.expression, delegate, kind, seen);
          continue;
        }
        const name = propName(p);
        if (name === kolom) {
          const value = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : null;
          const initialLiteral = kind === 'create' && value && ts.isStringLiteral(value) && initial.includes(value.text);
          if (!initialLiteral) violations.push(`${where(p)} writes ${model}.${kolom}${kind === 'create' ? ' (not the initial state)' : ''}`);
        } else if (name && ts.isPropertyAssignment(p)) {
          checkNested(p.initializer, name, seen);
        }
      }
    } else if (ts.isConditionalExpression(e)) {
      checkData(e.whenTrue, delegate, kind, seen);
      checkData(e.whenFalse, delegate, kind, seen);
    } else if (ts.isArrayLiteralExpression(e)) {
      for (const el of e.elements) checkData(el as ts.Expression, delegate, kind, seen);
    } else if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ['map', 'flatMap'].includes(e.expression.name.text)) {
      const fn = e.arguments[0];
      if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
        if (ts.isBlock(fn.body)) {
          fn.body.forEachChild(function visit(n): void {
            if (ts.isReturnStatement(n) && n.expression) checkData(n.expression, delegate, kind, seen);
            else if (!ts.isFunctionLike(n)) n.forEachChild(visit);
          });
        } else checkData(fn.body, delegate, kind, seen);
      } else violations.push(`${where(e)} writes ${model} rows the scan cannot read`);
    } else if (ts.isIdentifier(e)) {
      if (seen.has(e.text)) return;
      seen.add(e.text);
      const decl = declarationOf(e.text);
      if (decl?.init) checkData(decl.init, delegate, kind, seen);
      else if (!(decl?.type && new RegExp(`Omit<[\\s\\S]*'${kolom}'`).test(decl.type))) {
        violations.push(`${where(e)} writes ${model} with \`${e.text}\`, which may hold ${kolom} (type it Omit<…, '${kolom}'> or go through ${HELPER})`);
      }
    } else if (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e) || ts.isElementAccessExpression(e)) {
      violations.push(`${where(e)} writes ${model} with \`${e.getText(source)}\`, which may hold ${kolom}`);
    }
  };

  /** A relation write inside data: `casussen: { create: {…} }`, `versies: { updateMany: { data: {…} } }` … */
  const checkNested = (expr: ts.Expression, field: string, seen: Set<string>) => {
    const delegate = RELATIONS.get(field);
    const e = unwrap(expr);
    if (!delegate || !ts.isObjectLiteralExpression(e)) return;
    for (const p of e.properties) {
      const name = propName(p);
      if (!name || !ts.isPropertyAssignment(p)) continue;
      const value = unwrap(p.initializer);
      if (name === 'create' || name === 'connectOrCreate') {
        checkData(name === 'connectOrCreate' && ts.isObjectLiteralExpression(value) ? getProp(value, 'create') ?? value : value, delegate, 'create', seen);
      } else if (name === 'createMany' && ts.isObjectLiteralExpression(value)) {
        const data = getProp(value, 'data');
        if (data) checkData(data, delegate, 'create', seen);
      } else if ((name === 'update' || name === 'updateMany') && ts.isObjectLiteralExpression(value)) {
        checkData(getProp(value, 'data') ?? value, delegate, 'update', seen);
      } else if (name === 'upsert' && ts.isObjectLiteralExpression(value)) {
        const create = getProp(value, 'create');
        const update = getProp(value, 'update');
        if (create) checkData(create, delegate, 'create', seen);
        if (update) checkData(update, delegate, 'update', seen);
      }
    }
  };

  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const method = n.expression.name.text;
      const target = n.expression.expression;
      const delegateName = ts.isPropertyAccessExpression(target) ? target.name.text : null;
      const arg = n.arguments[0] && unwrap(n.arguments[0]);
      if (delegateName && arg && ts.isObjectLiteralExpression(arg) && (CREATE_METHODS.has(method) || UPDATE_METHODS.has(method) || method === 'upsert')) {
        const delegate = ROUTE_OBJECTS[delegateName] ? delegateName : null;
        const parts: [string, 'create' | 'update'][] = method === 'upsert' ? [['create', 'create'], ['update', 'update']] : [['data', CREATE_METHODS.has(method) ? 'create' : 'update']];
        for (const [key, kind] of parts) {
          const data = getProp(arg, key);
          if (!data) continue;
          if (delegate) checkData(data, delegate, kind);
          else {
            // Another model's write: only its nested writes of route objects count.
            const d = unwrap(data);
            if (ts.isObjectLiteralExpression(d)) {
              for (const p of d.properties) {
                const name = propName(p);
                if (name && ts.isPropertyAssignment(p)) checkNested(p.initializer, name, new Set());
              }
            }
          }
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
}

/** SQL, in tagged templates and strings alike. */
function scanSql(file: string, text: string, violations: Violation[]): void {
  const models = Object.values(ROUTE_OBJECTS).map((o) => o.model).join('|');
  for (const m of text.matchAll(new RegExp(`UPDATE\\s+"?(${models})"?\\s+(?:AS\\s+)?(?:\\w+\\s+)?SET\\b([^;\`]*)`, 'gi'))) {
    const kolom = Object.values(ROUTE_OBJECTS).find((o) => o.model.toLowerCase() === m[1].toLowerCase())!.kolom;
    if (new RegExp(`(^|[\\s,."])${kolom}"?\\s*=`, 'i').test(m[2].split(/\bWHERE\b/i)[0])) {
      violations.push(`${file}:${text.slice(0, m.index).split('\n').length} SQL sets ${m[1]}.${kolom}`);
    }
  }
  for (const m of text.matchAll(new RegExp(`INSERT\\s+INTO\\s+"?(${models})"?\\s*\\(([^)]*)\\)`, 'gi'))) {
    const kolom = Object.values(ROUTE_OBJECTS).find((o) => o.model.toLowerCase() === m[1].toLowerCase())!.kolom;
    if (new RegExp(`(^|[\\s,"])${kolom}"?\\s*(,|$)`, 'i').test(m[2])) {
      violations.push(`${file}:${text.slice(0, m.index).split('\n').length} SQL inserts ${m[1]}.${kolom}`);
    }
  }
}

describe('the scan finds a write of a state column', () => {
  const scan = (code: string) => scanStatusWrites('example.ts', code);
  it.each([
    ['an update', `await tx.casus.update({ where: { id }, data: { fase: 'PLAN', version: { increment: 1 } } });`],
    ['an updateMany with a variable', `await tx.melding.updateMany({ where: { id }, data: { status: effect.meldingStatus } });`],
    ['a shorthand property', `const status = 'AFGEROND'; await tx.consult.updateMany({ where: { id }, data: { status } });`],
    ['a create in a later state', `await tx.aanvraag.create({ data: { nummer, status: 'BESCHIKT' } });`],
    ['a create with a computed state', `await tx.beschikking.create({ data: { status: gekozen } });`],
    ['a conditional spread', `await tx.casus.updateMany({ where: { id }, data: { urgentie, ...(naar ? { fase: naar } : {}) } });`],
    ['a spread of a loose object', `const patch = { status: 'VERVANGEN' }; await tx.planVersie.updateMany({ where: { id }, data: { ...patch } });`],
    ['data from an untyped parameter', `async function bump(data) { await tx.aanvraag.updateMany({ where: { id }, data }); }`],
    ['createMany rows', `await tx.beschikking.createMany({ data: rows.map((r) => ({ id: r.id, status: 'VASTGESTELD' })) });`],
    ['a nested relation write', `await tx.huishouden.update({ where: { id }, data: { casussen: { create: { nummer, fase: 'PLAN' } } } });`],
    ['a nested updateMany', `await tx.ondersteuningsplan.update({ where: { id }, data: { versies: { updateMany: { where: {}, data: { status: 'VERVANGEN' } } } } });`],
    ['the update of an upsert', `await tx.consult.upsert({ where: { id }, create: { soort }, update: { status: 'AFGEROND' } });`],
    ['SQL update', 'await tx.$executeRaw`UPDATE "Casus" SET "fase" = \'PLAN\', version = version + 1 WHERE id = ${id}::uuid`;'],
    ['SQL update with an alias', 'await tx.$executeRaw`UPDATE "Aanvraag" a SET status = \'BESCHIKT\' WHERE a.id = ${id}::uuid`;'],
    ['a cast that names the column', `await tx.beschikking.create({ data: { ...(inhoud(b) as { status: BeschikkingStatus; motivering: string }) } });`],
    ['SQL insert', 'await tx.$executeRaw`INSERT INTO "Melding" ("id", "status") VALUES (${id}::uuid, \'GEKOPPELD\')`;'],
  ])('%s', (_name, code) => expect(scan(code)).toHaveLength(1));

  it.each([
    ['a create in the initial state', `await tx.aanvraag.create({ data: { nummer, status: 'ONTVANGEN' } });`],
    ['a nested create in the initial state', `await tx.huishouden.update({ where: { id }, data: { casussen: { create: { nummer, fase: 'TRIAGE' } } } });`],
    ['a create that leaves the default', `await tx.consult.create({ data: { soort: 'VEILIGHEID', vraag } });`],
    ['an update of other columns', `await tx.casus.updateMany({ where: { id, fase: 'PLAN' }, data: { urgentie: 'HOOG', version: { increment: 1 } } });`],
    ['the status of another model', `await tx.actie.updateMany({ where: { id }, data: { status: 'GEDAAN' } });`],
    ['data typed without the column', `async function bump(data: Omit<Prisma.AanvraagUpdateManyMutationInput, 'status'>) { await tx.aanvraag.updateMany({ where: { id }, data: { ...data, version: { increment: 1 } } }); }`],
    ['a cast that does not name the column', `await tx.beschikking.create({ data: { status: 'CONCEPT', ...(inhoud(b) as { besluit: BesluitSoort; motivering: string }) } });`],
    ['SQL that reads the column', 'await tx.$queryRaw`SELECT "fase" FROM "Casus" WHERE "fase" = \'PLAN\'`; await tx.$executeRaw`UPDATE "Casus" SET urgentie = \'HOOG\' WHERE fase = \'PLAN\'`;'],
  ])('leaves alone %s', (_name, code) => expect(scan(code)).toEqual([]));
});

describe('no state is written outside the transition helper', () => {
  it('finds the relation fields of the route objects in the schema', () => {
    expect(RELATIONS.get('casussen')).toBe('casus');
    expect(RELATIONS.get('meldingen')).toBe('melding');
  });

  it('lib/server, app/ and scripts/ write Casus.fase and the statuses only through applyTransition', () => {
    const files = sourceFiles('lib/server', 'app', 'scripts').filter((f) => f !== HELPER);
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((f) => scanStatusWrites(f, readFileSync(path.join(ROOT, f), 'utf8')));
    expect(violations).toEqual([]);
  }, 60_000);

});
