import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { heeftGeldigMandaat } from '@/lib/domain/casusverdeling';
import { REGIE_FASEN } from '@/lib/domain/casus-transitions';
import type { Fase, Veiligheid } from '@/lib/domain/enums';
import { ASSIGN_REASONS, contactpersoonAfter, planRegieChange, type RegieAssignment } from '@/lib/domain/regie';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { AssignRegieInput } from '@/lib/validations/regie';
import { isUuid } from '@/lib/domain/ids';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { applyTransition } from '@/lib/server/transition/apply-transition';

// The shared core of assigning regie (DOMAIN.md §3 rule 3), used by assignRegie and by granting an
// opschalingsverzoek. Callers check the permission, load the casus with loadCasusForRegie and check household access
// first; everything here runs in their transaction.

/** Regie can be given from the vraagverheldering on: declared beside the casus table. */
export { REGIE_FASEN } from '@/lib/domain/casus-transitions';

/**
 * Assignments of one casus queue on its row lock; give a busy moment (several teamleads at once, a loaded server)
 * time to get a connection rather than failing with Prisma's default of two seconds.
 */
export const REGIE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

export type RegieCasus = {
  id: string;
  nummer: string;
  huishoudenId: string;
  teamId: string | null;
  fase: Fase;
  version: number;
  veiligheid: Veiligheid;
  intakeDoorId: string | null;
  contactpersoonId: string | null;
};

/** The casus, when it belongs to one of the actor's teams (a teamlead divides the regie of their own team). */
export async function loadCasusForRegie(tx: Tx, actor: Actor, casusId: string): Promise<RegieCasus> {
  if (!isUuid(casusId)) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
  const casus = await tx.casus.findFirst({
    where: { id: casusId, gemeenteId: actor.gemeenteId },
    select: { id: true, nummer: true, huishoudenId: true, teamId: true, fase: true, version: true, veiligheid: true, intakeDoorId: true, contactpersoonId: true },
  });
  if (!casus) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
  if (!casus.teamId || !actor.teamIds.includes(casus.teamId)) {
    throw new DomainError('FORBIDDEN', ['Deze casus hoort niet bij jouw team. De teamleider van dat team verdeelt de regie.']);
  }
  return casus;
}

export const toAssignment = (row: {
  id: string; vorm: RegieAssignment['vorm']; lead: boolean; regisseurId: string | null; aanbiederId: string | null; uitzonderingReden: string | null;
}): RegieAssignment => ({
  id: row.id, vorm: row.vorm, lead: row.lead, regisseurId: row.regisseurId, aanbiederId: row.aanbiederId, uitzonderingReden: row.uitzonderingReden,
});

export async function currentAssignments(tx: Tx, huishoudenId: string) {
  return tx.regieToewijzing.findMany({
    where: { huishoudenId, tot: null },
    select: { id: true, vorm: true, lead: true, regisseurId: true, aanbiederId: true, uitzonderingReden: true },
  });
}

const refuse = (reasons: string[], field?: string): never => {
  throw new DomainError('TRANSITION_REFUSED', reasons, field ? { [field]: reasons } : {});
};

/** A regisseur must be an active wijkcoach of the casus's team; procesregie needs the PROCESREGIE mandate. */
async function checkRegisseur(tx: Tx, actor: Actor, casus: RegieCasus, regisseurId: string, vorm: AssignRegieInput['vorm'], field: string) {
  const user = await tx.user.findFirst({
    where: {
      id: regisseurId, gemeenteId: actor.gemeenteId, actief: true, rollen: { has: 'WIJKCOACH' },
      teams: { some: { teamId: casus.teamId!, tot: null } },
    },
    select: { id: true, mandaten: { where: { soort: 'PROCESREGIE' }, select: { soort: true, vanaf: true, tot: true } } },
  });
  if (!user) refuse([ASSIGN_REASONS.notInTeam], field);
  if (vorm === 'PROCESREGIE' && !heeftGeldigMandaat(user!.mandaten, 'PROCESREGIE', new Date())) {
    refuse([ASSIGN_REASONS.procesregieNeedsMandaat], field);
  }
}

export type AssignmentResult = { toewijzingId: string; lead: boolean; fase: Fase; casusNummer: string };

/**
 * Assigns regie: checks the target, asks lib/domain/regie what ends and who leads, takes the optimistic lock on
 * Casus.version, writes the history (old rows get tot and eindreden, the new one vorigeId) and moves a waiting casus
 * to PLAN through the transition table.
 */
export async function applyRegieAssignment(
  tx: Tx,
  actor: Actor,
  casus: RegieCasus,
  input: AssignRegieInput,
  options: { toewijzingId?: string; field?: string } = {},
): Promise<AssignmentResult> {
  const field = options.field ?? (input.aanbiederId ? 'houder' : 'regisseurId');
  if (!REGIE_FASEN.includes(casus.fase)) refuse([ASSIGN_REASONS.notInRegie]);
  if (input.regisseurId) await checkRegisseur(tx, actor, casus, input.regisseurId, input.vorm, field);
  if (input.aanbiederId) {
    const aanbieder = await tx.aanbieder.findFirst({ where: { id: input.aanbiederId, gemeenteId: actor.gemeenteId, actief: true }, select: { id: true } });
    if (!aanbieder) refuse(['Kies een actieve aanbieder.'], field);
  }

  const rows = await currentAssignments(tx, casus.huishoudenId);
  const current = rows.map(toAssignment);
  const plan = planRegieChange(
    current,
    {
      vorm: input.vorm,
      regisseurId: input.regisseurId,
      aanbiederId: input.aanbiederId,
      uitzonderingReden: input.uitzonderingReden,
      approvedByTeamlead: input.uitzonderingGoedgekeurd && actor.rollen.includes('TEAMLEAD'),
    },
    input.mode,
  );
  if (!plan.ok) return refuse(plan.reasons);

  // Rule: assigning regie moves a waiting casus to PLAN (lib/domain/casus-transitions: WACHT_OP_REGIE → PLAN needs a
  // lead, which this change gives or keeps).
  const fase: Fase = casus.fase === 'WACHT_OP_REGIE' ? 'PLAN' : casus.fase;
  const heeftLeadNa = plan.lead || current.some((a) => !plan.end.includes(a.id) && (plan.leadChanges.find((c) => c.id === a.id)?.lead ?? a.lead));

  const replaced = plan.replaces ? current.find((a) => a.id === plan.replaces) ?? null : null;
  const contactpersoonId = contactpersoonAfter({
    intakeDoorId: casus.intakeDoorId,
    contactpersoonId: casus.contactpersoonId,
    replaced,
    assigned: { regisseurId: input.regisseurId },
  });

  // The lock first: of two teamleads assigning at once, the second waits here and then finds a newer version.
  if (fase !== casus.fase) {
    await applyTransition(tx, actor, {
      object: 'casus', id: casus.id, version: input.version, van: casus.fase, naar: fase, reden: 'Regie toegewezen',
      facts: { ...(await casusFacts(tx, actor, casus)), hasLeadRegisseur: heeftLeadNa },
      data: { contactpersoonId },
      audit: null, // the caller's REGIE_TOEGEWEZEN / OPSCHALING_TOEGEKEND row
      conflict: () => regieConflict(tx, actor, casus.id),
    });
  } else {
    const { count } = await tx.casus.updateMany({ where: { id: casus.id, version: input.version }, data: { version: { increment: 1 }, contactpersoonId } });
    if (count === 0) throw await regieConflict(tx, actor, casus.id);
  }

  const now = new Date();
  if (plan.end.length) {
    await tx.regieToewijzing.updateMany({
      where: { id: { in: plan.end }, tot: null },
      data: { tot: now, eindreden: input.reden, version: { increment: 1 } },
    });
  }
  // Lead off before lead on: the partial unique index allows one current lead at any moment.
  const changes = [...plan.leadChanges].sort((a, b) => Number(a.lead) - Number(b.lead));
  for (const change of changes) {
    await tx.regieToewijzing.update({ where: { id: change.id }, data: { lead: change.lead, version: { increment: 1 } } });
  }
  const toewijzingId = options.toewijzingId ?? crypto.randomUUID();
  try {
    await tx.regieToewijzing.create({
      data: {
        id: toewijzingId,
        gemeenteId: actor.gemeenteId,
        huishoudenId: casus.huishoudenId,
        casusId: casus.id,
        vorm: input.vorm,
        lead: plan.lead,
        regisseurId: input.regisseurId,
        aanbiederId: input.aanbiederId,
        externeRegisseurNaam: input.aanbiederId ? input.externeRegisseurNaam : null,
        vanaf: now,
        reden: input.reden,
        uitzonderingReden: plan.exception ? input.uitzonderingReden : null,
        goedgekeurdDoorId: plan.exception ? actor.id : null,
        toegewezenDoorId: actor.id,
        vorigeId: plan.replaces,
      },
    });
  } catch (error) {
    // The database's own guard (RegieToewijzing_een_lead_regisseur): never two current leads.
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [ASSIGN_REASONS.alreadyHasLead]);
    throw error;
  }
  return { toewijzingId, lead: plan.lead, fase, casusNummer: casus.nummer };
}

/** STALE_VERSION for the regie of a casus: who assigned or ended regie since it was opened, when, and to whom. */
export function regieConflict(tx: Tx, actor: Actor, casusId: string) {
  return staleVersionError(tx, actor, {
    entiteit: 'Casus',
    entiteitId: casusId,
    casusId,
    wat: 'de regie van deze casus',
    handelingen: { REGIE_TOEGEWEZEN: 'gewijzigd', REGIE_BEEINDIGD: 'gewijzigd', OPSCHALING_TOEGEKEND: 'opgeschaald' },
    details: async ({ actie, after }) => {
      const regisseurId = (after as { regisseurId?: unknown } | null)?.regisseurId;
      if (actie !== 'REGIE_TOEGEWEZEN' || typeof regisseurId !== 'string') return [];
      const regisseur = await tx.user.findUnique({ where: { id: regisseurId }, select: { naam: true } });
      return regisseur ? [`${regisseur.naam} is nu regisseur`] : [];
    },
  });
}
