// DOMAIN.md §3: the household invariants hold in the database itself, whatever the code above it does.
import { describe, expect, it, beforeAll } from 'vitest';
import { prisma } from '@/lib/db';
import { createCasus, createGemeente, createHuishouden, createPersoon, createUser } from '../support/factories';

let gemeenteId: string;
let userId: string;

beforeAll(async () => {
  const gemeente = await createGemeente();
  gemeenteId = gemeente.id;
  userId = (await createUser(gemeenteId, ['TEAMLEAD'])).id;
});

describe('rule 1: a person is in at most one current household', () => {
  it('refuses a second current membership and allows it once the first has ended', async () => {
    const persoon = await createPersoon(gemeenteId);
    await createHuishouden(gemeenteId, [{ persoonId: persoon.id }]);
    await expect(createHuishouden(gemeenteId, [{ persoonId: persoon.id }])).rejects.toThrow(/Unique constraint/);

    await prisma.huishoudenLidmaatschap.updateMany({ where: { persoonId: persoon.id }, data: { tot: new Date() } });
    await expect(createHuishouden(gemeenteId, [{ persoonId: persoon.id }])).resolves.toBeTruthy();
    expect(await prisma.huishoudenLidmaatschap.count({ where: { persoonId: persoon.id } })).toBe(2);
  });
});

describe('rule 1: a household has at most one open casus', () => {
  it('refuses a second open casus but allows any number of closed ones', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    await createCasus(gemeenteId, huishouden.id, 'AFGESLOTEN');
    await createCasus(gemeenteId, huishouden.id, 'AFGESLOTEN');
    await createCasus(gemeenteId, huishouden.id, 'TRIAGE');
    await expect(createCasus(gemeenteId, huishouden.id, 'PLAN')).rejects.toThrow(/Unique constraint/);
  });

  it('refuses a closed casus without a closing date', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'TRIAGE');
    await expect(prisma.casus.update({ where: { id: casus.id }, data: { fase: 'AFGESLOTEN' } })).rejects.toThrow(
      /Casus_afgesloten_heeft_datum|check constraint/i,
    );
  });
});

describe('rule 2: at most one current ondersteuningsplan', () => {
  it('refuses a second current plan for the same household', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'PLAN');
    const data = { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id };
    await prisma.ondersteuningsplan.create({ data: { ...data, actueel: false } });
    await prisma.ondersteuningsplan.create({ data: { ...data, actueel: true } });
    await expect(prisma.ondersteuningsplan.create({ data: { ...data, actueel: true } })).rejects.toThrow(/Unique constraint/);
  });
});

describe('rule 3: at most one lead regisseur', () => {
  it('refuses a second current lead but allows a non-lead beside it and a lead after the first ended', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'PLAN');
    const regisseur = await createUser(gemeenteId, ['WIJKCOACH']);
    const base = { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, regisseurId: regisseur.id, reden: 'test', toegewezenDoorId: userId };
    const first = await prisma.regieToewijzing.create({ data: { ...base, vorm: 'PROCESREGIE', lead: true } });
    await prisma.regieToewijzing.create({ data: { ...base, vorm: 'CASUSREGIE', lead: false } });
    await expect(prisma.regieToewijzing.create({ data: { ...base, vorm: 'CASUSREGIE', lead: true } })).rejects.toThrow(/Unique constraint/);

    await prisma.regieToewijzing.update({ where: { id: first.id }, data: { tot: new Date(), eindreden: 'overgedragen' } });
    await expect(prisma.regieToewijzing.create({ data: { ...base, vorm: 'PROCESREGIE', lead: true } })).resolves.toBeTruthy();
  });
});

describe('rule 3: regie only while the casus is open', () => {
  /** The refusal of migration 20261210100000_regie_in_open_casus, by its hint or its message. */
  const REGIE_IN_OPEN_CASUS = /RegieToewijzing_in_open_casus|afgesloten casus heeft geen lopende regie/;
  const regie = async (casusId: string, huishoudenId: string) => {
    const regisseur = await createUser(gemeenteId, ['WIJKCOACH']);
    return { gemeenteId, huishoudenId, casusId, regisseurId: regisseur.id, reden: 'test', toegewezenDoorId: userId, vorm: 'CASUSREGIE' as const, lead: true };
  };

  it('refuses to close a casus while its regie runs, and closes it with the regie ended in the same transaction', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'PLAN');
    const toewijzing = await prisma.regieToewijzing.create({ data: await regie(casus.id, huishouden.id) });
    const sluit = { fase: 'AFGESLOTEN' as const, afgeslotenOp: new Date() };
    await expect(prisma.casus.update({ where: { id: casus.id }, data: sluit })).rejects.toThrow(REGIE_IN_OPEN_CASUS);
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).fase).toBe('PLAN');

    // As sluitCasusAf does it: the fase first, then the regie ends; checked when the transaction commits.
    await prisma.$transaction(async (tx) => {
      await tx.casus.update({ where: { id: casus.id }, data: sluit });
      await tx.regieToewijzing.update({ where: { id: toewijzing.id }, data: { tot: new Date(), eindreden: 'Casus afgesloten' } });
    });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: casus.id } })).fase).toBe('AFGESLOTEN');
  });

  it('refuses a current regie in a closed casus, and refuses to start one again', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'AFGESLOTEN');
    await expect(prisma.regieToewijzing.create({ data: await regie(casus.id, huishouden.id) })).rejects.toThrow(REGIE_IN_OPEN_CASUS);
    const beeindigd = await prisma.regieToewijzing.create({ data: { ...(await regie(casus.id, huishouden.id)), tot: new Date(), eindreden: 'Casus afgesloten' } });
    await expect(prisma.regieToewijzing.update({ where: { id: beeindigd.id }, data: { tot: null } })).rejects.toThrow(REGIE_IN_OPEN_CASUS);
  });
});

describe('other rules the database keeps', () => {
  it('refuses a beschikking vastgesteld by the person who drafted it (four eyes)', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const persoon = await createPersoon(gemeenteId);
    const drafter = await createUser(gemeenteId, ['BACKOFFICE']);
    await expect(
      prisma.beschikking.create({
        data: {
          gemeenteId, identificatie: `B-${crypto.randomUUID()}`, huishoudenId: huishouden.id, persoonId: persoon.id,
          wet: 'WMO', besluit: 'TOEKENNING', wettelijkeGrondslag: 'Wmo 2015 art. 2.3.5', motivering: 'test',
          opgesteldDoorId: drafter.id, vastgesteldDoorId: drafter.id, status: 'VASTGESTELD',
        },
      }),
    ).rejects.toThrow(/Beschikking_vier_ogen|check constraint/i);
  });

  it('refuses a maatwerk arrangement item that did not consider eigen kracht, netwerk and algemene voorzieningen', async () => {
    const huishouden = await createHuishouden(gemeenteId);
    const casus = await createCasus(gemeenteId, huishouden.id, 'PLAN');
    const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id } });
    const versie = await prisma.planVersie.create({ data: { gemeenteId, planId: plan.id, versienummer: 1, opgesteldDoorId: userId } });
    const product = await prisma.product.create({
      data: { gemeenteId, wet: 'WMO', categorie: '07', code: '07A12', naam: 'Dagbesteding', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN'], actiefVan: new Date('2026-01-01') },
    });
    await expect(
      prisma.arrangementItem.create({ data: { planVersieId: versie.id, soort: 'MAATWERK', omschrijving: 'Dagbesteding', productId: product.id, eigenKrachtOverwogen: true } }),
    ).rejects.toThrow(/ArrangementItem_voorliggend_overwogen|check constraint/i);
  });

  it('refuses to change or delete a row of the access log', async () => {
    const entry = await prisma.auditEntry.create({ data: { gemeenteId, actie: 'READ', entiteit: 'Huishouden' } });
    await expect(prisma.auditEntry.update({ where: { id: entry.id }, data: { actie: 'X' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    expect(await prisma.auditEntry.count({ where: { id: entry.id } })).toBe(1);
  });

  it('refuses a BSN that is not nine digits', async () => {
    await expect(createPersoon(gemeenteId, { bsn: '12345' })).rejects.toThrow(/Persoon_bsn_formaat|check constraint/i);
  });
});
