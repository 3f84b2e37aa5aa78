import 'server-only';
import { cache } from 'react';
import { prisma, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { toIsoDate } from '@/lib/domain/dates';
import type { Besluitdagen } from '@/lib/domain/termijnwet';

// The days a Royal Decree sets equal to the feestdagen (Atw art. 3 lid 3, table "Besluitdag", kept by beheer), as
// the domain's terms take them. Reads that compute a term either load them (laadBesluitdagen) or take them along in a
// statement they already run (BESLUITDAGEN_SQL + alsBesluitdagen), so that no read pays an extra round trip.

/** A json array of the ISO days, for a column of a statement: `${BESLUITDAGEN_SQL} AS "besluitdagen"`. */
export const BESLUITDAGEN_SQL = Prisma.sql`COALESCE((SELECT json_agg(to_char(bd."datum", 'YYYY-MM-DD')) FROM "Besluitdag" bd), '[]'::json)`;

/** The column of BESLUITDAGEN_SQL as the domain's set. */
export const alsBesluitdagen = (dagen: readonly string[] | null | undefined): Besluitdagen => new Set(dagen ?? []);

export async function laadBesluitdagen(db: Pick<Tx, 'besluitdag'>): Promise<Besluitdagen> {
  const rijen = await db.besluitdag.findMany({ select: { datum: true } });
  return new Set(rijen.map((r) => toIsoDate(r.datum)));
}

/** The decree days for a page, read once per request (React cache): public, the law of the land. */
export const getBesluitdagen = cache(() => laadBesluitdagen(prisma));
