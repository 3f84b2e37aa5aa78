import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { intrekkenProblem, wijzigenProblem } from '@/lib/domain/beschikking';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { nextKenmerk } from '@/lib/server/nummering';
import type { IntrekkenInput, WijzigenInput } from '@/lib/validations/beschikking';
import { beschikkingConflict, loadBeschikking, type BeschikkingKern } from './shared';
import type { AuditAction } from '@/lib/domain/audit-actions';

export const OPVOLGER_BESTAAT = 'Er is al een nieuw besluit in de maak dat deze beschikking wijzigt of intrekt. Werk dat besluit af.';

/**
 * DOMAIN.md §5 (ZGW): a besluit is never edited once vastgesteld. Changing it makes a new concept that refers to it
 * (vorigBesluitId), starting from its content; once that one is vastgesteld, this one vervalt with the chosen
 * vervalreden and its toewijzingen follow the iWmo rules. One live successor per besluit (a unique index).
 */
export async function wijzigenBeschikking(actor: Actor, input: WijzigenInput, now = new Date()) {
  assertPermission(actor, 'beschikking:draft');
  return opvolger(actor, input, now, 'BESCHIKKING_WIJZIGING_GESTART', wijzigenProblem, (b) => ({
    besluit: b.besluit,
    wettelijkeGrondslag: b.wettelijkeGrondslag,
    motivering: b.motivering,
    producten: {
      create: b.producten.map((p) => ({
        productId: p.productId, volume: p.volume, eenheid: p.eenheid, frequentie: p.frequentie, budgetCent: p.budgetCent,
        ingangsdatum: p.ingangsdatum, einddatum: p.einddatum, leveringsvorm: p.leveringsvorm, aanbiederId: p.aanbiederId, pgbMotivering: p.pgbMotivering,
      })),
    },
  }));
}

/**
 * Withdrawing a besluit from a day on is itself a besluit (INTREKKING), with its own motivation and bezwaar. It is a
 * concept until a second person stelt it vast; then the withdrawn besluit vervalt and its toewijzingen end.
 */
export async function intrekkenBeschikking(actor: Actor, input: IntrekkenInput, now = new Date()) {
  assertPermission(actor, 'beschikking:draft');
  return opvolger(actor, input, now, 'BESCHIKKING_INTREKKING_GESTART', intrekkenProblem, (b) => ({
    besluit: 'INTREKKING',
    wettelijkeGrondslag: `${b.wettelijkeGrondslag}; Algemene wet bestuursrecht`,
    motivering: input.motivering,
    ingangsdatum: toCalendarDay(input.intrekkingPer),
  }));
}

async function opvolger(
  actor: Actor,
  input: WijzigenInput | IntrekkenInput,
  now: Date,
  actie: AuditAction,
  probleem: (b: { status: BeschikkingKern['status']; besluit: BeschikkingKern['besluit']; heeftOpvolger: boolean }) => string | null,
  inhoud: (b: BeschikkingKern) => Record<string, unknown>,
) {
  try {
    return await prisma.$transaction(async (tx: Tx) => {
      const b = await loadBeschikking(tx, actor, input.beschikkingId);
      await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie, entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId, after: { vervalredenVorig: input.vervalredenVorig } });
      if (b.version !== input.version) throw await beschikkingConflict(tx, actor, b.id);
      const heeftOpvolger = (await tx.beschikking.count({ where: { vorigBesluitId: b.id, status: { not: 'VERVALLEN' } } })) > 0;
      const reden = probleem({ status: b.status, besluit: b.besluit, heeftOpvolger });
      if (reden) throw new DomainError('TRANSITION_REFUSED', [reden]);
      const identificatie = await nextKenmerk(tx, actor.gemeenteId, 'beschikking', now);
      return tx.beschikking.create({
        data: {
          gemeenteId: actor.gemeenteId, identificatie, aanvraagId: b.aanvraagId, huishoudenId: b.huishoudenId, persoonId: b.persoonId, wet: b.wet,
          status: 'CONCEPT', opgesteldDoorId: actor.id, vorigBesluitId: b.id, vervalredenVorig: input.vervalredenVorig,
          ...(inhoud(b) as { besluit: BeschikkingKern['besluit']; wettelijkeGrondslag: string; motivering: string }),
        },
        select: { id: true, identificatie: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', [OPVOLGER_BESTAAT]);
    throw error;
  }
}
