// Issue 23: the due date of an open aanvraag without an open opschorting is stored on the aanvraag (Aanvraag.uiterlijk)
// so that the backoffice queue reads it through an index instead of computing every open aanvraag's per request.
// Triggers keep it (prisma/migrations/20261208200000_aanvraag_uiterlijk_opgeslagen); these tests hold the stored date to
// the domain's dueDate (aanvraagTermijn) after every kind of change that moves it: the aanvraag itself, its
// opschortingen, the gemeente's terms and the Besluitdagen — and NULL while paused or closed.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prisma } from '@/lib/db';
import { aanvraagTermijn, isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { BESLUITDAGEN_2026_2028 } from '@/lib/domain/termijnwet';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { toCalendarDay } from '@/lib/domain/dates';
import { vergelijkWachtrij } from '@/lib/domain/aanvraag-termijn';
import { listAanvragen, PAGINA_GROOTTE } from '@/lib/server/aanvraag/list-aanvragen';
import { createAanvraag, createBeschikkingWereld, dag, type BeschikkingWereld } from '../support/beschikking-factories';

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** What is stored, and what the domain says it must be (null while paused or closed). */
async function opgeslagenEnVerwacht(aanvraagId: string) {
  const a = await prisma.aanvraag.findUniqueOrThrow({
    where: { id: aanvraagId },
    select: { uiterlijk: true, uiterlijkMinstens: true, uiterlijkMinstensOp: true, wet: true, status: true, ontvangenOp: true, verdagingDagen: true, gemeenteId: true, opschortingen: { select: { van: true, tot: true } } },
  });
  const settings = await prisma.gemeente.findUniqueOrThrow({ where: { id: a.gemeenteId }, select: { wmoBeschikkingTermijnDagen: true, awbBeschikkingTermijnDagen: true } });
  const besluitdagen = await laadBesluitdagen(prisma);
  const gepauzeerd = a.opschortingen.some((o) => o.tot === null);
  const verwacht = !isOpenAanvraag(a.status) || gepauzeerd ? null : aanvraagTermijn(a, settings, new Date(), besluitdagen).uiterlijk;
  // While paused: the due date as on the day it was computed (today, in Amsterdam), a lower bound for later days.
  const minstensOp = isOpenAanvraag(a.status) && gepauzeerd ? toCalendarDay(new Date()) : null;
  const minstens = minstensOp ? aanvraagTermijn(a, settings, new Date(minstensOp.getTime() + 12 * 3_600_000), besluitdagen).uiterlijk : null;
  expect({ minstens: iso(a.uiterlijkMinstens), op: iso(a.uiterlijkMinstensOp) }).toEqual({ minstens: iso(minstens), op: iso(minstensOp) });
  return { opgeslagen: iso(a.uiterlijk), verwacht: iso(verwacht) };
}

async function expectKlopt(aanvraagId: string) {
  const { opgeslagen, verwacht } = await opgeslagenEnVerwacht(aanvraagId);
  expect(opgeslagen).toBe(verwacht);
  return opgeslagen;
}

describe('Aanvraag.uiterlijk: the stored due date follows every change', () => {
  let w: BeschikkingWereld;
  beforeAll(async () => {
    w = await createBeschikkingWereld();
  });

  const opschorting = (aanvraagId: string, van: string, tot: string | null) =>
    prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId, van: dag(van), tot: tot ? dag(tot) : null, reden: 'Wachten op informatie', doorId: w.opsteller.id } });

  it('is set on insert and follows the aanvraag: start, wet, verdaging, status', async () => {
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16'); // Wmo: 14 days
    await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { verdaagdOp: dag('2026-03-10'), verdagingDagen: 21 } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-04-06');
    await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { ontvangenOp: dag('2026-03-09') } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-04-13');
    await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { wet: 'JEUGDWET' } }); // 56 days
    expect(await expectKlopt(aanvraag.id)).toBe('2026-05-25');
    await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { status: 'BESCHIKT' } });
    expect(await expectKlopt(aanvraag.id)).toBeNull();
    await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { status: 'IN_BEHANDELING' } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-05-25');
  });

  it('follows its opschortingen: a closed one moves it, an open one pauses it (NULL), closing and deleting move it back', async () => {
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    const eerste = await opschorting(aanvraag.id, '2026-03-04', '2026-03-09');
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-23'); // 5 days on, a Saturday, so Monday
    const open = await opschorting(aanvraag.id, '2026-03-20', null);
    expect(await expectKlopt(aanvraag.id)).toBeNull();
    await prisma.opschorting.update({ where: { id: open.id }, data: { tot: dag('2026-03-25') } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-26');
    await prisma.opschorting.delete({ where: { id: open.id } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-23');
    // An opschorting moved to another aanvraag: both follow.
    const { aanvraag: ander } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    await prisma.opschorting.update({ where: { id: eerste.id }, data: { aanvraagId: ander.id } });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16');
    expect(await expectKlopt(ander.id)).toBe('2026-03-23');
    await prisma.opschorting.deleteMany({ where: { aanvraagId: ander.id } });
    expect(await expectKlopt(ander.id)).toBe('2026-03-16');
  });

  it('follows the gemeente\'s own terms, for its open aanvragen only', async () => {
    const eigen = await createBeschikkingWereld();
    const { aanvraag: wmo } = await createAanvraag(eigen, { ontvangenOp: dag('2026-03-02') });
    const { aanvraag: jeugd } = await createAanvraag(eigen, { ontvangenOp: dag('2026-03-02'), product: eigen.producten.jeugdhulp });
    const { aanvraag: beschikt } = await createAanvraag(eigen, { ontvangenOp: dag('2026-03-02'), status: 'BESCHIKT' });
    const { aanvraag: elders } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    await prisma.gemeente.update({ where: { id: eigen.gemeenteId }, data: { wmoBeschikkingTermijnDagen: 10, awbBeschikkingTermijnDagen: 30 } });
    expect(await expectKlopt(wmo.id)).toBe('2026-03-12');
    expect(await expectKlopt(jeugd.id)).toBe('2026-04-01');
    expect(await expectKlopt(beschikt.id)).toBeNull();
    expect(await expectKlopt(elders.id)).toBe('2026-03-16');
  });

  it('follows the Besluitdagen that beheer adds, changes and removes', async () => {
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16');
    const besluit = await prisma.besluitdag.create({ data: { datum: dag('2026-03-16'), naam: 'Testdag', bron: 'Test' } });
    try {
      expect(await expectKlopt(aanvraag.id)).toBe('2026-03-17');
      await prisma.besluitdag.update({ where: { id: besluit.id }, data: { datum: dag('2026-03-17') } });
      expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16');
      await prisma.besluitdag.update({ where: { id: besluit.id }, data: { datum: dag('2026-03-16') } });
      expect(await expectKlopt(aanvraag.id)).toBe('2026-03-17');
    } finally {
      await prisma.besluitdag.delete({ where: { id: besluit.id } });
    }
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16');
    expect(BESLUITDAGEN_2026_2028.map((b): string => b.datum)).not.toContain('2026-03-16');
  });

  it('cannot be written by hand: a write of the column is recomputed', async () => {
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-03-02') });
    await prisma.$executeRaw`UPDATE "Aanvraag" SET "uiterlijk" = '2000-01-01' WHERE "id" = ${aanvraag.id}::uuid`;
    expect(await expectKlopt(aanvraag.id)).toBe('2026-03-16');
  });

  it('equals the domain after generated sequences of changes', async () => {
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-01-05') });
    const stap = fc.oneof(
      fc.record({ soort: fc.constant('start' as const), dagen: fc.integer({ min: 0, max: 400 }) }),
      fc.record({ soort: fc.constant('verdaging' as const), dagen: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }) }),
      fc.record({ soort: fc.constant('status' as const), status: fc.constantFrom('ONTVANGEN' as const, 'IN_BEHANDELING' as const, 'OPGESCHORT' as const, 'BESCHIKT' as const, 'INGETROKKEN' as const) }),
      fc.record({ soort: fc.constant('opschorting' as const), van: fc.integer({ min: -10, max: 80 }), duur: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }) }),
      fc.record({ soort: fc.constant('sluit' as const), duur: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ soort: fc.constant('wis' as const) }),
      fc.record({ soort: fc.constant('termijn' as const), wmo: fc.integer({ min: 1, max: 60 }), awb: fc.integer({ min: 1, max: 80 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(stap, { minLength: 1, maxLength: 6 }), async (stappen) => {
        for (const s of stappen) {
          const a = await prisma.aanvraag.findUniqueOrThrow({ where: { id: aanvraag.id }, select: { ontvangenOp: true } });
          if (s.soort === 'start') await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { ontvangenOp: new Date(dag('2026-01-05').getTime() + s.dagen * 86_400_000) } });
          if (s.soort === 'verdaging') await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { verdaagdOp: s.dagen ? a.ontvangenOp : null, verdagingDagen: s.dagen } });
          if (s.soort === 'status') await prisma.aanvraag.update({ where: { id: aanvraag.id }, data: { status: s.status } });
          if (s.soort === 'opschorting') {
            const van = new Date(a.ontvangenOp.getTime() + s.van * 86_400_000);
            await prisma.opschorting.create({ data: { gemeenteId: w.gemeenteId, aanvraagId: aanvraag.id, van, tot: s.duur === null ? null : new Date(van.getTime() + s.duur * 86_400_000), reden: 'Test', doorId: w.opsteller.id } });
          }
          if (s.soort === 'sluit') {
            const open = await prisma.opschorting.findMany({ where: { aanvraagId: aanvraag.id, tot: null } });
            for (const o of open) await prisma.opschorting.update({ where: { id: o.id }, data: { tot: new Date(o.van.getTime() + s.duur * 86_400_000) } });
          }
          if (s.soort === 'wis') await prisma.opschorting.deleteMany({ where: { aanvraagId: aanvraag.id } });
          if (s.soort === 'termijn') await prisma.gemeente.update({ where: { id: w.gemeenteId }, data: { wmoBeschikkingTermijnDagen: s.wmo, awbBeschikkingTermijnDagen: s.awb } });
          await expectKlopt(aanvraag.id);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('pages a long queue with paused aanvragen as the domain orders it: a paused one past the page keeps its lower bound, counted, not shown', async () => {
    const eigen = await createBeschikkingWereld();
    const nu = new Date();
    const vandaag = toCalendarDay(nu);
    const DAG = 86_400_000;
    const besluitdagen = await laadBesluitdagen(prisma);
    const settings = { wmoBeschikkingTermijnDagen: 14, awbBeschikkingTermijnDagen: 56 };
    const alle = [];
    // 40 not paused spread over the last weeks, 12 paused: paused long ago, recently, and paused after the term ran out.
    for (let i = 0; i < 52; i++) {
      const start = new Date(vandaag.getTime() - ((i * 7) % 60) * DAG);
      const { aanvraag } = await createAanvraag(eigen, { ontvangenOp: start, product: i % 5 === 0 ? eigen.producten.jeugdhulp : undefined });
      const opschortingen = [];
      if (i >= 40) {
        const van = new Date(start.getTime() + ((i * 3) % 25) * DAG);
        opschortingen.push({ van: van > vandaag ? vandaag : van, tot: null });
        await prisma.opschorting.create({ data: { gemeenteId: eigen.gemeenteId, aanvraagId: aanvraag.id, van: opschortingen[0].van, tot: null, reden: 'Test', doorId: eigen.opsteller.id } });
        // As if the lower bound had been computed some days ago: still a lower bound, still pruned or not correctly.
        if (i % 2 === 0) await prisma.$executeRaw`ALTER TABLE "Aanvraag" DISABLE TRIGGER "Aanvraag_uiterlijk"`.then(() =>
          prisma.$executeRaw`UPDATE "Aanvraag" SET "uiterlijkMinstensOp" = "uiterlijkMinstensOp" - 3, "uiterlijkMinstens" = aanvraag_uiterlijk("id", "ontvangenOp", 14, 0, "uiterlijkMinstensOp" - 3) WHERE "id" = ${aanvraag.id}::uuid AND "wet" = 'WMO'`).finally(() =>
          prisma.$executeRaw`ALTER TABLE "Aanvraag" ENABLE TRIGGER "Aanvraag_uiterlijk"`);
      }
      const termijn = aanvraagTermijn({ wet: aanvraag.wet, ontvangenOp: start, verdagingDagen: null, opschortingen }, settings, nu, besluitdagen);
      alle.push({ id: aanvraag.id, nummer: aanvraag.nummer, ontvangenOp: start, uiterlijk: termijn.uiterlijk, termijn });
    }
    const volgorde = [...alle].sort(vergelijkWachtrij).map((a) => a.id);
    for (const pagina of [1, 2, 3]) {
      const r = await listAanvragen(eigen.opsteller, { pagina }, nu);
      expect(r.aanvragen.map((a) => a.id)).toEqual(volgorde.slice((pagina - 1) * PAGINA_GROOTTE, pagina * PAGINA_GROOTTE));
      expect(r.tellingen.opgeschort).toBe(12);
      expect(r.tellingen.open).toBe(52);
    }
    const opgeschort = await listAanvragen(eigen.opsteller, { pagina: 1, termijn: 'opgeschort' }, nu);
    expect(opgeschort.aanvragen.map((a) => a.id)).toEqual([...alle].filter((a) => a.termijn.opgeschort).sort(vergelijkWachtrij).map((a) => a.id));
  });
});
