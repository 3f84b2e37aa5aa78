// Issue 16 item 3: the backoffice registers a written aanvraag (Wmo 2015 art. 2.3.2 lid 9) for an existing household,
// with or without a plan, with the date the letter was received: the legal term starts then, and the aanvraag is in
// the queue at once. A date in the future, or more than a few days back without a reason, is refused at its field.
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { aanvraagTermijn } from '@/lib/domain/aanvraag-termijn';
import { ONTVANGST_ZONDER_REDEN_DAGEN, SCHRIFTELIJK_REDENEN } from '@/lib/domain/schriftelijke-aanvraag';
import { listAanvragen } from '@/lib/server/aanvraag/list-aanvragen';
import { getSchriftelijkeAanvraagKeuzes, registerSchriftelijkeAanvraag } from '@/lib/server/aanvraag/register-schriftelijke-aanvraag';
import { createAanvraag, createBeschikkingWereld, dag, type BeschikkingWereld } from '../support/beschikking-factories';

let w: BeschikkingWereld;
const NU = new Date('2026-05-20T09:00:00Z');

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

beforeAll(async () => {
  w = await createBeschikkingWereld();
});

/** A household (one person with a BSN) with a casus and no aanvraag for begeleiding, whose aanvraag we then drop. */
async function huishoudenZonderAanvraag() {
  const h = await createAanvraag(w, { ontvangenOp: dag('2026-01-05'), status: 'BESCHIKT' });
  return h;
}

const invoer = (bsn: string, overrides: Partial<Parameters<typeof registerSchriftelijkeAanvraag>[1]> = {}) => ({
  bsn, productId: w.producten.begeleiding.id, leveringsvorm: 'ZIN' as const, ontvangenOp: dag('2026-05-18'), reden: null, toelichting: 'Brief van 15 mei: vraagt begeleiding.', ...overrides,
});

describe('registerSchriftelijkeAanvraag', () => {
  it('registers the letter with its date of receipt; the legal term starts then and the aanvraag is in the queue', async () => {
    const h = await huishoudenZonderAanvraag();
    const r = await registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!), NU);
    expect(r.nummer).toMatch(/^A-2026-\d{6}$/);
    const opgeslagen = await prisma.aanvraag.findUniqueOrThrow({ where: { id: r.id } });
    expect(opgeslagen).toMatchObject({
      huishoudenId: h.huishouden.id, casusId: h.casus.id, persoonId: h.persoon.id, wet: 'WMO', status: 'ONTVANGEN', schriftelijk: true,
      geregistreerdDoorId: w.opsteller.id, registratieReden: null, arrangementItemId: null, ontvangenOp: dag('2026-05-18'),
    });
    // The due date is the existing rule's, from the day of receipt — not from today.
    const gemeente = await prisma.gemeente.findUniqueOrThrow({ where: { id: w.gemeenteId } });
    const besluitdagen = await laadBesluitdagen(prisma);
    const verwacht = aanvraagTermijn({ wet: 'WMO', ontvangenOp: dag('2026-05-18'), opschortingen: [], verdagingDagen: null }, gemeente, NU, besluitdagen);
    expect(r.termijn.uiterlijk).toEqual(verwacht.uiterlijk);
    expect(r.termijn.uiterlijk).not.toEqual(aanvraagTermijn({ wet: 'WMO', ontvangenOp: dag('2026-05-20'), opschortingen: [], verdagingDagen: null }, gemeente, NU, besluitdagen).uiterlijk);
    const queue = await listAanvragen(w.opsteller, { pagina: 1, zoek: r.nummer });
    expect(queue.aanvragen.map((a) => [a.nummer, a.uiterlijk.toISOString().slice(0, 10)])).toEqual([[r.nummer, verwacht.uiterlijk.toISOString().slice(0, 10)]]);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: r.id, actie: 'AANVRAAG_AANGEMAAKT' } });
    expect(audit).toMatchObject({ actorId: w.opsteller.id, huishoudenId: h.huishouden.id, persoonId: h.persoon.id, context: 'aanvraag in behandeling' });
  });

  it(`needs a reason when the letter came more than ${ONTVANGST_ZONDER_REDEN_DAGEN} days ago, and refuses a date in the future`, async () => {
    const h = await huishoudenZonderAanvraag();
    const teLaat = await refusal(registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!, { ontvangenOp: dag('2026-05-14') }), NU));
    expect(teLaat.fieldErrors).toEqual({ reden: [SCHRIFTELIJK_REDENEN.redenNodig] });
    const toekomst = await refusal(registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!, { ontvangenOp: dag('2026-05-21') }), NU));
    expect(toekomst.fieldErrors).toEqual({ ontvangenOp: [SCHRIFTELIJK_REDENEN.inToekomst] });
    expect(await prisma.aanvraag.count({ where: { persoonId: h.persoon.id, schriftelijk: true } })).toBe(0);
    // Exactly the limit needs no reason; with a reason a later registration goes through and keeps it.
    await registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!, { ontvangenOp: dag('2026-05-15') }), NU);
    const metReden = await registerSchriftelijkeAanvraag(
      w.opsteller, invoer(h.persoon.bsn!, { productId: w.producten.dagbesteding.id, ontvangenOp: dag('2026-05-04'), reden: 'Brief lag bij de receptie van het stadhuis.' }), NU,
    );
    expect((await prisma.aanvraag.findUniqueOrThrow({ where: { id: metReden.id } })).registratieReden).toBe('Brief lag bij de receptie van het stadhuis.');
  });

  it('refuses an unknown BSN, a second open aanvraag for the same product, and a delivery form the product lacks — at the field', async () => {
    expect((await refusal(registerSchriftelijkeAanvraag(w.opsteller, invoer('111222333'), NU))).fieldErrors.bsn?.[0]).toContain('Er woont geen inwoner met dit BSN');
    const h = await createAanvraag(w, { ontvangenOp: dag('2026-05-11') }); // an open aanvraag for dagbesteding
    const dubbel = await refusal(registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!, { productId: w.producten.dagbesteding.id }), NU));
    expect(dubbel.code).toBe('CONFLICT');
    expect(dubbel.fieldErrors.productId?.[0]).toContain(h.aanvraag.nummer);
    await prisma.product.update({ where: { id: w.producten.begeleiding.id }, data: { leveringsvormen: ['ZIN'] } });
    try {
      expect((await refusal(registerSchriftelijkeAanvraag(w.opsteller, invoer(h.persoon.bsn!, { leveringsvorm: 'PGB' }), NU))).fieldErrors.leveringsvorm).toHaveLength(1);
    } finally {
      await prisma.product.update({ where: { id: w.producten.begeleiding.id }, data: { leveringsvormen: ['ZIN', 'PGB'] } });
    }
  });

  it('is for the backoffice only', async () => {
    const h = await huishoudenZonderAanvraag();
    await expect(registerSchriftelijkeAanvraag(w.coach, invoer(h.persoon.bsn!), NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(registerSchriftelijkeAanvraag(w.teamlead, invoer(h.persoon.bsn!), NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getSchriftelijkeAanvraagKeuzes(w.coach)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getSchriftelijkeAanvraagKeuzes(w.opsteller, NU)).producten.map((p) => p.code)).toEqual(['02A01', '07A12', '45A01']);
  });

  it('the database keeps a registrar and a reason to written aanvragen', async () => {
    const h = await createAanvraag(w);
    await expect(prisma.aanvraag.update({ where: { id: h.aanvraag.id }, data: { registratieReden: 'x' } })).rejects.toThrow(/Aanvraag_registratie_alleen_schriftelijk/);
  });
});
