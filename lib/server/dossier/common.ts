import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import { householdAccess, householdAccessForView, recordHouseholdAccess, type assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { AuditAction } from '@/lib/domain/audit-actions';

export const HUISHOUDEN_NIET_GEVONDEN = 'Dit huishouden bestaat niet (meer).';

/**
 * The gate of every dossier read and write: a household of the actor's gemeente (else NOT_FOUND, also for an id
 * that is no uuid, which the database would refuse with an error), then need-to-know with its access-log row.
 * A read shares its check with the dossier header of the same request (householdAccessForView).
 */
export async function openDossier(
  tx: Tx,
  actor: Actor,
  huishoudenId: string,
  audit: { actie: AuditAction; entiteit: string; entiteitId?: string | null; after?: Parameters<typeof assertHouseholdAccess>[3]['after'] },
) {
  const { gevonden, grond } = audit.actie === 'READ' ? await householdAccessForView(actor, huishoudenId) : await householdAccess(actor, huishoudenId, tx);
  if (!gevonden) throw new DomainError('NOT_FOUND', [HUISHOUDEN_NIET_GEVONDEN]);
  return recordHouseholdAccess(tx, actor, huishoudenId, grond, { entiteitId: huishoudenId, ...audit });
}

/** Names of staff by id in one query (columns such as doorId have no relation). */
export async function namenVan(tx: Tx, ids: (string | null | undefined)[]): Promise<(id: string | null | undefined) => string | null> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = unique.length ? await tx.user.findMany({ where: { id: { in: unique } }, select: { id: true, naam: true } }) : [];
  const map = new Map(users.map((u) => [u.id, u.naam]));
  return (id) => (id ? map.get(id) ?? null : null);
}

/** Optimistic lock on the members failed: "Mirjam Hoekstra heeft de samenstelling van dit huishouden om 14:32 gewijzigd. Je wijziging is niet opgeslagen …" */
export const ledenGewijzigd = (tx: Tx, actor: Pick<Actor, 'id'>, huishoudenId: string) =>
  staleVersionError(tx, actor, {
    entiteit: 'Huishouden', entiteitId: huishoudenId, wat: 'de samenstelling van dit huishouden',
    huishouden: { id: huishoudenId, entiteiten: ['HuishoudenLidmaatschap'] },
  });
