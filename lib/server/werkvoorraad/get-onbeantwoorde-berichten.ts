import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';

/**
 * Issue 21: messages from households in Mijn plan that their regisseur has not answered yet, as tasks in Mijn
 * werkvoorraad with their age (the oldest unanswered message per household). Only households the actor is
 * regisseur of now (RegieToewijzing regisseurId+tot, an index), one statement.
 */
export async function getOnbeantwoordeBerichten(actor: Actor) {
  assertPermission(actor, 'werkvoorraad:read');
  return prisma.$queryRaw<{ huishoudenId: string; huishoudenNaam: string; sinds: Date; aantal: number }[]>`
    SELECT h."id" AS "huishoudenId", h."naam" AS "huishoudenNaam", min(b."op") AS "sinds", count(*)::int AS "aantal"
    FROM (SELECT DISTINCT r."huishoudenId" FROM "RegieToewijzing" r
          WHERE r."regisseurId" = ${actor.id}::uuid AND r."tot" IS NULL AND r."gemeenteId" = ${actor.gemeenteId}::uuid) mijn
    JOIN "Huishouden" h ON h."id" = mijn."huishoudenId"
    JOIN "PortaalBericht" b ON b."huishoudenId" = h."id" AND b."persoonId" IS NOT NULL
    WHERE NOT EXISTS (SELECT 1 FROM "PortaalBericht" a WHERE a."huishoudenId" = h."id" AND a."medewerkerId" IS NOT NULL AND a."op" >= b."op")
    GROUP BY h."id", h."naam"
    ORDER BY min(b."op")`;
}
