import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Leveringsvorm } from '@/lib/generated/prisma/enums';
import { teAanvragen } from '@/lib/domain/plan';
import { recordAudit } from '@/lib/server/audit/record';
import { nextKenmerk } from '@/lib/server/nummering';

export type MaatwerkItem = {
  id: string;
  omschrijving: string;
  persoonId: string;
  productId: string;
  wet: 'WMO' | 'JEUGDWET' | 'PARTICIPATIEWET';
  leveringsvorm: Leveringsvorm;
};

/**
 * DOMAIN.md §2 Beschikking: for every maatwerk item of a vastgesteld plan the team gives the backoffice an opdracht
 * tot beschikking, an Aanvraag with status ONTVANGEN. Its ontvangenOp (today) starts the legal term (Wmo 2015 art.
 * 2.3.5: two weeks; Jeugdwet and Participatiewet: Awb 4:13, at most eight weeks), and it appears in the backoffice
 * queue (/aanvragen) at once. An item that a new version copied from an earlier one, whose aanvraag still runs, is
 * not requested twice. Runs inside the vaststellen transaction: numbers come from the gapless Nummering.
 */
export async function createAanvragenFromPlan(
  tx: Tx,
  actor: Actor,
  ctx: { gemeenteId: string; huishoudenId: string; casusId: string; today: Date },
  items: readonly MaatwerkItem[],
) {
  const bestaand = await tx.aanvraag.findMany({
    where: { huishoudenId: ctx.huishoudenId, status: { not: 'INGETROKKEN' } },
    select: { persoonId: true, productId: true, leveringsvorm: true },
  });
  const nieuw = teAanvragen(items, bestaand.map((a) => ({ ...a, lopend: true })));
  const aangemaakt: { id: string; nummer: string; arrangementItemId: string }[] = [];
  for (const item of nieuw) {
    const nummer = await nextKenmerk(tx, ctx.gemeenteId, 'aanvraag', ctx.today);
    const aanvraag = await tx.aanvraag.create({
      data: {
        gemeenteId: ctx.gemeenteId,
        nummer,
        huishoudenId: ctx.huishoudenId,
        casusId: ctx.casusId,
        persoonId: item.persoonId,
        arrangementItemId: item.id,
        productId: item.productId,
        wet: item.wet,
        leveringsvorm: item.leveringsvorm,
        toelichting: item.omschrijving,
        ontvangenOp: ctx.today,
        status: 'ONTVANGEN',
      },
      select: { id: true, nummer: true },
    });
    await recordAudit(tx, actor, {
      actie: 'AANVRAAG_AANGEMAAKT',
      entiteit: 'Aanvraag',
      entiteitId: aanvraag.id,
      huishoudenId: ctx.huishoudenId,
      persoonId: item.persoonId,
      context: 'plan vastgesteld',
      after: { nummer, productId: item.productId, wet: item.wet, leveringsvorm: item.leveringsvorm, arrangementItemId: item.id },
    });
    aangemaakt.push({ ...aanvraag, arrangementItemId: item.id });
  }
  return aangemaakt;
}
