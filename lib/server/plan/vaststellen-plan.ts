import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { FASE_LABELS, heeftPlanFase } from '@/lib/domain/casus-transitions';
import { toCalendarDay } from '@/lib/domain/dates';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { DomainError } from '@/lib/errors';
import type { PlanStapInput } from '@/lib/validations/plan';
import { createAanvragenFromPlan } from '@/lib/server/aanvraag/create-aanvragen-from-plan';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { conflict, loadVersie, mandatenVan, planFacts, planToegang } from './shared';
import { zetPlanStatus } from './stap';

export type VaststellenResult = { version: number; aanvragen: { id: string; nummer: string }[] };

/**
 * Ter akkoord → vastgesteld (DOMAIN.md §3 rule 7): only by a professional with the PLAN_VASTSTELLEN mandate for the
 * law (and product) of every maatwerk item, with the household's akkoord recorded. In one transaction: the version
 * is fixed from now on (the database refuses any later change of its content), an earlier vastgesteld version is
 * vervangen, the casus moves from Plan to Uitvoering (the plan binds all parties), and every maatwerk item becomes
 * an aanvraag in the backoffice queue.
 */
export async function vaststellenPlan(actor: Actor, input: PlanStapInput, now = new Date()): Promise<VaststellenResult> {
  assertPermission(actor, 'plan:vaststellen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    await planToegang(tx, actor, input.huishoudenId);
    const versie = await loadVersie(tx, actor, input.huishoudenId, input.versieId);
    const casus = await tx.casus.findUniqueOrThrow({
      where: { id: versie.plan.casusId },
      select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true },
    });
    if (casus.fase === 'AFGESLOTEN') throw new DomainError('TRANSITION_REFUSED', ['De casus is afgesloten. Heropen de casus eerst.']);
    if (!heeftPlanFase(casus.fase)) {
      throw new DomainError('TRANSITION_REFUSED', [`Een plan stel je vast in de fase Plan. De casus is nu in de fase ${FASE_LABELS[casus.fase]}.`]);
    }
    const facts = planFacts(versie, await mandatenVan(tx, actor.id), today);
    const version = await zetPlanStatus(tx, actor, versie, input, 'VASTGESTELD', facts, {
      actie: 'PLAN_VASTGESTELD',
      data: { vastgesteldOp: now, vastgesteldDoorId: actor.id },
    }, now);

    // The version that bound the parties until now is vervangen by this one.
    const geldend = await tx.planVersie.findMany({
      where: { planId: versie.planId, id: { not: versie.id }, status: { in: [...GELDENDE_STATUSSEN] } },
      select: { id: true, status: true, version: true },
    });
    for (const vorige of geldend) {
      await applyTransition(tx, actor, {
        object: 'planVersie', id: vorige.id, version: vorige.version, van: vorige.status, naar: 'VERVANGEN', facts: { ...facts, status: vorige.status },
        audit: null, // part of PLAN_VASTGESTELD of this version
        conflict: () => conflict(tx, vorige.id, vorige.version, [], now, actor.id),
      });
    }

    if (casus.fase !== 'UITVOERING') {
      await applyTransition(tx, actor, {
        object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: 'UITVOERING',
        facts: await casusFacts(tx, actor, casus, { planVastgesteld: true }), reden: `Plan versie ${versie.versienummer} vastgesteld`,
        audit: null, // part of PLAN_VASTGESTELD
      });
    }

    const producten = new Map(versie.arrangement.flatMap((a) => (a.product ? [[a.product.id, a.product] as const] : [])));
    const aanvragen = await createAanvragenFromPlan(
      tx,
      actor,
      { gemeenteId: actor.gemeenteId, huishoudenId: input.huishoudenId, casusId: casus.id, today },
      versie.arrangement
        .filter((a) => a.soort === 'MAATWERK' && a.productId && a.persoonId && a.leveringsvorm)
        .map((a) => ({
          id: a.id,
          omschrijving: a.omschrijving,
          persoonId: a.persoonId!,
          productId: a.productId!,
          wet: producten.get(a.productId!)!.wet,
          leveringsvorm: a.leveringsvorm!,
        })),
    );
    return { version, aanvragen: aanvragen.map(({ id, nummer }) => ({ id, nummer })) };
  });
}
