import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rol } from '@/lib/generated/prisma/enums';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';

/**
 * Issue 21, "who looked" (AVG art. 15, given before they ask): every access of staff to the household's dossier from
 * the access log, by role and organisation (the team, else the gemeente) — never a staff member's name — with break
 * the glass shown with its reason. The household's own actions are left out. Newest first, the last 200.
 * Issue 23: one statement on node-postgres (each row with its organisation), then the access-log row: were six.
 */
export async function getWieKeekMee(inwoner: InwonerActor) {
  const rijen = await leesSql<{ id: string; op: Date; actorRol: string | null; actie: string; breakTheGlass: boolean; context: string | null; organisatie: string }>(Prisma.sql`
    SELECT a."id"::text AS "id", a."op", a."actorRol", a."actie", a."breakTheGlass", a."context",
      COALESCE(
        -- Issue 22: a ketenpartner's look is shown with its organisation (the access log holds the partner user as actor).
        CASE WHEN a."actorRol" = 'PARTNER' THEN (SELECT o."naam" FROM "PartnerGebruiker" pg JOIN "PartnerOrganisatie" o ON o."id" = pg."organisatieId" WHERE pg."id" = a."actorId") END,
        (SELECT t."naam" FROM "TeamLidmaatschap" tl JOIN "Team" t ON t."id" = tl."teamId" WHERE tl."userId" = a."actorId" AND tl."tot" IS NULL ORDER BY tl."vanaf" DESC, tl."id" DESC LIMIT 1),
        'Gemeente ' || g."naam") AS "organisatie"
    FROM "AuditEntry" a JOIN "Gemeente" g ON g."id" = a."gemeenteId"
    WHERE a."huishoudenId" = ${inwoner.huishoudenId}::uuid AND a."gemeenteId" = ${inwoner.gemeenteId}::uuid AND a."actorId" IS NOT NULL
    ORDER BY a."op" DESC
    LIMIT 200`);
  await recordInwonerAudit(prisma, inwoner, { actie: 'READ', entiteit: 'AuditEntry' });
  return rijen.map((r) => ({
    id: r.id, op: r.op, actie: r.actie,
    rollen: (r.actorRol === 'PARTNER' ? '' : r.actorRol ?? '').split(',').filter(Boolean) as Rol[], // a partner: "een medewerker van <organisatie>"
    organisatie: r.organisatie,
    breakTheGlass: r.breakTheGlass,
    // The reason of a break the glass is shown to the household; other context (the ground) is internal wording.
    reden: r.breakTheGlass ? r.context : null,
  }));
}
