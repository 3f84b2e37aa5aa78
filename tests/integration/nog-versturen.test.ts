// Issue 16 item 2: the backoffice's worklist of what is vastgesteld but not sent — beschikkingen whose letter has not
// gone out and toewijzingen the aanbieder has not heard of — oldest first, with the counts, and the search by B- and
// A-kenmerk. The toewijzingen listed are exactly those lib/domain moetVerzonden says must still be sent.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { moetVerzonden } from '@/lib/domain/toewijzing-wijziging';
import { intrekkenBeschikking } from '@/lib/server/beschikking/wijzigen-beschikking';
import { countNogVersturen, listNogVersturen, zoekBeschikkingOpKenmerk } from '@/lib/server/beschikking/list-nog-versturen';
import { vaststellenBeschikking } from '@/lib/server/beschikking/vaststellen-beschikking';
import { verzendenBeschikking } from '@/lib/server/beschikking/verzenden-beschikking';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { createAanvraag, createBeschikkingWereld, dag, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
let eerste: Awaited<ReturnType<typeof vastgesteldeBeschikking>>;
let tweede: Awaited<ReturnType<typeof vastgesteldeBeschikking>>;

beforeAll(async () => {
  w = await createBeschikkingWereld();
  eerste = await vastgesteldeBeschikking(w);
  tweede = await vastgesteldeBeschikking(w);
  // The second was vastgesteld a day earlier: it leads the list.
  await prisma.beschikking.update({ where: { id: tweede.beschikkingId }, data: { vastgesteldOp: new Date('2026-03-09T14:00:00Z') } });
});

/** Every toewijzing of the gemeente that the domain rule says must still be sent. */
async function volgensDomein() {
  const alle = await prisma.toewijzing.findMany({
    where: { gemeenteId: w.gemeenteId },
    select: { id: true, status: true, toewijzingOp: true, redenWijziging: true, berichten: { select: { bericht: { select: { createdAt: true } } } } },
  });
  return alle
    .filter((t) => moetVerzonden({ ...t, laatsteBerichtOp: t.berichten.reduce<Date | null>((max, b) => (!max || b.bericht.createdAt > max ? b.bericht.createdAt : max), null) }))
    .map((t) => t.id)
    .sort();
}

describe('listNogVersturen', () => {
  it('lists vastgestelde beschikkingen and their toewijzingen not sent, oldest first, with the counts', async () => {
    const lijst = await listNogVersturen(w.opsteller);
    expect(lijst.beschikkingen.map((b) => b.identificatie)).toEqual([tweede.identificatie, eerste.identificatie]);
    expect(lijst.beschikkingen[0]).toMatchObject({ status: 'VASTGESTELD', aanvraag: { nummer: tweede.aanvraag.nummer }, inwoner: expect.stringContaining('van den Berg') });
    expect(lijst.toewijzingen.map((t) => t.beschikking.identificatie).sort()).toEqual([eerste.identificatie, tweede.identificatie].sort());
    expect(lijst.tellingen).toEqual({ beschikkingen: 2, toewijzingen: 2 });
    expect(await countNogVersturen(w.opsteller)).toEqual(lijst.tellingen);
  });

  it('drops what is sent: the toewijzingen once the message went, the beschikking once its letter went', async () => {
    await verzendenToewijzingen(w.opsteller, { beschikkingId: eerste.beschikkingId }, new Date('2026-03-11T09:00:00Z'));
    let lijst = await listNogVersturen(w.opsteller);
    expect(lijst.toewijzingen.map((t) => t.beschikking.identificatie)).toEqual([tweede.identificatie]);
    expect(lijst.beschikkingen).toHaveLength(2);
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: eerste.beschikkingId } });
    await verzendenBeschikking(w.opsteller, { beschikkingId: b.id, version: b.version, verzenddatum: dag('2026-03-11') }, new Date('2026-03-11T10:00:00Z'));
    lijst = await listNogVersturen(w.opsteller);
    expect(lijst.beschikkingen.map((x) => x.identificatie)).toEqual([tweede.identificatie]);
    expect(lijst.tellingen).toEqual({ beschikkingen: 1, toewijzingen: 1 });
  });

  it('lists exactly the toewijzingen moetVerzonden names, withdrawals included', async () => {
    // A withdrawal of a sent toewijzing (it has a RedenWijziging and no message since) must be sent; one of a
    // toewijzing never sent needs none.
    const b = await prisma.beschikking.findUniqueOrThrow({ where: { id: eerste.beschikkingId } });
    const intrekking = await intrekkenBeschikking(w.opsteller, { beschikkingId: b.id, version: b.version, vervalredenVorig: 'INGETROKKEN_OVERHEID', intrekkingPer: dag('2026-07-01'), motivering: 'Verhuisd.' }, new Date('2026-06-01T10:00:00Z'));
    await vaststellenBeschikking(w.collega, { beschikkingId: intrekking.id, version: 1 }, new Date('2026-06-01T11:00:00Z'));
    const verwacht = await volgensDomein();
    expect(await prisma.toewijzing.count({ where: { gemeenteId: w.gemeenteId, status: 'INGETROKKEN', id: { in: verwacht } } })).toBe(1);
    const lijst = await listNogVersturen(w.opsteller);
    expect(lijst.toewijzingen.map((t) => t.id).sort()).toEqual(verwacht);
    expect(lijst.tellingen.toewijzingen).toBe(verwacht.length);
  });

  it('refuses a role without the backoffice’s work, and shows another gemeente nothing', async () => {
    await expect(listNogVersturen(w.coach)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(countNogVersturen(w.teamlead)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(zoekBeschikkingOpKenmerk(w.coach, eerste.identificatie)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ander = await createBeschikkingWereld();
    expect(await listNogVersturen(ander.opsteller)).toMatchObject({ beschikkingen: [], toewijzingen: [], tellingen: { beschikkingen: 0, toewijzingen: 0 } });
    expect((await zoekBeschikkingOpKenmerk(ander.opsteller, eerste.identificatie)).beschikkingen).toEqual([]);
  });
});

describe('zoekBeschikkingOpKenmerk', () => {
  it('finds a beschikking by its B-kenmerk and the beschikkingen of an aanvraag by its A-kenmerk, in any status', async () => {
    const opB = await zoekBeschikkingOpKenmerk(w.opsteller, eerste.identificatie);
    expect(opB.beschikkingen.map((b) => [b.identificatie, b.status])).toEqual([[eerste.identificatie, 'VERVALLEN']]);
    expect(opB.aanvraag).toBeNull();
    const opA = await zoekBeschikkingOpKenmerk(w.opsteller, eerste.aanvraag.nummer);
    expect(opA.aanvraag).toMatchObject({ id: eerste.aanvraag.id, nummer: eerste.aanvraag.nummer });
    expect(opA.beschikkingen.map((b) => b.aanvraag?.nummer)).toEqual(opA.beschikkingen.map(() => eerste.aanvraag.nummer));
    expect(opA.beschikkingen.map((b) => b.identificatie)).toContain(eerste.identificatie);
    expect(await zoekBeschikkingOpKenmerk(w.opsteller, 'B-2026-999999')).toEqual({ beschikkingen: [], aanvraag: null });
  });
});

// Issue 23: for the backoffice a beschikking with an aanvraag is visible without reading its household (the household
// has that aanvraag: the database holds a beschikking in its aanvraag's household); one without an aanvraag is
// checked on its household, in the list and in both counts.
describe('need-to-know of the backoffice', () => {
  it('the database refuses a beschikking outside the household of its aanvraag', async () => {
    const wereld = await createBeschikkingWereld();
    const b = await vastgesteldeBeschikking(wereld);
    const ander = await createAanvraag(wereld);
    await expect(prisma.beschikking.update({ where: { id: b.beschikkingId }, data: { huishoudenId: ander.huishouden.id } })).rejects.toThrow(/Beschikking_aanvraag_huishouden_fkey/);
    await expect(prisma.beschikking.update({ where: { id: b.beschikkingId }, data: { aanvraagId: ander.aanvraag.id } })).rejects.toThrow(/Beschikking_aanvraag_huishouden_fkey/);
    await expect(prisma.aanvraag.update({ where: { id: b.aanvraag.id }, data: { huishoudenId: ander.huishouden.id } })).rejects.toThrow(/Beschikking_aanvraag_huishouden_fkey/);
  });

  it('lists and counts a beschikking without an aanvraag, and its toewijzingen, only when its household may be seen', async () => {
    const wereld = await createBeschikkingWereld();
    const zichtbaar = await vastgesteldeBeschikking(wereld);
    const los = await vastgesteldeBeschikking(wereld);
    // A household without an aanvraag, regie or any other ground of the backoffice: the beschikking moves there
    // without its aanvraag (as after the aanvraag's removal).
    const kaal = await prisma.huishouden.create({
      data: { gemeenteId: wereld.gemeenteId, naam: 'Huishouden Zonder Aanvraag', straat: 'Kanaalweg', huisnummer: 3, postcode: '1781AC', woonplaats: 'Den Helder' },
    });
    await prisma.beschikking.update({ where: { id: los.beschikkingId }, data: { aanvraagId: null, huishoudenId: kaal.id } });
    const toewijzingenVan = (lijst: Awaited<ReturnType<typeof listNogVersturen>>, id: string) => lijst.toewijzingen.filter((t) => t.beschikking.id === id).length;

    let lijst = await listNogVersturen(wereld.opsteller);
    expect(lijst.beschikkingen.map((b) => b.id)).toEqual([zichtbaar.beschikkingId]);
    expect(toewijzingenVan(lijst, zichtbaar.beschikkingId)).toBeGreaterThan(0);
    expect(toewijzingenVan(lijst, los.beschikkingId)).toBe(0);
    expect(lijst.tellingen).toEqual({ beschikkingen: 1, toewijzingen: lijst.toewijzingen.length });
    expect(await countNogVersturen(wereld.opsteller)).toEqual(lijst.tellingen);
    expect((await zoekBeschikkingOpKenmerk(wereld.opsteller, los.identificatie)).beschikkingen).toEqual([]);

    // Broken glass on that household: now it is seen, listed and counted.
    await prisma.breakTheGlass.create({ data: { gemeenteId: wereld.gemeenteId, userId: wereld.opsteller.id, huishoudenId: kaal.id, reden: 'Spoed', verlooptOp: new Date(Date.now() + 3_600_000) } });
    lijst = await listNogVersturen(wereld.opsteller);
    expect(lijst.beschikkingen.map((b) => b.id).sort()).toEqual([zichtbaar.beschikkingId, los.beschikkingId].sort());
    expect(toewijzingenVan(lijst, los.beschikkingId)).toBeGreaterThan(0);
    expect(lijst.tellingen).toEqual({ beschikkingen: 2, toewijzingen: lijst.toewijzingen.length });
    expect(await countNogVersturen(wereld.opsteller)).toEqual(lijst.tellingen);
    expect((await zoekBeschikkingOpKenmerk(wereld.opsteller, los.identificatie)).beschikkingen.map((b) => b.id)).toEqual([los.beschikkingId]);
  });
});
