import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db';
import { HANDELINGEN, staleVersionMelding, type LaatsteWijziging } from '@/lib/domain/stale-version';
import { DomainError } from '@/lib/errors';

// STALE_VERSION with a message that says who changed the record, when and what (issue 10): read from the audit log,
// where every write use case records its change in the same transaction as the change itself.

/** Audit actions that read rather than change (making a verslag stores a document; the gesprek stays as it was). */
const LEZEN = ['READ', 'SEARCH', 'EXPORT', 'INZAGE_BEKEKEN', 'BREAK_THE_GLASS', 'VERSLAG_GEMAAKT'];

export type StaleVersionOpties = {
  /** The record as the audit log names it. */
  entiteit: string;
  entiteitId: string;
  /** Also rows about another entity that carry this casus in `after.casusId` (regie: RegieToewijzing rows). */
  casusId?: string;
  /** Also rows of this household about these entities (its members: HuishoudenLidmaatschap rows). */
  huishouden?: { id: string; entiteiten: string[] };
  /** The record with its article, for the sentence: "deze triage", "deze beschikking". */
  wat: string;
  /** Only where this record asks for other words than lib/domain/stale-version HANDELINGEN (default "gewijzigd"). */
  handelingen?: Record<string, string>;
  /** What changed, from the audit row. */
  details?: (row: { actie: string; before: unknown; after: unknown }) => string[] | Promise<string[]>;
  now?: Date;
};

type Row = { actie: string; op: Date; actorId: string | null; before: unknown; after: unknown; naam: string | null; eigen: boolean };

/**
 * The last change someone else committed to the record (never a row of the caller's own transaction, which may have
 * written audit rows before it found the newer version), as LaatsteWijziging.
 */
export async function laatsteWijziging(tx: Tx, actor: Pick<Actor, 'id'>, o: StaleVersionOpties): Promise<LaatsteWijziging | null> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT a.actie, a.op, a."actorId", a.before, a.after, u.naam, (a.entiteit = ${o.entiteit} AND a."entiteitId" = ${o.entiteitId}) AS eigen
    FROM "AuditEntry" a LEFT JOIN "User" u ON u.id = a."actorId"
    WHERE (
        (a.entiteit = ${o.entiteit} AND a."entiteitId" = ${o.entiteitId})
        OR (${o.casusId ?? null}::text IS NOT NULL AND a.after ->> 'casusId' = ${o.casusId ?? null}::text)
        OR (${o.huishouden?.id ?? null}::uuid IS NOT NULL AND a."huishoudenId" = ${o.huishouden?.id ?? null}::uuid
            AND a.entiteit = ANY(${o.huishouden?.entiteiten ?? []}::text[]))
      )
      AND a.actie <> ALL(${LEZEN}::text[])
      AND a.xmin <> COALESCE(pg_current_xact_id_if_assigned()::xid, '0'::xid)
    ORDER BY a.id DESC
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  return {
    door: row.naam,
    zelf: row.actorId === actor.id,
    op: row.op,
    // The shared words fit a row about this record itself; a related row (casusId) reads "gewijzigd" unless told.
    handeling: o.handelingen?.[row.actie] ?? (row.eigen ? HANDELINGEN[row.actie] : undefined) ?? 'gewijzigd',
    details: (await o.details?.(row)) ?? [],
  };
}

/** The STALE_VERSION error to throw: "Mirjam Hoekstra heeft deze triage om 14:32 gewijzigd: …". */
export async function staleVersionError(tx: Tx, actor: Pick<Actor, 'id'>, o: StaleVersionOpties): Promise<DomainError> {
  const laatste = await laatsteWijziging(tx, actor, o);
  return new DomainError('STALE_VERSION', [staleVersionMelding(o.wat, laatste, o.now ?? new Date())]);
}
