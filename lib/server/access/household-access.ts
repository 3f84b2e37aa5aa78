import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditInput } from '@/lib/server/audit/record';

// Need-to-know (ARCHITECTURE.md, DOMAIN.md §5): a person opens a household only through their team, an assignment,
// a consult, their part of the route (the backoffice through an aanvraag, the front office through an open melding),
// or a logged "break the glass" with a reason. Everything else is refused.
export type AccessGround = 'REGIE' | 'TEAM' | 'CONSULT' | 'AANVRAAG' | 'MELDING' | 'BREAK_THE_GLASS';

export const ACCESS_GROUND_LABELS: Record<AccessGround, string> = {
  REGIE: 'regisseur',
  TEAM: 'eigen team',
  CONSULT: 'consult',
  AANVRAAG: 'aanvraag in behandeling',
  MELDING: 'open melding',
  BREAK_THE_GLASS: 'break the glass',
};

/** The households an actor may see without breaking the glass, as a Prisma filter for lists and search. */
export function householdAccessWhere(actor: Actor, now = new Date()): Prisma.HuishoudenWhereInput {
  const grounds: Prisma.HuishoudenWhereInput[] = [
    { regie: { some: { regisseurId: actor.id, tot: null } } },
    { breakTheGlass: { some: { userId: actor.id, verlooptOp: { gt: now } } } },
  ];
  if (actor.teamIds.length && actor.rollen.some((r) => r === 'WIJKCOACH' || r === 'TEAMLEAD' || r === 'GEDRAGSWETENSCHAPPER')) {
    grounds.push({ casussen: { some: { teamId: { in: actor.teamIds } } } });
    grounds.push({ wijk: { teams: { some: { teamId: { in: actor.teamIds } } } } });
  }
  if (actor.rollen.includes('GEDRAGSWETENSCHAPPER')) {
    grounds.push({ consulten: { some: { OR: [{ gedragswetenschapperId: actor.id }, { status: { not: 'AFGEROND' } }] } } });
  }
  if (actor.rollen.includes('BACKOFFICE')) grounds.push({ aanvragen: { some: {} } });
  if (actor.rollen.includes('FRONTOFFICE')) {
    grounds.push({ meldingen: { some: { status: { in: ['NIEUW', 'IN_TRIAGE'] } } } });
    grounds.push({ casussen: { some: { fase: 'TRIAGE' } } });
  }
  return { gemeenteId: actor.gemeenteId, OR: grounds };
}

/** Why this actor may open this household, or null: one query, the same grounds as householdAccessWhere. */
export async function findHouseholdAccess(actor: Actor, huishoudenId: string, db: Tx | typeof prisma = prisma): Promise<AccessGround | null> {
  const now = new Date();
  const teamRole = actor.teamIds.length > 0 && actor.rollen.some((r) => r === 'WIJKCOACH' || r === 'TEAMLEAD' || r === 'GEDRAGSWETENSCHAPPER');
  const h = await db.huishouden.findFirst({
    where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
    select: {
      wijk: { select: { teams: { where: { teamId: { in: actor.teamIds } }, select: { teamId: true }, take: 1 } } },
      _count: {
        select: {
          regie: { where: { regisseurId: actor.id, tot: null } },
          casussen: { where: { teamId: { in: actor.teamIds } } },
          consulten: { where: { OR: [{ gedragswetenschapperId: actor.id }, { status: { not: 'AFGEROND' } }] } },
          aanvragen: true,
          meldingen: { where: { status: { in: ['NIEUW', 'IN_TRIAGE'] } } },
          breakTheGlass: { where: { userId: actor.id, verlooptOp: { gt: now } } },
        },
      },
    },
  });
  if (!h) return null;
  const c = h._count;
  if (c.regie > 0) return 'REGIE';
  if (teamRole && (c.casussen > 0 || (h.wijk?.teams.length ?? 0) > 0)) return 'TEAM';
  if (actor.rollen.includes('GEDRAGSWETENSCHAPPER') && c.consulten > 0) return 'CONSULT';
  if (actor.rollen.includes('BACKOFFICE') && c.aanvragen > 0) return 'AANVRAAG';
  if (actor.rollen.includes('FRONTOFFICE')) {
    const inTriage = await db.casus.count({ where: { huishoudenId, fase: 'TRIAGE' } });
    if (c.meldingen > 0 || inTriage > 0) return 'MELDING';
  }
  if (c.breakTheGlass > 0) return 'BREAK_THE_GLASS';
  return null;
}

/**
 * The gate of every use case that reads or writes a personal dossier: refuses without a ground, and writes the
 * access-log row (who, what, whose, why) in the caller's transaction.
 */
export async function assertHouseholdAccess(tx: Tx, actor: Actor, huishoudenId: string, audit: Omit<AuditInput, 'huishoudenId' | 'context' | 'breakTheGlass'>) {
  const ground = await findHouseholdAccess(actor, huishoudenId, tx);
  if (!ground) throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
  let context: string = ACCESS_GROUND_LABELS[ground];
  if (ground === 'BREAK_THE_GLASS') {
    const btg = await tx.breakTheGlass.findFirst({ where: { userId: actor.id, huishoudenId, verlooptOp: { gt: new Date() } }, orderBy: { op: 'desc' } });
    context = btg?.reden ?? context;
  }
  await recordAudit(tx, actor, { ...audit, huishoudenId, context, breakTheGlass: ground === 'BREAK_THE_GLASS' });
  return ground;
}
