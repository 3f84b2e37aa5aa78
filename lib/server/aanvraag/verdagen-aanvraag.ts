import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { verdagenProblem } from '@/lib/domain/aanvraag-termijn';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { verdagingsbriefPdf } from '@/lib/server/beschikking/brief';
import { briefContext } from '@/lib/server/beschikking/brief-data';
import type { VerdagenInput } from '@/lib/validations/aanvraag';
import { bumpAanvraag, loadAanvraag, termijnInstellingen, termijnVan } from './shared';

/**
 * Awb 4:14: the beslistermijn is extended once, before it runs out, with notice to the inwoner. In one transaction:
 * the verdaging on the aanvraag (verdaagdOp is the day of the notice), the notice letter stored in the dossier
 * (a Document whose bronId is the aanvraag), and the access-log row. Returns the new due date.
 */
export async function verdagenAanvraag(actor: Actor, input: VerdagenInput, now = new Date()) {
  assertPermission(actor, 'aanvraag:behandelen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const aanvraag = await loadAanvraag(tx, actor, input.aanvraagId);
    await assertHouseholdAccess(tx, actor, aanvraag.huishoudenId, {
      actie: 'AANVRAAG_VERDAAGD', entiteit: 'Aanvraag', entiteitId: aanvraag.id, persoonId: aanvraag.persoonId, after: { dagen: input.dagen },
    });
    const settings = await termijnInstellingen(tx, actor.gemeenteId);
    const oud = termijnVan(aanvraag, settings, today);
    const probleem = verdagenProblem({ status: aanvraag.status, verdaagdOp: aanvraag.verdaagdOp, uiterlijk: oud.uiterlijk, today }, input.dagen);
    if (probleem) throw new DomainError('TRANSITION_REFUSED', [probleem], input.dagen < 1 || input.dagen > 56 ? { dagen: [probleem] } : {});
    const version = await bumpAanvraag(tx, actor, aanvraag, input.version, { verdaagdOp: today, verdagingDagen: input.dagen, verdagingReden: input.verdagingReden });
    const nieuw = termijnVan({ ...aanvraag, verdagingDagen: input.dagen }, settings, today);

    const brief = await verdagingsbriefPdf({
      ...(await briefContext(tx, actor.gemeenteId, aanvraag.persoonId, aanvraag.huishoudenId, today)),
      aanvraag: { nummer: aanvraag.nummer, ontvangenOp: aanvraag.ontvangenOp, product: (await tx.product.findUniqueOrThrow({ where: { id: aanvraag.productId }, select: { naam: true } })).naam },
      verdaagdOp: today,
      oudUiterlijk: oud.uiterlijk,
      nieuwUiterlijk: nieuw.uiterlijk,
      dagen: input.dagen,
      reden: input.verdagingReden,
    });
    const document = await tx.document.create({
      data: {
        gemeenteId: actor.gemeenteId, huishoudenId: aanvraag.huishoudenId, casusId: aanvraag.casusId, soort: 'BIJLAGE',
        titel: `Verdagingsbrief aanvraag ${aanvraag.nummer}`, mimeType: 'application/pdf', inhoud: new Uint8Array(brief), grootte: brief.length,
        bronId: aanvraag.id, doorId: actor.id,
      },
      select: { id: true },
    });
    return { version, uiterlijk: nieuw.uiterlijk, documentId: document.id };
  });
}
