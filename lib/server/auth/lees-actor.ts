import 'server-only';
import { leesSql } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/auth/permissions';
import { isUuid } from '@/lib/domain/ids';
import type { Rol } from '@/lib/domain/enums';

type ActorRij = {
  id: string; gemeenteId: string; naam: string; email: string; rollen: Rol[]; actief: boolean; wachtwoordWijzigen: boolean; heeftWachtwoord: boolean;
  totpActief: boolean; teamIds: string[]; gemeenteVersion: number; gemeenteGewijzigd: Date;
};

export type GelezenActor = {
  actor: Actor;
  /** A first or reset password that is still to be changed. */
  wachtwoordWijzigen: boolean;
  totpActief: boolean;
  /** The stand of the actor's gemeente (version and updatedAt): the key of the gemeente cached per process. */
  gemeenteStand: string;
};

/**
 * The staff member behind a session, read fresh on every request (a deactivated account or a changed role or team
 * takes effect at once) in one statement (issue 23 item 3): the user, their current teams, whether their second factor
 * is on, and the stand of their gemeente. Null for an unknown or deactivated account. On node-postgres (leesSql), as the
 * resident's and the partner's: through Prisma's engine the statement cost every request more server CPU than the
 * rest of the floor's data (lib/db.ts).
 */
export async function leesActor(userId: string): Promise<GelezenActor | null> {
  if (!isUuid(userId)) return null;
  const [user] = await leesSql<ActorRij>(Prisma.sql`
    SELECT u."id", u."gemeenteId", u."naam", u."email", u."rollen"::text[] AS "rollen", u."actief", u."wachtwoordWijzigen",
           u."passwordHash" IS NOT NULL AS "heeftWachtwoord", u."totpActief",
           ARRAY(SELECT t."teamId"::text FROM "TeamLidmaatschap" t WHERE t."userId" = u."id" AND t."tot" IS NULL ORDER BY t."id") AS "teamIds",
           g."version" AS "gemeenteVersion", g."updatedAt" AS "gemeenteGewijzigd"
    FROM "User" u JOIN "Gemeente" g ON g."id" = u."gemeenteId"
    WHERE u."id" = ${userId}::uuid`);
  if (!user || !user.actief) return null;
  return {
    actor: { id: user.id, gemeenteId: user.gemeenteId, naam: user.naam, email: user.email, rollen: user.rollen, teamIds: user.teamIds },
    wachtwoordWijzigen: user.wachtwoordWijzigen && user.heeftWachtwoord,
    totpActief: user.totpActief,
    gemeenteStand: `${user.gemeenteVersion}:${user.gemeenteGewijzigd.getTime()}`,
  };
}
