import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { formatDatum } from '@/lib/domain/dates';
import { VEILIGHEID_LABELS } from '@/lib/domain/labels';
import { assessVeiligheid, consultDueDate, finalNiveau, needsConsult, VEILIGHEID_REASONS, type Antwoorden } from '@/lib/domain/veiligheid';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { RecordVeiligheidsanalyseInput } from '@/lib/validations/veiligheid';

/**
 * Records a veiligheidsanalyse on the household's open casus and applies the safety overlay (DOMAIN.md §3 rule 6):
 * the casus takes the level, and doubt, risk or acute danger raise a VEILIGHEID consult for the gedragswetenschapper
 * (due within the gemeente's consult term, the same day when acute). While that consult is open the casus cannot
 * be closed (casus-transitions: hasOpenVeiligheidsconsult). One open consult per casus: a new analysis with a
 * higher level brings the due date of the open one forward instead of adding a second.
 */
export async function recordVeiligheidsanalyse(actor: Actor, input: RecordVeiligheidsanalyseInput, today = new Date()) {
  assertPermission(actor, 'veiligheid:write');
  const assessment = assessVeiligheid(input.antwoorden as Antwoorden);
  if (assessment.onbeantwoord.length) throw new DomainError('INVALID', ['Beantwoord alle vragen van de checklist.']);
  const niveau = finalNiveau(assessment.niveau, input.eigenOordeel);
  const redenen = niveau !== assessment.niveau ? [...assessment.redenen, VEILIGHEID_REASONS.eigenOordeel] : assessment.redenen;
  return prisma.$transaction(async (tx) => {
    const id = crypto.randomUUID();
    await assertHouseholdAccess(tx, actor, input.huishoudenId, {
      actie: 'VEILIGHEIDSANALYSE_VASTGELEGD', entiteit: 'Veiligheidsanalyse', entiteitId: id, after: { niveau, berekend: assessment.niveau },
    });
    const casus = await tx.casus.findFirst({
      where: { huishoudenId: input.huishoudenId, gemeenteId: actor.gemeenteId, fase: { not: 'AFGESLOTEN' } },
      select: { id: true, veiligheid: true },
    });
    if (!casus) throw new DomainError('TRANSITION_REFUSED', ['Dit huishouden heeft geen open casus. Een veiligheidsanalyse hoort bij een casus.']);
    const analyse = await tx.veiligheidsanalyse.create({
      data: {
        id,
        gemeenteId: actor.gemeenteId,
        huishoudenId: input.huishoudenId,
        casusId: casus.id,
        antwoorden: { antwoorden: input.antwoorden, berekend: assessment.niveau, eigenOordeel: input.eigenOordeel ?? null, redenen },
        niveau,
        toelichting: input.toelichting,
        doorId: actor.id,
      },
    });
    await tx.casus.update({ where: { id: casus.id }, data: { veiligheid: niveau, version: { increment: 1 } } });

    let consult: { id: string; uiterlijkOp: Date; nieuw: boolean } | null = null;
    if (needsConsult(niveau)) {
      const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { consultTermijnDagen: true } });
      const uiterlijkOp = consultDueDate(today, niveau, gemeente.consultTermijnDagen);
      const open = await tx.consult.findFirst({ where: { casusId: casus.id, soort: 'VEILIGHEID', status: { not: 'AFGEROND' } } });
      if (open) {
        const earlier = uiterlijkOp.getTime() < open.uiterlijkOp.getTime();
        await tx.consult.update({
          where: { id: open.id },
          data: {
            uiterlijkOp: earlier ? uiterlijkOp : open.uiterlijkOp,
            vraag: `${open.vraag}\n\nNieuwe veiligheidsanalyse op ${formatDatum(today)}: ${VEILIGHEID_LABELS[niveau]}.`,
            version: { increment: 1 },
          },
        });
        consult = { id: open.id, uiterlijkOp: earlier ? uiterlijkOp : open.uiterlijkOp, nieuw: false };
      } else {
        const created = await tx.consult.create({
          data: {
            gemeenteId: actor.gemeenteId,
            huishoudenId: input.huishoudenId,
            casusId: casus.id,
            soort: 'VEILIGHEID',
            vraag: [`Veiligheidsanalyse op ${formatDatum(today)}: ${VEILIGHEID_LABELS[niveau]}.`, ...redenen].join('\n'),
            aangevraagdDoorId: actor.id,
            uiterlijkOp,
          },
        });
        consult = { id: created.id, uiterlijkOp, nieuw: true };
      }
    }
    return { analyseId: analyse.id, niveau, berekend: assessment.niveau, redenen, consult };
  });
}
