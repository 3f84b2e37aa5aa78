import 'server-only';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { recordInwonerAudit } from '@/lib/server/access/inwoner-access';
import type { PlanReactieInput } from '@/lib/validations/inwoner';
import { assertInwonerRateLimit, PLAN_GEWIJZIGD, PLAN_NIET_GEVONDEN } from './shared';

/**
 * Issue 21, akkoord online: the resident answers the plan that lies ter akkoord — agrees, or asks for changes with a
 * remark. Recorded with time and method (DIGITAAL). An akkoord is also written where the wijkcoach records a paper
 * akkoord (PlanVersie.akkoordInwonerOp/akkoordWijze), so the plan can be vastgesteld; version-checked.
 */
export async function geefPlanReactie(inwoner: InwonerActor, input: PlanReactieInput, now = new Date()): Promise<{ version: number }> {
  return prisma.$transaction(async (tx) => {
    const versie = await tx.planVersie.findFirst({
      where: { id: input.versieId, gemeenteId: inwoner.gemeenteId, plan: { huishoudenId: inwoner.huishoudenId, actueel: true } },
      select: { id: true, status: true, version: true, akkoordInwonerOp: true },
    });
    if (!versie) throw new DomainError('NOT_FOUND', [PLAN_NIET_GEVONDEN]);
    if (versie.status !== 'TER_AKKOORD') throw new DomainError('TRANSITION_REFUSED', ['Dit plan ligt nu niet bij u ter akkoord. Laad de pagina opnieuw.']);
    if (versie.akkoordInwonerOp) throw new DomainError('TRANSITION_REFUSED', ['Het akkoord op dit plan is al gegeven. Wilt u toch iets anders? Neem contact op met uw regisseur.']);
    await assertInwonerRateLimit(tx, inwoner, now);
    let version = versie.version;
    if (input.soort === 'AKKOORD') {
      const { count } = await tx.planVersie.updateMany({
        where: { id: versie.id, version: input.version, status: 'TER_AKKOORD' },
        data: { akkoordInwonerOp: toCalendarDay(now), akkoordWijze: 'DIGITAAL', version: { increment: 1 } },
      });
      if (count === 0) throw new DomainError('STALE_VERSION', [PLAN_GEWIJZIGD]);
      version = input.version + 1;
    } else if (versie.version !== input.version) {
      throw new DomainError('STALE_VERSION', [PLAN_GEWIJZIGD]);
    }
    const reactie = await tx.planReactie.create({
      data: { gemeenteId: inwoner.gemeenteId, planVersieId: versie.id, persoonId: inwoner.persoonId, soort: input.soort, opmerking: input.opmerking, wijze: 'DIGITAAL', op: now },
      select: { id: true },
    });
    await recordInwonerAudit(tx, inwoner, {
      actie: input.soort === 'AKKOORD' ? 'INWONER_PLAN_AKKOORD' : 'INWONER_PLAN_WIJZIGING',
      entiteit: 'PlanVersie', entiteitId: versie.id, after: { reactieId: reactie.id, wijze: 'DIGITAAL' },
    });
    return { version };
  });
}
