// "A vastgesteld version never changes": the database itself refuses it (migration
// 20261122800000_plan_vastgesteld_onveranderlijk), whatever the code above it does.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { PlanStatus } from '@/lib/generated/prisma/enums';
import { createPlanWereld, createHuishoudenInRegie, type PlanWereld } from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

const REFUSED = /vastgesteld|verandert niet meer/;

/** A plan version in `status` with one part of each kind, written the way a vaststellen leaves it. */
async function versieMet(status: PlanStatus) {
  const h = await createHuishoudenInRegie(w);
  const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id } });
  const versie = await prisma.planVersie.create({ data: { gemeenteId: w.gemeenteId, planId: plan.id, versienummer: 1, opgesteldDoorId: w.coach.id } });
  const doel = await prisma.doel.create({
    data: { planVersieId: versie.id, leefgebiedId: w.leefgebieden.financien.id, label: 'Financiën', omschrijving: 'Overzicht', horizon: 'EERSTE_STAP', zichtbaarAan: 'Budget' },
  });
  const actie = await prisma.actie.create({ data: { planVersieId: versie.id, doelId: doel.id, wie: 'INWONER', wat: 'Post verzamelen' } });
  const vraag = await prisma.planVraag.create({ data: { planVersieId: versie.id, leefgebiedId: w.leefgebieden.financien.id, label: 'Financiën', tekst: 'Geld' } });
  const item = await prisma.arrangementItem.create({ data: { planVersieId: versie.id, soort: 'EIGEN_KRACHT', omschrijving: 'Zus helpt' } });
  if (status !== 'CONCEPT') await prisma.planVersie.update({ where: { id: versie.id }, data: { status } });
  return { versie, doel, actie, vraag, item, plan };
}

describe('a concept version', () => {
  it('can be changed freely, part by part', async () => {
    const { versie, doel, actie, vraag, item } = await versieMet('CONCEPT');
    await prisma.planVersie.update({ where: { id: versie.id }, data: { watGaatGoed: 'Veel' } });
    await prisma.doel.update({ where: { id: doel.id }, data: { omschrijving: 'Anders' } });
    await prisma.actie.update({ where: { id: actie.id }, data: { wat: 'Iets anders' } });
    await prisma.planVraag.delete({ where: { id: vraag.id } });
    await prisma.arrangementItem.delete({ where: { id: item.id } });
    await prisma.doel.create({ data: { planVersieId: versie.id, leefgebiedId: w.leefgebieden.netwerk.id, label: 'Netwerk', omschrijving: 'Nieuw', horizon: 'EEN_JAAR', zichtbaarAan: 'x' } });
    expect(await prisma.doel.count({ where: { planVersieId: versie.id } })).toBe(2);
  });
});

describe.each<PlanStatus>(['VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN'])('a version that is %s', (status) => {
  it('refuses a change of its content columns', async () => {
    const { versie } = await versieMet(status);
    await expect(prisma.planVersie.update({ where: { id: versie.id }, data: { watGaatGoed: 'stiekem anders' } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVersie.update({ where: { id: versie.id }, data: { monitorDoorId: w.collega.id } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVersie.update({ where: { id: versie.id }, data: { akkoordInwonerOp: new Date() } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVersie.delete({ where: { id: versie.id } })).rejects.toThrow(REFUSED);
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: versie.id } })).watGaatGoed).toBeNull();
  });

  it('refuses adding, changing or removing any of its parts', async () => {
    const { versie, doel, actie, vraag, item } = await versieMet(status);
    const l = w.leefgebieden.financien;
    await expect(prisma.doel.create({ data: { planVersieId: versie.id, leefgebiedId: l.id, label: 'x', omschrijving: 'x', horizon: 'EEN_JAAR', zichtbaarAan: 'x' } })).rejects.toThrow(REFUSED);
    await expect(prisma.doel.update({ where: { id: doel.id }, data: { omschrijving: 'anders' } })).rejects.toThrow(REFUSED);
    await expect(prisma.actie.create({ data: { planVersieId: versie.id, wie: 'NETWERK', wat: 'x' } })).rejects.toThrow(REFUSED);
    await expect(prisma.actie.update({ where: { id: actie.id }, data: { wat: 'anders' } })).rejects.toThrow(REFUSED);
    await expect(prisma.actie.delete({ where: { id: actie.id } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVraag.create({ data: { planVersieId: versie.id, leefgebiedId: l.id, label: 'x', tekst: 'x' } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVraag.update({ where: { id: vraag.id }, data: { tekst: 'anders' } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVraag.deleteMany({ where: { planVersieId: versie.id } })).rejects.toThrow(REFUSED);
    await expect(prisma.arrangementItem.create({ data: { planVersieId: versie.id, soort: 'NETWERK', omschrijving: 'x' } })).rejects.toThrow(REFUSED);
    await expect(prisma.arrangementItem.update({ where: { id: item.id }, data: { omschrijving: 'anders' } })).rejects.toThrow(REFUSED);
    await expect(prisma.arrangementItem.delete({ where: { id: item.id } })).rejects.toThrow(REFUSED);
    // Moving a part into a vastgestelde version is adding it there.
    const concept = await versieMet('CONCEPT');
    await expect(prisma.doel.update({ where: { id: concept.doel.id }, data: { planVersieId: versie.id } })).rejects.toThrow(REFUSED);
    expect(await prisma.doel.count({ where: { planVersieId: versie.id } })).toBe(1);
    expect(await prisma.arrangementItem.count({ where: { planVersieId: versie.id } })).toBe(1);
  });

  it('allows the progress of an action (Actie.status alone) and a moved evaluation date', async () => {
    const { versie, actie } = await versieMet(status);
    await prisma.actie.update({ where: { id: actie.id }, data: { status: 'GEDAAN' } });
    await expect(prisma.actie.update({ where: { id: actie.id }, data: { status: 'BEZIG', uiterlijk: new Date() } })).rejects.toThrow(REFUSED);
    await prisma.planVersie.update({ where: { id: versie.id }, data: { evaluatieDatum: new Date('2027-03-01'), version: { increment: 1 } } });
    const na = await prisma.actie.findUniqueOrThrow({ where: { id: actie.id } });
    expect(na.status).toBe('GEDAAN');
  });

  it('never goes back to concept or ter akkoord', async () => {
    const { versie } = await versieMet(status);
    await expect(prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'CONCEPT' } })).rejects.toThrow(REFUSED);
    await expect(prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'TER_AKKOORD' } })).rejects.toThrow(REFUSED);
  });
});

describe('status moves between the fixed states', () => {
  it('are allowed: vastgesteld, in uitvoering, geëvalueerd, vervangen', async () => {
    const { versie } = await versieMet('VASTGESTELD');
    for (const status of ['IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN'] as const) {
      await prisma.planVersie.update({ where: { id: versie.id }, data: { status, version: { increment: 1 } } });
    }
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: versie.id } })).status).toBe('VERVANGEN');
  });
});

describe('a version born vastgesteld (a bulk import such as the demo seed)', () => {
  it('may get its parts in the transaction that creates it, and not afterwards', async () => {
    const h = await createHuishoudenInRegie(w);
    const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id } });
    const versieId = crypto.randomUUID();
    await prisma.$transaction(async (tx) => {
      await tx.planVersie.create({ data: { id: versieId, gemeenteId: w.gemeenteId, planId: plan.id, versienummer: 1, status: 'IN_UITVOERING', opgesteldDoorId: w.coach.id } });
      await tx.doel.createMany({ data: [{ planVersieId: versieId, leefgebiedId: w.leefgebieden.financien.id, label: 'Financiën', omschrijving: 'x', horizon: 'EERSTE_STAP', zichtbaarAan: 'x' }] });
      await tx.actie.createMany({ data: [{ planVersieId: versieId, wie: 'INWONER', wat: 'x' }] });
    });
    expect(await prisma.doel.count({ where: { planVersieId: versieId } })).toBe(1);
    await expect(prisma.actie.create({ data: { planVersieId: versieId, wie: 'INWONER', wat: 'later erbij' } })).rejects.toThrow(REFUSED);
  });
});
