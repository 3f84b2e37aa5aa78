// Issue 23: the Berichtenverkeer page's eight counts, the aanbieders and its lists of messages are hand-written SQL on
// node-postgres now (were eleven Prisma statements). These tests hold them to what the Prisma where-objects asked: the
// aanbieder and the period filter (from the first day up to and including the last, in UTC moments as stored), the
// "ontvangen" default of the last 90 days, OP090's late ones, and the page's order.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { getBerichtenverkeer, ONTVANGEN_DAGEN } from '@/lib/server/berichten/get-berichtenverkeer';
import { parseBerichtenFilters } from '@/lib/validations/berichten';
import { createBeschikkingWereld, type BeschikkingWereld } from '../support/beschikking-factories';

const NU = new Date('2026-03-20T10:00:00Z');
let w: BeschikkingWereld;
const moment = (iso: string) => new Date(iso);

beforeAll(async () => {
  w = await createBeschikkingWereld();
  const { marsdiep, duinen } = w.aanbieders;
  // Outgoing: around the edges of a period 2026-03-02 … 2026-03-10 and of OP090's 3 werkdagen before NU.
  const uit = [
    ['2026-03-01T23:59:59.999Z', marsdiep.id, null, null],
    ['2026-03-02T00:00:00.000Z', marsdiep.id, null, null],
    ['2026-03-10T23:59:59.999Z', duinen.id, null, null],
    ['2026-03-11T00:00:00.000Z', marsdiep.id, null, null],
    ['2026-03-16T09:00:00.000Z', marsdiep.id, null, null],
    ['2026-03-17T09:00:00.000Z', duinen.id, null, null],
    ['2026-03-19T09:00:00.000Z', marsdiep.id, null, null],
    ['2026-03-05T12:00:00.000Z', marsdiep.id, '2026-03-06T12:00:00.000Z', false],
    ['2026-03-12T12:00:00.000Z', duinen.id, '2026-03-13T12:00:00.000Z', false],
    ['2026-03-06T12:00:00.000Z', marsdiep.id, '2026-03-07T12:00:00.000Z', true],
  ] as const;
  let nummer = 700000 + Math.floor(Math.random() * 100000);
  for (const [createdAt, aanbiederId, retour, goed] of uit) {
    await prisma.bericht.create({
      data: {
        gemeenteId: w.gemeenteId, code: 'WMO301', aanbiederId, berichtNummer: nummer++, berichtDatum: toCalendarDay(moment(createdAt)), xml: '<x/>',
        createdAt: moment(createdAt), retourOp: retour ? moment(retour) : null, retourGoedgekeurd: goed, retourcodes: goed === false ? ['0200', '8001'] : [],
      },
    });
  }
  const inkomend = [
    ['2025-12-01T10:00:00.000Z', marsdiep.id, 'VERWERKT'], // more than 90 days before NU
    ['2026-03-02T00:00:00.000Z', marsdiep.id, 'VERWERKT'],
    ['2026-03-10T23:59:59.999Z', duinen.id, 'GEWEIGERD'],
    ['2026-03-11T00:00:00.000Z', null, 'GEWEIGERD'],
    ['2026-03-15T10:00:00.000Z', marsdiep.id, 'ONTVANGEN'],
  ] as const;
  for (const [ontvangenOp, aanbiederId, status] of inkomend) {
    await prisma.inkomendBericht.create({
      data: {
        gemeenteId: w.gemeenteId, bestandsnaam: `b-${ontvangenOp}.xml`, inhoud: '<x/>', sha256: crypto.randomUUID().replaceAll('-', '').padEnd(64, '0'), bron: 'UPLOAD',
        aanbiederId, status, ontvangenOp: moment(ontvangenOp), verwerktOp: status === 'ONTVANGEN' ? null : moment(ontvangenOp), redenen: status === 'GEWEIGERD' ? ['Kapot'] : [], retourcodes: status === 'GEWEIGERD' ? ['0001'] : [],
        afzender: aanbiederId ? null : '99999999',
      },
    });
  }
});

/** The counts as the Prisma where-objects of the page asked them (before issue 23). */
async function verwacht(f: ReturnType<typeof parseBerichtenFilters>, grens: Date) {
  const g = w.gemeenteId;
  const periode = f.van || f.tot ? { ...(f.van ? { gte: f.van } : {}), ...(f.tot ? { lt: addCalendarDays(f.tot, 1) } : {}) } : undefined;
  const a = f.aanbiederId ? { aanbiederId: f.aanbiederId } : {};
  const uit = { gemeenteId: g, ...a, ...(periode ? { createdAt: periode } : {}) };
  const inn = { gemeenteId: g, ...a, ...(periode ? { ontvangenOp: periode } : {}) };
  const ontvangen = periode ? inn : { ...inn, ontvangenOp: { gte: addCalendarDays(toCalendarDay(NU), -ONTVANGEN_DAGEN) } };
  return {
    retour: await prisma.bericht.count({ where: { ...uit, retourOp: null } }),
    // Late within the period: the period's end or OP090's limit, whichever comes first (the Prisma count spread the
    // limit over the period's end, and could count more late ones than were still without retour).
    teLaat: await prisma.bericht.count({ where: { ...uit, retourOp: null, createdAt: { ...(periode ?? {}), lt: periode?.lt && periode.lt < grens ? periode.lt : grens } } }),
    afgekeurd: await prisma.bericht.count({ where: { ...uit, retourGoedgekeurd: false } }),
    ontvangen: await prisma.inkomendBericht.count({ where: ontvangen }),
    geweigerd: await prisma.inkomendBericht.count({ where: { ...inn, status: 'GEWEIGERD' } }),
    verzoeken: await prisma.aanbiederVerzoek.count({ where: { gemeenteId: g, status: 'OPEN', ...a, ...(periode ? { ontvangenOp: periode } : {}) } }),
    declaraties: await prisma.declaratie.count({ where: { gemeenteId: g, ...a, ...(periode ? { ontvangenOp: periode } : {}) } }),
    declaratiesAfgewezen: await prisma.declaratie.count({ where: { gemeenteId: g, ...a, ...(periode ? { ontvangenOp: periode } : {}), status: { not: 'TOEGEKEND' } } }),
  };
}

describe('Berichtenverkeer: counts and lists in SQL', () => {
  it('counts every list as before, with and without aanbieder and period, on the edges of the period', async () => {
    const { marsdiep } = w.aanbieders;
    // OP090 on Friday 20 March: sent before Tuesday 17 March (3 werkdagen) and still without retour is late.
    const grens = new Date('2026-03-17T00:00:00Z');
    const gevallen = [
      {},
      { aanbieder: marsdiep.id },
      { van: '2026-03-02', tot: '2026-03-10' },
      { van: '2026-03-02' },
      { tot: '2026-03-10' },
      { van: '2026-03-02', tot: '2026-03-10', aanbieder: marsdiep.id },
    ];
    for (const zoek of gevallen) {
      const f = parseBerichtenFilters({ weergave: 'retour', ...zoek });
      const r = await getBerichtenverkeer(w.opsteller, f, NU);
      expect(r.tellingen, JSON.stringify(zoek)).toEqual(await verwacht(f, grens));
    }
    const alles = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'retour' }), NU);
    expect(alles.tellingen).toMatchObject({ retour: 7, teLaat: 5, afgekeurd: 2, ontvangen: 4, geweigerd: 2 });
    const periode = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'retour', van: '2026-03-02', tot: '2026-03-10' }), NU);
    // Late ones within the period are never more than those still without retour in it (the old count gave 4 here).
    expect(periode.tellingen).toMatchObject({ retour: 2, teLaat: 2, afgekeurd: 1, ontvangen: 2, geweigerd: 1 });
    expect(periode.tellingen.teLaat).toBeLessThanOrEqual(periode.tellingen.retour);
    expect(alles.aanbieders.map((a) => a.naam)).toEqual((await prisma.aanbieder.findMany({ where: { gemeenteId: w.gemeenteId }, orderBy: { naam: 'asc' }, select: { naam: true } })).map((a) => a.naam));
  });

  it('lists one page in order, with the aanbieder, the retourcodes and the message that replaced a refused one', async () => {
    const retour = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'retour' }), NU);
    expect(retour.uit.map((b) => b.createdAt.toISOString())).toEqual([
      '2026-03-01T23:59:59.999Z', '2026-03-02T00:00:00.000Z', '2026-03-10T23:59:59.999Z', '2026-03-11T00:00:00.000Z',
      '2026-03-16T09:00:00.000Z', '2026-03-17T09:00:00.000Z', '2026-03-19T09:00:00.000Z',
    ]);
    expect(retour.uit.map((b) => b.teLaat)).toEqual([true, true, true, true, true, false, false]);
    expect(retour.uit[2].aanbieder).toEqual({ naam: w.aanbieders.duinen.naam, agbCode: w.aanbieders.duinen.agbCode });

    const afgekeurd = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'afgekeurd' }), NU);
    expect(afgekeurd.uit.map((b) => b.retourcodes)).toEqual([['0200', '8001'], ['0200', '8001']]);
    const [eerste, tweede] = afgekeurd.uit;
    await prisma.bericht.update({ where: { id: eerste.id }, data: { opnieuwVerstuurdAlsId: tweede.id } });
    const opnieuw = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'afgekeurd' }), NU);
    expect(opnieuw.uit[0].opnieuwVerstuurdAls).toEqual({ id: tweede.id, code: 'WMO301', berichtNummer: tweede.berichtNummer, retourGoedgekeurd: false });
    expect(opnieuw.uit[1].opnieuwVerstuurdAls).toBeNull();

    const ontvangen = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'ontvangen' }), NU);
    expect(ontvangen.inkomend.map((b) => b.ontvangenOp.toISOString())).toEqual(['2026-03-15T10:00:00.000Z', '2026-03-11T00:00:00.000Z', '2026-03-10T23:59:59.999Z', '2026-03-02T00:00:00.000Z']);
    expect(ontvangen.inkomend[1]).toMatchObject({ aanbieder: null, afzender: '99999999', status: 'GEWEIGERD', redenen: ['Kapot'], retourcodes: ['0001'] });
    expect(ontvangen.inkomend[0].aanbieder).toEqual({ naam: w.aanbieders.marsdiep.naam });
    const geweigerd = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'geweigerd', aanbieder: w.aanbieders.duinen.id }), NU);
    expect(geweigerd.inkomend.map((b) => b.ontvangenOp.toISOString())).toEqual(['2026-03-10T23:59:59.999Z']);
  });
});
