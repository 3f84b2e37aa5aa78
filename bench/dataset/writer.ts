// Writes rows built in memory (the shapes of prisma/seed/rows.ts: Prisma's CreateManyInput objects) with one
// statement per table and batch: INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …). One array parameter per
// column, so a statement holds any number of rows without PostgreSQL's 65,535-parameter limit, and the database does
// all the work of a batch in a handful of round trips (a table with an array column gets a multi-row VALUES list). Nothing is switched off: foreign keys, check constraints,
// partial unique indexes and triggers all run as they do for the app.
import type pg from 'pg';
import { INSERT_ORDER, type Rows, type Table } from '@/prisma/seed/rows';

type Column = { name: string; type: string; notNull: boolean; defaultExpr: string | null; isArray: boolean; isDate: boolean; isTimestamp: boolean; isJson: boolean };
export type Catalog = Map<string, Map<string, Column>>;

/** Column types and defaults of every table in the current schema, read once per database. */
export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const { rows } = await client.query<{ table: string; column: string; type: string; notnull: boolean; default: string | null; category: string }>(`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
           a.attnotnull AS "notnull", pg_get_expr(d.adbin, d.adrelid) AS "default", t.typcategory AS "category"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped`);
  const catalog: Catalog = new Map();
  for (const r of rows) {
    const table = catalog.get(r.table) ?? new Map<string, Column>();
    table.set(r.column, {
      name: r.column,
      type: r.type,
      notNull: r.notnull,
      defaultExpr: r.default,
      isArray: r.category === 'A',
      isDate: r.type === 'date',
      isTimestamp: r.type.startsWith('timestamp'),
      isJson: r.type === 'jsonb' || r.type === 'json',
    });
    catalog.set(r.table, table);
  }
  return catalog;
}

/** Prisma model name of a Rows key: huishoudenLidmaatschap → HuishoudenLidmaatschap. */
export const tableName = (table: Table) => `${table[0].toUpperCase()}${table.slice(1)}`;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function toParam(column: Column, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return column.isDate ? value.toISOString().slice(0, 10) : value.toISOString();
  if (column.isJson) return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/**
 * Inserts one table's rows. Columns absent from every row are left to their database default; a NOT NULL column
 * with a default that some rows leave out gets COALESCE(value, default). Prisma fills @updatedAt itself (the column
 * has no default in SQL): here it becomes the row's createdAt, or now().
 */
export async function insertTable(client: pg.ClientBase, catalog: Catalog, table: Table, data: readonly object[]) {
  if (data.length === 0) return;
  const name = tableName(table);
  const columns = catalog.get(name);
  if (!columns) throw new Error(`Unknown table ${name}`);
  const present = new Set<string>();
  for (const row of data) for (const key of Object.keys(row)) if ((row as Record<string, unknown>)[key] !== undefined) present.add(key);
  if (columns.has('updatedAt')) present.add('updatedAt');
  const used: Column[] = [];
  for (const key of present) {
    const column = columns.get(key);
    if (!column) throw new Error(`${name} has no column ${key}`);
    used.push(column);
  }
  const valueOf = (column: Column, row: object) => {
    const record = row as Record<string, unknown>;
    if (column.name === 'updatedAt' && record.updatedAt === undefined) return toParam(column, record.createdAt ?? new Date());
    return toParam(column, record[column.name]);
  };
  const withDefault = (c: Column, ref: string) => (c.notNull && c.defaultExpr ? `COALESCE(${ref}, ${c.defaultExpr})` : ref);
  const columnList = used.map((c) => quote(c.name)).join(', ');
  if (used.some((c) => c.isArray)) {
    // unnest flattens an array of arrays, so the few small tables with an array column (User.rollen,
    // Product.leveringsvormen, Voorziening.leefgebiedCodes) get a multi-row VALUES list instead.
    const perStatement = Math.floor(30_000 / used.length);
    for (let start = 0; start < data.length; start += perStatement) {
      const chunk = data.slice(start, start + perStatement);
      const values: unknown[] = [];
      const tuples = chunk.map((row) => `(${used.map((c) => { values.push(valueOf(c, row)); return withDefault(c, `$${values.length}::${c.type}`); }).join(', ')})`);
      await client.query({ text: `INSERT INTO ${quote(name)} (${columnList}) VALUES ${tuples.join(', ')}`, values });
    }
    return;
  }
  const values = used.map((column) => data.map((row) => valueOf(column, row)));
  const select = used.map((c, i) => withDefault(c, `u.c${i}`));
  const text = `INSERT INTO ${quote(name)} (${columnList})
    SELECT ${select.join(', ')} FROM unnest(${used.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS u(${used.map((_, i) => `c${i}`).join(', ')})`;
  await client.query({ text, values });
}

/** Milliseconds per table when BENCH_PROFILE is set: where a batch spends its time in the database. */
export const profile: Map<string, number> | null = process.env.BENCH_PROFILE ? new Map() : null;

/** Every table of `rows` in foreign-key order (prisma/seed/rows.ts INSERT_ORDER). Returns rows written per table. */
export async function insertAll(client: pg.ClientBase, catalog: Catalog, rows: Partial<Rows>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of INSERT_ORDER) {
    const data = (rows[table] ?? []) as readonly object[];
    if (!data.length) continue;
    const started = performance.now();
    await insertTable(client, catalog, table, data);
    if (profile) profile.set(table, (profile.get(table) ?? 0) + performance.now() - started);
    counts[table] = data.length;
  }
  return counts;
}
