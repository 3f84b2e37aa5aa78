/**
 * Promise.all for the queries of ONE transaction client: awaits them one after another. A transaction holds one
 * connection and node-postgres runs one query at a time on it (asking for more at once is deprecated and warns),
 * so running them "in parallel" only queued them anyway. Prisma's queries are lazy (they start when awaited), so
 * pass the queries themselves, not calls of async functions (those start at once: await them on their own line).
 */
export async function eenVoorEen<T extends readonly unknown[] | []>(queries: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
