import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { formatDatum, toCalendarDay } from '@/lib/domain/dates';
import { standaardWaakvlam, waakvlamProblem } from '@/lib/domain/plan';
import { DomainError } from '@/lib/errors';
import { staleVersionError } from '@/lib/server/concurrency/stale-version';
import type { AfsluitenInput } from '@/lib/validations/plan';
import { planAudit, planToegang } from '@/lib/server/plan/shared';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { casusFacts, type CasusRef } from './casus-facts';

export type Afsluiting = {
  afsluitreden: string;
  waakvlamOp: Date | null;
  /** The closing's own access-log row (afsluitenCasus); without it the caller writes its row (the evaluation's). */
  audit?: { actie: 'CASUS_AFGESLOTEN'; huishoudenId: string };
};

/**
 * Closes the casus inside the caller's transaction (DOMAIN.md §2 Afsluiten), along the route table's closing
 * guards: not while a safety consult is open (rule 6), with a reason, and with a lasting safety risk only by (or with)
 * the teamleider. The waakvlam (default Gemeente.waakvlamStandaardDagen ahead) makes the check-in task in the last
 * regisseur's werkvoorraad (lib/domain/werkvoorraad reads Casus.waakvlamOp and the last ended lead). The whole history
 * stays: regie (ended, not removed), plan, evaluations and the fase history are kept for reopening.
 */
export async function sluitCasusAf(tx: Tx, actor: Actor, casus: CasusRef, afsluiting: Afsluiting, now = new Date()): Promise<{ waakvlamOp: Date; casus: CasusRef }> {
  const today = toCalendarDay(now);
  const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { waakvlamStandaardDagen: true } });
  const waakvlamOp = afsluiting.waakvlamOp ? toCalendarDay(afsluiting.waakvlamOp) : standaardWaakvlam(today, gemeente.waakvlamStandaardDagen);
  const facts = await casusFacts(tx, actor, casus, { afsluitreden: afsluiting.afsluitreden });
  const problem = waakvlamProblem(waakvlamOp, today);
  if (problem) throw new DomainError('INVALID', [problem], { waakvlamOp: [problem] });
  const version = await applyTransition(tx, actor, {
    object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: 'AFGESLOTEN', facts, reden: afsluiting.afsluitreden,
    data: { afgeslotenOp: now, afsluitreden: afsluiting.afsluitreden, waakvlamOp },
    audit: afsluiting.audit ? { actie: afsluiting.audit.actie, after: { waakvlamOp: waakvlamOp.toISOString().slice(0, 10) } } : null,
    schrijfAudit: afsluiting.audit ? (row) => planAudit(tx, actor, afsluiting.audit!.huishoudenId, row) : undefined,
  });
  const gesloten: CasusRef = { ...casus, fase: 'AFGESLOTEN', version };
  // Regie ends with the casus (as the demo seed and the werkvoorraad have it: the waakvlam goes to the regisseur who
  // led last, an ended lead assignment). The rows stay as history; reopening gets regie assigned again.
  await tx.regieToewijzing.updateMany({
    where: { casusId: casus.id, tot: null },
    data: { tot: now, eindreden: 'Casus afgesloten', version: { increment: 1 } },
  });
  await tx.casusGebeurtenis.create({
    data: { casusId: casus.id, soort: 'AFGESLOTEN', omschrijving: `Afgesloten, waakvlam op ${formatDatum(waakvlamOp)}. Reden: ${afsluiting.afsluitreden}`, doorId: actor.id },
  });
  return { waakvlamOp, casus: gesloten };
}

/** Closes a casus that the route lets close directly (for example after an evaluation, fase Evaluatie). */
export async function afsluitenCasus(actor: Actor, input: AfsluitenInput, now = new Date()): Promise<{ waakvlamOp: Date }> {
  assertPermission(actor, 'casus:afsluiten');
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const casus = await tx.casus.findFirst({
      where: { id: input.casusId, huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId },
      select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true },
    });
    if (!casus) throw new DomainError('NOT_FOUND', ['Deze casus bestaat niet (meer).']);
    if (casus.version !== input.version) throw await staleVersionError(tx, actor, { entiteit: 'Casus', entiteitId: casus.id, wat: 'deze casus' });
    const { waakvlamOp } = await sluitCasusAf(tx, actor, casus, {
      afsluitreden: input.afsluitreden, waakvlamOp: input.waakvlamOp, audit: { actie: 'CASUS_AFGESLOTEN', huishoudenId: input.huishoudenId },
    }, now);
    return { waakvlamOp };
  });
}
