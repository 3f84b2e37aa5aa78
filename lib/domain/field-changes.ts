// What an audit row of a change holds (issue: every change in beheer is in the audit log, with old and new
// value): only the fields that changed, as JSON. Dates become ISO strings, a set (an array) compares by its
// members. Secrets never go in: the caller leaves out password hashes and the like.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const toJson = (value: unknown): Json => {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value as Json;
};

const key = (value: Json): string => JSON.stringify(Array.isArray(value) ? [...value].map((v) => JSON.stringify(v)).sort() : value);

export type FieldChanges = { before: Record<string, Json>; after: Record<string, Json> };

/** The fields of `after` whose value differs from `before`, with both values; null when nothing changed. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges | null {
  const changes: FieldChanges = { before: {}, after: {} };
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const old = toJson(before[field]);
    const neu = toJson(value);
    if (key(old) !== key(neu)) {
      changes.before[field] = old;
      changes.after[field] = neu;
    }
  }
  return Object.keys(changes.after).length ? changes : null;
}

/** The values of a new record as an audit `after`. */
export const snapshot = (record: Record<string, unknown>): Record<string, Json> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toJson(v)]));
