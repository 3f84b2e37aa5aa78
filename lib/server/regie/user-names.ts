import 'server-only';
import type { Tx } from '@/lib/db';
import { prisma } from '@/lib/db';

/** Names of staff by id in one query (for columns such as toegewezenDoorId that have no relation). */
export async function userNames(db: Tx | typeof prisma, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, naam: true } });
  return new Map(users.map((u) => [u.id, u.naam]));
}
