import 'server-only';
import type { Actor } from '@/lib/auth/permissions';
import { prisma, voerSqlUit, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
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
  const gemeenteId = actor?.gemeenteId ?? meta.gemeenteId!;
  const actorId = actor?.id ?? meta.actorId ?? null;
  const actorRol = actor?.rollen.join(',') ?? meta.actorRol ?? null;
  // The moment the row is written, as Prisma's @default(now()) set it in the client (UTC, milliseconds).
  const op = new Date().toISOString();
  const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
  // One INSERT statement (issue 23): Prisma's createMany wrapped its INSERT in BEGIN and COMMIT outside a transaction,
  // three round trips for the access-log row of every read that runs without one (lees-zonder-transactie.ts).
  const insert = Prisma.sql`
    INSERT INTO "AuditEntry" ("gemeenteId", "op", "actorId", "actorRol", "actie", "entiteit", "entiteitId", "huishoudenId", "persoonId", "context", "breakTheGlass", "ip", "before", "after")
    VALUES ${Prisma.join(inputs.map((input) => Prisma.sql`(
      ${gemeenteId}::uuid, (${op}::timestamptz AT TIME ZONE 'UTC'), ${actorId}::uuid, ${actorRol}, ${input.actie}, ${input.entiteit}, ${input.entiteitId ?? null},
      ${input.huishoudenId ?? null}::uuid, ${input.persoonId ?? null}::uuid, ${input.context ?? null}, ${input.breakTheGlass ?? false}, ${ip},
      ${json(input.before)}::jsonb, ${json(input.after)}::jsonb)`))}`;
  // Outside a transaction (a read's row, lees-zonder-transactie.ts) straight on node-postgres, as leesSql reads.
  if (tx === prisma) await voerSqlUit(insert);
  else await tx.$executeRaw(insert);
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
