import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { FASE_LABELS, heeftPlanFase } from '@/lib/domain/casus-transitions';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { casusFacts } from '@/lib/server/casus/casus-facts';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { planAudit, planToegang } from './shared';

export const PLAN_BESTAAT_AL = 'Dit huishouden heeft al een plan. Werk in dat plan verder.';

/**
 * Starts the household's ondersteuningsplan (DOMAIN.md §3 rule 2: one current plan per household, enforced by the
 * partial unique index Ondersteuningsplan_een_actueel_plan) with a first concept version. The plan starts once
 * regie is belegd (fase Plan). The concept begins with what the keukentafelgesprek found: the questions and
 * concerns per leefgebied and what goes well, for the wijkcoach to rewrite with the household.
 */
export async function startPlan(actor: Actor, huishoudenId: string): Promise<{ planId: string; versieId: string }> {
  assertPermission(actor, 'plan:write');
  try {
    return await prisma.$transaction(async (tx) => {
      await planToegang(tx, actor, huishoudenId);
      const casus = await tx.casus.findFirst({
        where: { huishoudenId, gemeenteId: actor.gemeenteId, fase: { not: 'AFGESLOTEN' } },
        select: { id: true, huishoudenId: true, fase: true, version: true, veiligheid: true, contactpersoonId: true, intakeDoorId: true },
      });
      if (!casus) throw new DomainError('TRANSITION_REFUSED', ['Dit huishouden heeft geen open casus. Een plan hoort bij een casus.']);
      // After the keukentafelgesprek the regisseur who holds it starts the plan: the casus moves on to Plan
      // (lib/domain/casus-transitions: VRAAGVERHELDERING → PLAN needs a lead regisseur).
      if (casus.fase === 'VRAAGVERHELDERING') {
        await applyTransition(tx, actor, {
          object: 'casus', id: casus.id, version: casus.version, van: casus.fase, naar: 'PLAN',
          facts: await casusFacts(tx, actor, casus), reden: 'Plan gestart na de vraagverheldering',
          audit: null, // part of PLAN_GESTART
        });
      } else if (!heeftPlanFase(casus.fase)) {
        throw new DomainError('TRANSITION_REFUSED', [
          `Het plan begint als de regie is belegd (fase Plan). De casus is nu in de fase ${FASE_LABELS[casus.fase]}.`,
        ]);
      }
      const huidig = await tx.ondersteuningsplan.findFirst({ where: { huishoudenId, actueel: true }, select: { id: true, casusId: true } });
      if (huidig?.casusId === casus.id) throw new DomainError('CONFLICT', [PLAN_BESTAAT_AL]);
      // The plan of an earlier, closed casus stays in the dossier as history; the new casus gets its own plan.
      if (huidig) await tx.ondersteuningsplan.update({ where: { id: huidig.id }, data: { actueel: false } });

      const gesprek = await tx.gesprek.findFirst({
        where: { casusId: casus.id, status: 'AFGEROND' },
        orderBy: { datum: 'desc' },
        select: { leefgebieden: { where: { persoonId: null }, select: { leefgebiedId: true, label: true, gaatGoed: true, zorgen: true, wens: true } } },
      });
      const leefgebieden = gesprek?.leefgebieden ?? [];
      const planId = crypto.randomUUID();
      const versieId = crypto.randomUUID();
      await tx.ondersteuningsplan.create({ data: { id: planId, gemeenteId: actor.gemeenteId, huishoudenId, casusId: casus.id, actueel: true } });
      await tx.planVersie.create({
        data: {
          id: versieId,
          gemeenteId: actor.gemeenteId,
          planId,
          versienummer: 1,
          status: 'CONCEPT',
          watGaatGoed: leefgebieden.map((l) => l.gaatGoed?.trim()).filter(Boolean).join('\n') || null,
          monitorDoorId: actor.id,
          contactpersoonId: casus.contactpersoonId ?? casus.intakeDoorId ?? actor.id,
          opgesteldDoorId: actor.id,
        },
      });
      const vragen = leefgebieden
        .map((l) => ({ leefgebiedId: l.leefgebiedId, label: l.label, tekst: (l.zorgen || l.wens || '').trim() }))
        .filter((v) => v.tekst);
      if (vragen.length) await tx.planVraag.createMany({ data: vragen.map((v) => ({ ...v, planVersieId: versieId })) });
      await planAudit(tx, actor, huishoudenId, { actie: 'PLAN_GESTART', entiteit: 'PlanVersie', entiteitId: versieId, after: { version: 1, status: 'CONCEPT' } });
      return { planId, versieId };
    });
  } catch (error) {
    // Two people starting the plan at once: the database keeps one (rule 2).
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [PLAN_BESTAAT_AL]);
    throw error;
  }
}
