import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BesluitSoort, Wet } from '@/lib/domain/enums';
import type { RedenWijziging } from '@/lib/domain/labels';
import { intrekking, toewijzingWijziging, type ToewijzingInhoud } from '@/lib/domain/toewijzing-wijziging';
import { nextNummer } from '@/lib/server/nummering';
import { recordAudit } from '@/lib/server/audit/record';
import { DomainError } from '@/lib/errors';
import type { AuditAction } from '@/lib/domain/audit-actions';

type NieuwProduct = {
  id: string;
  productId: string;
  aanbiederId: string | null;
  leveringsvorm: 'ZIN' | 'PGB';
  ingangsdatum: Date;
  einddatum: Date | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCent: number | null;
};

export type ToewijzingUitkomst = { toewijzingNummer: number; wat: 'NIEUW' | 'AANGEPAST' | 'INGETROKKEN' | 'ONGEWIJZIGD' };

const TOEWIJZING_SELECT = {
  id: true, toewijzingNummer: true, productId: true, aanbiederId: true, ingangsdatum: true, einddatum: true, volume: true, eenheid: true,
  frequentie: true, budgetCent: true, status: true, redenWijziging: true, version: true,
} satisfies Prisma.ToewijzingSelect;
type Bestaand = Prisma.ToewijzingGetPayload<{ select: typeof TOEWIJZING_SELECT }>;

const inhoud = (t: Bestaand | NieuwProduct): ToewijzingInhoud => ({
  productId: t.productId, aanbiederId: t.aanbiederId ?? '', ingangsdatum: t.ingangsdatum, einddatum: t.einddatum,
  volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, budgetCent: t.budgetCent,
});

/**
 * Runs inside the vaststellen transaction (all or nothing). Every ZIN product of a toekenning becomes a toewijzing
 * with a ToewijzingNummer from the gemeente's Nummering (unique per gemeente: a unique index refuses a duplicate).
 * When the besluit replaces or withdraws an earlier one, that one's toewijzingen follow the iWmo/iJw rules
 * (lib/domain/toewijzing-wijziging): unchanged ones move to the new besluit, einddatum, budget and (with frequentie 6)
 * volume are adjusted in place (status GEWIJZIGD once the aanbieder has them), anything else is withdrawn with a
 * RedenWijziging and given a new number; products the new besluit no longer names are withdrawn as of its start.
 */
export async function toewijzingenBijVaststellen(
  tx: Tx,
  actor: Actor,
  ctx: {
    gemeenteId: string;
    persoonId: string;
    wet: Wet;
    besluit: BesluitSoort;
    beschikkingId: string;
    producten: readonly NieuwProduct[];
    vorigBeschikkingId: string | null;
    /** INTREKKING: the first day without effect. */
    intrekkingPer: Date | null;
    /** The besluit's own ingangsdatum: products it drops end the day before. */
    ingangsdatum: Date | null;
    overledenOp: Date | null;
    now: Date;
  },
): Promise<ToewijzingUitkomst[]> {
  const uitkomsten: ToewijzingUitkomst[] = [];
  const bestaand: Bestaand[] = ctx.vorigBeschikkingId
    ? await tx.toewijzing.findMany({
        where: { gemeenteId: ctx.gemeenteId, beschiktProduct: { beschikkingId: ctx.vorigBeschikkingId }, status: { not: 'INGETROKKEN' } },
        select: TOEWIJZING_SELECT,
        orderBy: { toewijzingNummer: 'asc' },
      })
    : [];

  // Optimistic lock on Toewijzing.version: a toewijzing sent or changed meanwhile makes the whole vaststellen stale.
  const bijwerken = async (t: Bestaand, data: Prisma.ToewijzingUncheckedUpdateManyInput) => {
    const { count } = await tx.toewijzing.updateMany({ where: { id: t.id, version: t.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Een toewijzing van het vorige besluit is net gewijzigd of verstuurd. Probeer het opnieuw.']);
  };

  const trekIn = async (t: Bestaand, per: Date, reden: RedenWijziging) => {
    const r = intrekking(t, per, ctx.overledenOp ? '02' : reden);
    if (!r) return;
    // A toewijzing the aanbieder never had gets no RedenWijziging: there is nothing to tell them (moetVerzonden).
    const bijAanbieder = t.status !== 'NIEUW';
    await bijwerken(t, { einddatum: r.einddatum, redenWijziging: bijAanbieder ? r.redenWijziging : null, status: 'INGETROKKEN', toewijzingOp: ctx.now });
    await audit(t.id, 'TOEWIJZING_INGETROKKEN', { toewijzingNummer: t.toewijzingNummer, einddatum: r.einddatum.toISOString().slice(0, 10), redenWijziging: r.redenWijziging });
    uitkomsten.push({ toewijzingNummer: t.toewijzingNummer, wat: 'INGETROKKEN' });
  };

  const audit = (toewijzingId: string, actie: AuditAction, after: Prisma.InputJsonValue) =>
    recordAudit(tx, actor, { actie, entiteit: 'Toewijzing', entiteitId: toewijzingId, persoonId: ctx.persoonId, after });

  if (ctx.besluit === 'INTREKKING') {
    for (const t of bestaand) await trekIn(t, ctx.intrekkingPer ?? ctx.now, '05');
    return uitkomsten;
  }

  const over = [...bestaand];
  for (const p of ctx.producten.filter((p) => p.leveringsvorm === 'ZIN' && p.aanbiederId)) {
    const index = over.findIndex((t) => t.productId === p.productId);
    const oud = index >= 0 ? over.splice(index, 1)[0] : null;
    if (oud) {
      const wijziging = toewijzingWijziging(inhoud(oud), inhoud(p));
      if (wijziging.soort === 'GEEN') {
        await bijwerken(oud, { beschiktProductId: p.id });
        uitkomsten.push({ toewijzingNummer: oud.toewijzingNummer, wat: 'ONGEWIJZIGD' });
        continue;
      }
      if (wijziging.soort === 'AANPASSEN') {
        const alVerzonden = oud.status !== 'NIEUW';
        await bijwerken(oud, {
          beschiktProductId: p.id, einddatum: p.einddatum, budgetCent: p.budgetCent, volume: p.volume, toewijzingOp: ctx.now,
          // A toewijzing the aanbieder never had is simply a first one: no RedenWijziging yet.
          redenWijziging: alVerzonden ? wijziging.redenWijziging : null,
          status: alVerzonden ? 'GEWIJZIGD' : 'NIEUW',
        });
        await audit(oud.id, 'TOEWIJZING_GEWIJZIGD', { toewijzingNummer: oud.toewijzingNummer, velden: wijziging.velden, redenWijziging: wijziging.redenWijziging });
        uitkomsten.push({ toewijzingNummer: oud.toewijzingNummer, wat: 'AANGEPAST' });
        continue;
      }
      await trekIn(oud, p.ingangsdatum, wijziging.redenWijziging);
    }
    const toewijzingNummer = await nextNummer(tx, ctx.gemeenteId, 'toewijzing');
    const nieuw = await tx.toewijzing.create({
      data: {
        gemeenteId: ctx.gemeenteId, toewijzingNummer, beschiktProductId: p.id, aanbiederId: p.aanbiederId!, persoonId: ctx.persoonId,
        productId: p.productId, wet: ctx.wet, toewijzingOp: ctx.now, ingangsdatum: p.ingangsdatum, einddatum: p.einddatum,
        volume: p.volume, eenheid: p.eenheid, frequentie: p.frequentie, budgetCent: p.budgetCent, redenWijziging: null, status: 'NIEUW',
      },
      select: { id: true },
    });
    await audit(nieuw.id, 'TOEWIJZING_AANGEMAAKT', { toewijzingNummer, productId: p.productId, aanbiederId: p.aanbiederId });
    uitkomsten.push({ toewijzingNummer, wat: 'NIEUW' });
  }
  // What the new besluit no longer names ends the day before it takes effect.
  for (const t of over) await trekIn(t, ctx.ingangsdatum ?? ctx.now, '05');
  return uitkomsten;
}
