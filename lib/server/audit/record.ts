import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditAction } from '@/lib/domain/audit-actions';

export type AuditInput = {
  actie: AuditAction; // READ, EXPORT… or a specific code such as REGIE_TOEGEWEZEN: lib/domain/audit-actions.ts
  entiteit: string;
  entiteitId?: string | null;
  huishoudenId?: string | null;
  persoonId?: string | null;
  context?: string | null;
  breakTheGlass?: boolean;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * Writes one row of the access log in the caller's transaction, so the row and the work stand or fall together.
 * Ids and changed fields only; no free text about the client.
 */
export async function recordAudit(tx: Tx, actor: Actor | null, input: AuditInput, meta: { gemeenteId?: string; ip?: string | null; actorRol?: string; actorId?: string } = {}) {
  await recordAudits(tx, actor, [input], meta);
}

/**
 * Several rows of one actor at once (one statement): a list that shows many households writes one row per household,
 * as a view of each would, without a round trip per row.
 */
export async function recordAudits(tx: Tx, actor: Actor | null, inputs: readonly AuditInput[], meta: { gemeenteId?: string; ip?: string | null; actorRol?: string; actorId?: string } = {}) {
  if (inputs.length === 0) return;
  const ip = meta.ip ?? (await requestAddress());
  await tx.auditEntry.createMany({
    data: inputs.map((input) => ({
      gemeenteId: actor?.gemeenteId ?? meta.gemeenteId!,
      actorId: actor?.id ?? meta.actorId,
      actorRol: actor?.rollen.join(',') ?? meta.actorRol,
      ip,
      ...input,
    })),
  });
}

/** "From where" of the access log: the client address of the current request, when there is one. */
export async function requestAddress(): Promise<string | null> {
  try {
    const { headers } = await import('next/headers');
    const h = await headers();
    const { requestClientAddress } = await import('@/lib/client-address');
    const address = requestClientAddress(h);
    return address === 'onbekend' ? null : address;
  } catch {
    return null; // outside a request (tests, scripts, jobs)
  }
}
