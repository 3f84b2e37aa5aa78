import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { PartnerActor } from '@/lib/auth/partner-actor';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AanvraagStatus, BeschikkingStatus, ConsultStatus, Fase, MeldingStatus, PlanStatus } from '@/lib/domain/enums';
import { schrijfWeigeringen, type StateMachine } from '@/lib/domain/state-machine';
import { CASUS_MACHINE, type CasusFacts } from '@/lib/domain/casus-transitions';
import { MELDING_MACHINE, type MeldingFeiten } from '@/lib/domain/melding';
import { AANVRAAG_MACHINE, type AanvraagFeiten } from '@/lib/domain/aanvraag-termijn';
import { BESCHIKKING_MACHINE, type BeschikkingFeiten } from '@/lib/domain/beschikking';
import { PLAN_MACHINE, type PlanFacts } from '@/lib/domain/plan';
import { CONSULT_MACHINE, type ConsultFeiten } from '@/lib/domain/consult';
import { recordAudit, type AuditInput } from '@/lib/server/audit/record';
import { staleVersionError, type StaleVersionOpties } from '@/lib/server/concurrency/stale-version';

// The one place in lib/server that writes a route object's state (Casus.fase, and the status of Melding, Aanvraag,
// Beschikking, PlanVersie and Consult). tests/unit/status-writes.test.ts fails on a write of those columns anywhere
// else; a new row may be created in its machine's initial state by the use case that creates it.

type RouteObjects = {
  casus: { state: Fase; facts: CasusFacts; data: Prisma.CasusUncheckedUpdateManyInput };
  melding: { state: MeldingStatus; facts: MeldingFeiten; data: Prisma.MeldingUncheckedUpdateManyInput };
  aanvraag: { state: AanvraagStatus; facts: AanvraagFeiten; data: Prisma.AanvraagUncheckedUpdateManyInput };
  beschikking: { state: BeschikkingStatus; facts: BeschikkingFeiten; data: Prisma.BeschikkingUncheckedUpdateManyInput };
  planVersie: { state: PlanStatus; facts: PlanFacts; data: Prisma.PlanVersieUncheckedUpdateManyInput };
  consult: { state: ConsultStatus; facts: ConsultFeiten; data: Prisma.ConsultUncheckedUpdateManyInput };
};

export type RouteObject = keyof RouteObjects;

const MACHINES: { [O in RouteObject]: StateMachine<RouteObjects[O]['state'], RouteObjects[O]['facts']> } = {
  casus: CASUS_MACHINE,
  melding: MELDING_MACHINE,
  aanvraag: AANVRAAG_MACHINE,
  beschikking: BESCHIKKING_MACHINE,
  planVersie: PLAN_MACHINE,
  consult: CONSULT_MACHINE,
};

/** The column that holds the state, and how the access log and the conflict message name the record. */
const OBJECT: Record<RouteObject, { kolom: 'fase' | 'status'; entiteit: string; wat: string; handelingen?: Record<string, string> }> = {
  casus: { kolom: 'fase', entiteit: 'Casus', wat: 'deze casus', handelingen: { REGIE_TOEGEWEZEN: 'een regisseur gegeven' } },
  melding: { kolom: 'status', entiteit: 'Melding', wat: 'deze melding' },
  aanvraag: { kolom: 'status', entiteit: 'Aanvraag', wat: 'deze aanvraag' },
  beschikking: { kolom: 'status', entiteit: 'Beschikking', wat: 'deze beschikking' },
  planVersie: { kolom: 'status', entiteit: 'PlanVersie', wat: 'deze versie van het plan' },
  consult: { kolom: 'status', entiteit: 'Consult', wat: 'dit consult' },
};

/** The machine of a route object (for a page that shows the next steps, or a test). */
export const machineVan = <O extends RouteObject>(object: O) => MACHINES[object];

type Facts<O extends RouteObject> = RouteObjects[O]['facts'];

export type Transition<O extends RouteObject> = {
  object: O;
  id: string;
  /** The version the caller read, or the one the form carried: the write only happens on that version. */
  version: number;
  /** The state the caller read. The write also requires it (a row that moved on in between is a conflict). */
  van: RouteObjects[O]['state'];
  /** The state to go to. The same state again is only allowed in the machine's `blijft` states (an update, no step). */
  naar: RouteObjects[O]['state'];
  /** Other columns written in the same update (never the state or the version: the helper writes those). */
  data?: Omit<RouteObjects[O]['data'], 'fase' | 'status' | 'version'>;
  /** Why the step is taken: the casus's fase history (CasusFaseWijziging.reden). */
  reden?: string | null;
  /** When the step is taken, for the fase history (default: now). */
  op?: Date;
  /** The field the refusal belongs to, for the form (fieldErrors). */
  veld?: string;
  /**
   * The access-log row of this step, written through recordAudit in the same transaction with `before`/`after`
   * holding the state and version (plus what is given here). `null` when the use case writes its own one row of the
   * transaction (usually with assertHouseholdAccess, which checks need-to-know before anything is read).
   */
  audit: (Omit<AuditInput, 'entiteit' | 'entiteitId' | 'before' | 'after'> & { before?: Prisma.InputJsonObject; after?: Prisma.InputJsonObject }) | null;
  /** Writes the audit row instead of recordAudit: a writer that checks access first and then calls recordAudit. */
  schrijfAudit?: (row: AuditInput) => Promise<unknown>;
  /** The error when someone else changed the row first (default: STALE_VERSION naming who, from the access log). */
  conflict?: () => Promise<Error>;
  /** Other fields for the default conflict message (casusId, details …). */
  conflictOpties?: Partial<StaleVersionOpties>;
} & ({} extends Facts<O> ? { facts?: Facts<O> } : { facts: Facts<O> });

async function updateRow(tx: Tx, object: RouteObject, where: Record<string, unknown>, data: Record<string, unknown>): Promise<number> {
  const args = { where, data } as never;
  switch (object) {
    case 'casus': return (await tx.casus.updateMany(args)).count;
    case 'melding': return (await tx.melding.updateMany(args)).count;
    case 'aanvraag': return (await tx.aanvraag.updateMany(args)).count;
    case 'beschikking': return (await tx.beschikking.updateMany(args)).count;
    case 'planVersie': return (await tx.planVersie.updateMany(args)).count;
    case 'consult': return (await tx.consult.updateMany(args)).count;
  }
}

/**
 * Applies one step of a route object's state machine in the caller's transaction: the guards of the table (a
 * refusal is TRANSITION_REFUSED with the Dutch reasons), the update of the state with the other columns on the
 * version and state the caller read (optimistic lock; someone else first is STALE_VERSION), the casus's fase history,
 * and the audit row. Returns the new version. A ketenpartner's user may take a step of a consult asked of its
 * organisation (issue 22); its access-log row goes through recordPartnerAudit (`schrijfAudit`, or `audit: null`).
 */
export async function applyTransition<O extends RouteObject>(tx: Tx, actor: Actor | PartnerActor, t: Transition<O>): Promise<number> {
  const partner = 'kind' in actor && actor.kind === 'partner';
  if (partner && (t.object !== 'consult' || (t.audit && !t.schrijfAudit))) {
    throw new Error('A ketenpartner only answers a consult, and writes its access-log row through recordPartnerAudit.');
  }
  const actorId = 'kind' in actor ? actor.gebruikerId : actor.id;
  const machine = MACHINES[t.object] as StateMachine<string, unknown>;
  const { kolom, entiteit, wat, handelingen } = OBJECT[t.object];
  const reasons = schrijfWeigeringen(machine, t.van, t.naar, t.facts ?? {});
  if (reasons.length) throw new DomainError('TRANSITION_REFUSED', reasons, t.veld ? { [t.veld]: reasons } : {});

  const count = await updateRow(
    tx,
    t.object,
    { id: t.id, version: t.version, [kolom]: t.van },
    { ...t.data, ...(t.naar === t.van ? {} : { [kolom]: t.naar }), version: { increment: 1 } },
  );
  if (count === 0) {
    throw t.conflict
      ? await t.conflict()
      : await staleVersionError(tx, { id: actorId }, { entiteit, entiteitId: t.id, wat, handelingen, ...t.conflictOpties });
  }
  if (t.object === 'casus' && t.naar !== t.van) {
    await tx.casusFaseWijziging.create({
      data: { casusId: t.id, van: t.van as Fase, naar: t.naar as Fase, doorId: actorId, reden: t.reden ?? null, ...(t.op ? { op: t.op } : {}) },
    });
  }
  if (t.audit) {
    const { before, after, ...rest } = t.audit;
    const row: AuditInput = {
      ...rest,
      entiteit,
      entiteitId: t.id,
      before: { [kolom]: t.van, version: t.version, ...before },
      after: { [kolom]: t.naar, version: t.version + 1, ...after },
    };
    await (t.schrijfAudit ? t.schrijfAudit(row) : recordAudit(tx, actor as Actor, row));
  }
  return t.version + 1;
}
