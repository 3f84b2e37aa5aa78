import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db';
import { changedFields, snapshot } from '@/lib/domain/field-changes';
import { recordAudit } from '@/lib/server/audit/record';
import { gewijzigdeVelden } from '@/lib/domain/stale-version';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { AuditAction } from '@/lib/domain/audit-actions';

// Every change in beheer goes in the audit log with who, what, and the old and new value of the changed fields
// (issue 12 §8). Beheer rows carry no household: they are configuration, not a dossier.

type BeheerAudit = { actie: AuditAction; entiteit: string; entiteitId: string };

/** A change: only the fields that differ. Returns false (and writes nothing) when nothing changed. */
export async function auditChange(tx: Tx, actor: Actor, what: BeheerAudit, before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes = changedFields(before, after);
  if (!changes) return false;
  await recordAudit(tx, actor, { ...what, before: changes.before, after: changes.after });
  return true;
}

/** A new record: its values as `after`. */
export async function auditCreate(tx: Tx, actor: Actor, what: BeheerAudit, values: Record<string, unknown>) {
  await recordAudit(tx, actor, { ...what, after: snapshot(values) });
}

/** A removed record: its last values as `before`. */
export async function auditRemove(tx: Tx, actor: Actor, what: BeheerAudit, values: Record<string, unknown>) {
  await recordAudit(tx, actor, { ...what, before: snapshot(values) });
}

// Field names as the beheer forms call them, for the conflict message.
const VELD_LABELS: Record<string, string> = {
  naam: 'naam', email: 'e-mailadres', telefoon: 'telefoonnummer', agbCode: 'AGB-code', functie: 'functie', rollen: 'rollen',
  actief: 'actief', code: 'code', omschrijving: 'omschrijving', website: 'website', adres: 'adres', jaren: 'bewaartermijn',
  leefgebiedCodes: 'leefgebieden', wijkIds: 'wijken', soort: 'soort', beschikbaarheid: 'beschikbaarheid',
  kvkNummer: 'KvK-nummer', aanbiederId: 'aanbieder',
};

/** STALE_VERSION in beheer: who changed the record since the form was opened, when, and which fields (issue 10). */
export function beheerConflict(tx: Tx, actor: Actor, entiteit: string, entiteitId: string, wat: string) {
  return staleVersionError(tx, actor, {
    entiteit, entiteitId, wat,
    details: ({ actie, after }) => (actie.endsWith('_UPDATED') || actie === 'PRODUCT_IMPORTED' ? gewijzigdeVelden(after, VELD_LABELS) : []),
  });
}
