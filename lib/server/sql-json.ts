import { Prisma } from '@/lib/generated/prisma/client';

// Dates inside json_build_object / json_agg of hand-written SQL, read back as Prisma reads the columns themselves:
// PostgreSQL writes a date as 2026-11-22 (a calendar day: UTC midnight, lib/domain/dates.ts) and a timestamp, stored
// in UTC without a zone, as 2026-11-22T10:00:00 or 2026-11-22T10:00:00.123.

export const fromJson = (value: string): Date => new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);

export const fromJsonOrNull = (value: string | null): Date | null => (value ? fromJson(value) : null);

/**
 * The rows of a query as one json array column (empty: []), so that a page reads several lists in one statement
 * (issue 23: every statement cost its round trip and its socket write). The rows keep the query's ORDER BY; their
 * dates are text, read back with fromJson.
 */
export const jsonRijen = (query: Prisma.Sql): Prisma.Sql => Prisma.sql`COALESCE((SELECT json_agg(x) FROM (${query}) x), '[]'::json)`;
