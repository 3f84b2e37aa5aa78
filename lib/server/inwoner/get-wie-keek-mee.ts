import 'server-only';
import { prisma } from '@/lib/db';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import type { Rol } from '@/lib/generated/prisma/enums';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';

/**
 * Issue 21, "who looked" (AVG art. 15, given before they ask): every access of staff to the household's dossier from
 * the access log, by role and organisation (the team, else the gemeente) — never a staff member's name — with break
 * the glass shown with its reason. The household's own actions are left out. Newest first, the last 200.
 */
export async function getWieKeekMee(inwoner: InwonerActor) {
  return leesZonderTransactie(async (tx) => {
    const rijen = await tx.auditEntry.findMany({
      where: { huishoudenId: inwoner.huishoudenId, gemeenteId: inwoner.gemeenteId, actorId: { not: null } },
      orderBy: { op: 'desc' },
      take: 200,
      select: { id: true, op: true, actorId: true, actorRol: true, actie: true, breakTheGlass: true, context: true },
    });
    const actorIds = [...new Set(rijen.map((r) => r.actorId!))];
    // Issue 22: a ketenpartner's look is shown with its organisation (the access log holds the partner user as actor).
    const partnerIds = [...new Set(rijen.filter((r) => r.actorRol === 'PARTNER').map((r) => r.actorId!))];
    const [teams, gemeente, partners] = await Promise.all([
      tx.teamLidmaatschap.findMany({ where: { userId: { in: actorIds }, tot: null }, select: { userId: true, team: { select: { naam: true } } } }),
      tx.gemeente.findUniqueOrThrow({ where: { id: inwoner.gemeenteId }, select: { naam: true } }),
      tx.partnerGebruiker.findMany({ where: { id: { in: partnerIds } }, select: { id: true, organisatie: { select: { naam: true } } } }),
    ]);
    const partnerOrganisatie = new Map(partners.map((p) => [p.id, p.organisatie.naam]));
    const team = new Map(teams.map((t) => [t.userId, t.team.naam]));
    await recordInwonerAudit(tx, inwoner, { actie: 'READ', entiteit: 'AuditEntry' });
    return rijen.map((r) => ({
      id: String(r.id), op: r.op, actie: r.actie,
      rollen: (r.actorRol === 'PARTNER' ? '' : r.actorRol ?? '').split(',').filter(Boolean) as Rol[], // a partner: "een medewerker van <organisatie>"
      organisatie: partnerOrganisatie.get(r.actorId!) ?? team.get(r.actorId!) ?? `Gemeente ${gemeente.naam}`,
      breakTheGlass: r.breakTheGlass,
      // The reason of a break the glass is shown to the household; other context (the ground) is internal wording.
      reden: r.breakTheGlass ? r.context : null,
    }));
  });
}
