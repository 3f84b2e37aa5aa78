import 'server-only';
import { cache } from 'react';
import { prisma, type Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit, type AuditInput } from '@/lib/server/audit/record';
import { isUuid } from '@/lib/domain/ids';
import { leesOp } from '@/lib/server/lees-zonder-transactie';
import { intakeGeenToegangUitleg, intakeToegangVanaf } from '@/lib/domain/intake-toegang';

// Need-to-know (ARCHITECTURE.md, DOMAIN.md §5): a person opens a household only through their team, an assignment,
// a consult, their part of the route (the backoffice through an aanvraag, the front office through an open melding),
// whoever did the intake for a stated period after it (lib/domain/intake-toegang.ts), or a logged "break the glass"
// with a reason. Everything else is refused.
export type AccessGround = 'REGIE' | 'TEAM' | 'CONSULT' | 'AANVRAAG' | 'MELDING' | 'INTAKE' | 'BREAK_THE_GLASS';

export const ACCESS_GROUND_LABELS: Record<AccessGround, string> = {
  REGIE: 'regisseur',
  TEAM: 'eigen team',
  CONSULT: 'consult',
  AANVRAAG: 'aanvraag in behandeling',
  MELDING: 'open melding',
  INTAKE: 'eigen intake',
  BREAK_THE_GLASS: 'break the glass',
};

/**
 * Whether the actor's need-to-know includes every household with an aanvraag (ground AANVRAAG: the backoffice). A list
 * of aanvragen, or of what hangs under one, then needs no household check for those rows (issue 23).
 */
export const zietElkeAanvraag = (actor: Actor): boolean => actor.rollen.includes('BACKOFFICE');

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
    grounds.push({ consulten: { some: { partnerOrganisatieId: null, OR: [{ gedragswetenschapperId: actor.id }, { status: { not: 'AFGEROND' } }] } } });
  }
  if (zietElkeAanvraag(actor)) grounds.push({ aanvragen: { some: {} } });
  if (actor.rollen.includes('FRONTOFFICE')) {
    grounds.push({ meldingen: { some: { status: { in: ['NIEUW', 'IN_TRIAGE'] } } } });
    grounds.push({ casussen: { some: { fase: 'TRIAGE' } } });
  }
  grounds.push({ meldingen: { some: { triage: { is: { doorId: actor.id, op: { gt: intakeToegangVanaf(now) } } } } } });
  return { gemeenteId: actor.gemeenteId, OR: grounds };
}

/**
 * The grounds of need-to-know as SQL conditions on a household row aliased `h` by the caller, in the order
 * findHouseholdAccess names them; a ground the actor's roles never give is absent. The same grounds as
 * householdAccessWhere (tests/integration/household-access-sql.test.ts compares them for every role).
 */
function groundsSql(actor: Actor, h: Prisma.Sql, now: Date): [AccessGround, Prisma.Sql][] {
  const grounds: [AccessGround, Prisma.Sql][] = [
    ['REGIE', Prisma.sql`EXISTS (SELECT 1 FROM "RegieToewijzing" r WHERE r."huishoudenId" = ${h}."id" AND r."regisseurId" = ${actor.id}::uuid AND r."tot" IS NULL)`],
  ];
  if (actor.teamIds.length && actor.rollen.some((r) => r === 'WIJKCOACH' || r === 'TEAMLEAD' || r === 'GEDRAGSWETENSCHAPPER')) {
    grounds.push(['TEAM', Prisma.sql`(EXISTS (SELECT 1 FROM "Casus" c WHERE c."huishoudenId" = ${h}."id" AND c."teamId" = ANY(${actor.teamIds}::uuid[]))
      OR EXISTS (SELECT 1 FROM "TeamWijk" tw WHERE tw."wijkId" = ${h}."wijkId" AND tw."teamId" = ANY(${actor.teamIds}::uuid[])))`]);
  }
  if (actor.rollen.includes('GEDRAGSWETENSCHAPPER')) {
    grounds.push(['CONSULT', Prisma.sql`EXISTS (SELECT 1 FROM "Consult" k WHERE k."huishoudenId" = ${h}."id" AND k."partnerOrganisatieId" IS NULL AND (k."gedragswetenschapperId" = ${actor.id}::uuid OR k."status" <> 'AFGEROND'))`]);
  }
  if (zietElkeAanvraag(actor)) grounds.push(['AANVRAAG', Prisma.sql`EXISTS (SELECT 1 FROM "Aanvraag" a WHERE a."huishoudenId" = ${h}."id")`]);
  if (actor.rollen.includes('FRONTOFFICE')) {
    grounds.push(['MELDING', Prisma.sql`(EXISTS (SELECT 1 FROM "Melding" m WHERE m."huishoudenId" = ${h}."id" AND m."status" IN ('NIEUW', 'IN_TRIAGE'))
      OR EXISTS (SELECT 1 FROM "Casus" c WHERE c."huishoudenId" = ${h}."id" AND c."fase" = 'TRIAGE'))`]);
  }
  grounds.push(['INTAKE', Prisma.sql`EXISTS (SELECT 1 FROM "Triage" t JOIN "Melding" m ON m."id" = t."meldingId"
    WHERE t."doorId" = ${actor.id}::uuid AND t."op" > ${intakeToegangVanaf(now)} AND m."huishoudenId" = ${h}."id")`]);
  grounds.push(['BREAK_THE_GLASS', Prisma.sql`EXISTS (SELECT 1 FROM "BreakTheGlass" b WHERE b."huishoudenId" = ${h}."id" AND b."userId" = ${actor.id}::uuid AND b."verlooptOp" > ${now})`]);
  return grounds;
}

/**
 * householdAccessWhere for hand-written SQL: a condition on the household row aliased `h` (for example
 * Prisma.sql`h`) that holds when the actor may see that household, exactly as householdAccessWhere.
 */
export function householdAccessSql(actor: Actor, h: Prisma.Sql, now = new Date()): Prisma.Sql {
  return Prisma.sql`(${h}."gemeenteId" = ${actor.gemeenteId}::uuid AND (${Prisma.join(groundsSql(actor, h, now).map(([, sql]) => sql), ' OR ')}))`;
}

/**
 * Whether the household exists in the actor's gemeente and, if so, why the actor may open it (null: no ground). One
 * statement (issue 9: it runs on every view of a dossier). An id that is no uuid is a household that does not exist.
 * Outside a transaction it keeps its plan (lib/db.ts, leesSql's plan 'bewaren', issue 23): its text is one per set of
 * grounds (the actor's roles), the household and the actor are its values, every ground a lookup by the household's
 * id; at 100,000 households planning it took 0.7–1.6 ms, running it 0.1–0.3 ms.
 */
export async function householdAccess(actor: Actor, huishoudenId: string, db: Tx | typeof prisma = prisma): Promise<{ gevonden: boolean; grond: AccessGround | null }> {
  if (!isUuid(huishoudenId)) return { gevonden: false, grond: null };
  const grounds = groundsSql(actor, Prisma.sql`h`, new Date());
  const [row] = await leesOp<{ grond: AccessGround | null }>(db, Prisma.sql`
    SELECT CASE ${Prisma.join(grounds.map(([ground, sql]) => Prisma.sql`WHEN ${sql} THEN ${ground}`), ' ')} END AS "grond"
    FROM "Huishouden" h
    WHERE h."id" = ${huishoudenId}::uuid AND h."gemeenteId" = ${actor.gemeenteId}::uuid`, { plan: 'bewaren' });
  return { gevonden: row !== undefined, grond: row?.grond ?? null };
}

// The checks of one server request (React's cache lives as long as one render): the dossier layout, which shows the
// header, and its page, which reads a tab, render together and share one check. Outside a render (tests, scripts,
// route handlers) React's cache does not memoise and every call checks. Only reads use it: a write checks afresh.
const viewChecks = cache(() => new Map<string, ReturnType<typeof householdAccess>>());

/** householdAccess for reading: once per request, actor and household (a dossier view is one check). */
export function householdAccessForView(actor: Actor, huishoudenId: string): ReturnType<typeof householdAccess> {
  const checks = viewChecks();
  const key = `${actor.gemeenteId}:${actor.id}:${huishoudenId}`;
  let check = checks.get(key);
  if (!check) {
    check = householdAccess(actor, huishoudenId);
    checks.set(key, check);
  }
  return check;
}

/** Why this actor may open this household, or null (also for a household that does not exist). */
export async function findHouseholdAccess(actor: Actor, huishoudenId: string, db: Tx | typeof prisma = prisma): Promise<AccessGround | null> {
  return (await householdAccess(actor, huishoudenId, db)).grond;
}

/**
 * The gate of every use case that reads or writes a personal dossier: refuses without a ground, and writes the
 * access-log row (who, what, whose, why) in the caller's transaction.
 */
export async function assertHouseholdAccess(tx: Tx, actor: Actor, huishoudenId: string, audit: Omit<AuditInput, 'huishoudenId' | 'context' | 'breakTheGlass'>) {
  const ground = audit.actie === 'READ' ? (await householdAccessForView(actor, huishoudenId)).grond : await findHouseholdAccess(actor, huishoudenId, tx);
  return recordHouseholdAccess(tx, actor, huishoudenId, ground, audit);
}

/** The second half of assertHouseholdAccess, for a caller that already knows the ground (openDossier). */
export async function recordHouseholdAccess(
  tx: Tx,
  actor: Actor,
  huishoudenId: string,
  ground: AccessGround | null,
  audit: Omit<AuditInput, 'huishoudenId' | 'context' | 'breakTheGlass'>,
): Promise<AccessGround> {
  if (!ground) throw new DomainError('FORBIDDEN', ['Je hebt geen toegang tot dit huishouden.']);
  let context: string = ACCESS_GROUND_LABELS[ground];
  if (ground === 'BREAK_THE_GLASS') {
    const btg = await tx.breakTheGlass.findFirst({ where: { userId: actor.id, huishoudenId, verlooptOp: { gt: new Date() } }, orderBy: { op: 'desc' } });
    context = btg?.reden ?? context;
  }
  await recordAudit(tx, actor, { ...audit, huishoudenId, context, breakTheGlass: ground === 'BREAK_THE_GLASS' });
  return ground;
}

/**
 * For a refusal (issue 16 item 14): when the actor did the intake of this household and that access has run out, why
 * and what to do now; null otherwise. Reads only the actor's own triage and the casus's team name.
 */
export async function intakeRefusalUitleg(actor: Actor, huishoudenId: string): Promise<string | null> {
  if (!isUuid(huishoudenId)) return null;
  const triage = await prisma.triage.findFirst({
    where: { doorId: actor.id, gemeenteId: actor.gemeenteId, melding: { huishoudenId } },
    orderBy: { op: 'desc' },
    select: { op: true, casus: { select: { team: { select: { naam: true } } } } },
  });
  return triage ? intakeGeenToegangUitleg({ triageDoorMij: true, triageOp: triage.op, team: triage.casus?.team?.naam ?? null }) : null;
}
