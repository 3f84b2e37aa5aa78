// Issue 23: where care stands on a toewijzing (not started, in care, stopped) is stored on it (Toewijzing.zorgStand)
// so that an aanbieder's worklist reads its page in order from an index instead of computing it for every running
// toewijzing per view. Triggers keep it (prisma/migrations/20261209210000_toewijzing_zorg_stand); these tests hold the
// stored value to lib/domain zorgStand after every kind of change of the toewijzing's leveringen, and the worklist's
// filter and order to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { zorgStand, type ZorgStand } from '@/lib/domain/partner-toewijzingen';
import { getPartnerToewijzingen } from '@/lib/server/partner/get-partner-toewijzingen';
import { createBeschikkingWereld, dag, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';
import { createPartner } from '../support/partner-factories';

const NUMMER: Record<ZorgStand, number> = { NIET_GESTART: 0, IN_ZORG: 1, GESTOPT: 2 };

/** The stored stand, after checking it against the domain's rule on the toewijzing's leveringen. */
async function stand(toewijzingId: string): Promise<ZorgStand> {
  const t = await prisma.toewijzing.findUniqueOrThrow({ where: { id: toewijzingId }, select: { zorgStand: true, leveringen: { select: { einddatum: true } } } });
  const verwacht = zorgStand(t.leveringen);
  expect(t.zorgStand).toBe(NUMMER[verwacht]);
  return verwacht;
}

let w: BeschikkingWereld;
let eerste: string;
let tweede: string;

beforeAll(async () => {
  w = await createBeschikkingWereld();
  const a = await vastgesteldeBeschikking(w);
  const b = await vastgesteldeBeschikking(w);
  eerste = (await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: a.persoon.id } })).id;
  tweede = (await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: b.persoon.id } })).id;
});

const levering = (toewijzingId: string, begindatum: string, einddatum: string | null = null) =>
  prisma.zorglevering.create({ data: { gemeenteId: w.gemeenteId, toewijzingId, begindatum: dag(begindatum), einddatum: einddatum ? dag(einddatum) : null, redenBeeindiging: einddatum ? '01' : null } });

describe('Toewijzing.zorgStand: the stored stand follows every change of its leveringen', () => {
  it('is NIET_GESTART when made, IN_ZORG once care starts, GESTOPT once every levering ended, and back', async () => {
    expect(await stand(eerste)).toBe('NIET_GESTART');
    const l1 = await levering(eerste, '2026-04-01');
    expect(await stand(eerste)).toBe('IN_ZORG');
    await prisma.zorglevering.update({ where: { id: l1.id }, data: { einddatum: dag('2026-05-01'), redenBeeindiging: '01' } });
    expect(await stand(eerste)).toBe('GESTOPT');
    const l2 = await levering(eerste, '2026-06-01');
    expect(await stand(eerste)).toBe('IN_ZORG');
    await prisma.zorglevering.delete({ where: { id: l2.id } });
    expect(await stand(eerste)).toBe('GESTOPT');
    await prisma.zorglevering.update({ where: { id: l1.id }, data: { einddatum: null, redenBeeindiging: null } }); // a stop undone
    expect(await stand(eerste)).toBe('IN_ZORG');
    await prisma.zorglevering.delete({ where: { id: l1.id } }); // a start undone
    expect(await stand(eerste)).toBe('NIET_GESTART');
  });

  it('follows a levering moved to another toewijzing (both), and cannot be written otherwise', async () => {
    const l = await levering(eerste, '2026-07-01');
    expect([await stand(eerste), await stand(tweede)]).toEqual(['IN_ZORG', 'NIET_GESTART']);
    await prisma.zorglevering.update({ where: { id: l.id }, data: { toewijzingId: tweede } });
    expect([await stand(eerste), await stand(tweede)]).toEqual(['NIET_GESTART', 'IN_ZORG']);
    await prisma.toewijzing.update({ where: { id: tweede }, data: { zorgStand: 2 } });
    expect(await stand(tweede)).toBe('IN_ZORG');
    await prisma.zorglevering.delete({ where: { id: l.id } });
  });

  it('orders and filters the aanbieder’s worklist as the domain says', async () => {
    const t = await prisma.toewijzing.findUniqueOrThrow({ where: { id: eerste }, select: { aanbiederId: true } });
    const partner = await createPartner(w.gemeenteId, 'AANBIEDER', 'Aanbieder van de test', t.aanbiederId);
    await levering(tweede, '2026-04-01', '2026-04-30');
    const alle = await getPartnerToewijzingen(partner);
    expect(alle.rijen.map((r) => r.id)).toEqual(expect.arrayContaining([eerste, tweede]));
    const volgorde = alle.rijen.map((r) => NUMMER[r.stand]);
    expect(volgorde).toEqual([...volgorde].sort((x, y) => x - y));
    for (const filter of ['NIET_GESTART', 'IN_ZORG', 'GESTOPT'] as const) {
      const rijen = (await getPartnerToewijzingen(partner, { stand: filter, zoek: null, pagina: 1 })).rijen;
      expect(rijen.every((r) => r.stand === filter)).toBe(true);
      expect(rijen.map((r) => r.id).sort()).toEqual(alle.rijen.filter((r) => r.stand === filter).map((r) => r.id).sort());
    }
    expect((await getPartnerToewijzingen(partner, { stand: 'GESTOPT', zoek: null, pagina: 1 })).rijen.map((r) => r.id)).toEqual([tweede]);
  });
});
