import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { toIsoDate } from '@/lib/domain/dates';
import { LID_REASONS, planVerhuizing } from '@/lib/domain/lidmaatschap';
import { DomainError, isUniqueViolation } from '@/lib/errors';
import type { HuishoudenRol } from '@/lib/generated/prisma/enums';
import { recordAudit } from '@/lib/server/audit/record';
import { ledenGewijzigd } from './common';

/**
 * Moves a person into a household inside the caller's transaction: the current membership elsewhere ends on `datum`
 * and the new one starts that day, so both happen or neither (DOMAIN.md §3 rule 1). The partial unique index on
 * HuishoudenLidmaatschap refuses a second current household whatever the code does; a concurrent move that slips
 * between the read and the write ends up there and comes back as a conflict.
 */
export async function verhuisPersoonIn(
  tx: Tx,
  actor: Actor,
  input: { persoonId: string; naarHuishoudenId: string; rol: HuishoudenRol; datum: Date; reden: string | null },
  today = new Date(),
) {
  const lidmaatschappen = await tx.huishoudenLidmaatschap.findMany({
    where: { persoonId: input.persoonId },
    select: { id: true, huishoudenId: true, persoonId: true, vanaf: true, tot: true },
  });
  const plan = planVerhuizing(lidmaatschappen, input.naarHuishoudenId, input.datum, today);
  if (!plan.ok) throw new DomainError('INVALID', [plan.reason], { [plan.reason === LID_REASONS.alLid ? 'bsn' : 'datum']: [plan.reason] });
  if (plan.beeindig) {
    const oud = lidmaatschappen.find((l) => l.id === plan.beeindig)!;
    const { count } = await tx.huishoudenLidmaatschap.updateMany({ where: { id: oud.id, tot: null }, data: { tot: input.datum, reden: input.reden } });
    if (count === 0) throw await ledenGewijzigd(tx, actor, oud.huishoudenId);
    await tx.huishouden.update({ where: { id: oud.huishoudenId }, data: { version: { increment: 1 } } });
    // The household the person leaves gets its own access-log row: its membership changed.
    await recordAudit(tx, actor, {
      actie: 'LID_VERHUISD', entiteit: 'HuishoudenLidmaatschap', entiteitId: oud.id, huishoudenId: oud.huishoudenId, persoonId: input.persoonId,
      context: 'verhuizing naar een ander huishouden', after: { tot: toIsoDate(input.datum), naarHuishoudenId: input.naarHuishoudenId },
    });
  }
  try {
    return await tx.huishoudenLidmaatschap.create({
      data: { gemeenteId: actor.gemeenteId, huishoudenId: input.naarHuishoudenId, persoonId: input.persoonId, rol: input.rol, vanaf: input.datum, reden: input.reden },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('CONFLICT', ['Deze persoon hoort al bij een ander huishouden. Laad de pagina opnieuw en probeer het nog eens.']);
    throw error;
  }
}
