// Bewaartermijnen (issue 8): closed dossiers past their term are anonymised, one transaction per household, with a
// dry run that changes nothing; frozen plan versions let the job through, and only the job.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { ANONIEM } from '@/lib/domain/bewaartermijn';
import { anonimiseerVerlopenDossiers, zoekVerlopenDossiers } from '@/lib/server/bewaartermijn/verlopen-dossiers';
import { actorFor, createCasus, createHuishouden, createPersoon, createUser } from '../support/factories';
import { createPlanWereld, type PlanWereld } from '../support/plan-factories';

const NOW = new Date('2026-11-23T10:00:00Z');
const jarenGeleden = (jaren: number) => new Date(Date.UTC(NOW.getUTCFullYear() - jaren, 5, 1));
const REFUSED = /vastgesteld|verandert niet meer/;

let w: PlanWereld;
let beheer: Actor;

beforeAll(async () => {
  w = await createPlanWereld();
  beheer = actorFor(await createUser(w.gemeenteId, ['BEHEERDER']));
  await prisma.bewaartermijn.createMany({
    data: [
      { gemeenteId: w.gemeenteId, wet: 'WMO', jaren: 15 },
      { gemeenteId: w.gemeenteId, wet: 'JEUGDWET', jaren: 20 },
      { gemeenteId: w.gemeenteId, wet: 'PARTICIPATIEWET', jaren: 10 },
    ],
  });
});

/** A household with one person and a dossier of every kind, its casus closed `gesloten` years ago (null: open). */
async function dossier(gesloten: number | null, naam = 'Jansen') {
  const { gemeenteId } = w;
  const persoon = await createPersoon(gemeenteId, { voornamen: 'Jan', achternaam: naam, bsn: String(100000000 + Math.floor(Math.random() * 899999999)), geboortedatum: new Date('1970-08-14') });
  await prisma.persoon.update({ where: { id: persoon.id }, data: { telefoon: '0612345678', email: 'jan@example.test' } });
  const huishouden = await createHuishouden(gemeenteId, [{ persoonId: persoon.id }]);
  const casus = await createCasus(gemeenteId, huishouden.id, gesloten === null ? 'PLAN' : 'AFGESLOTEN');
  if (gesloten !== null) await prisma.casus.update({ where: { id: casus.id }, data: { afgeslotenOp: jarenGeleden(gesloten), afsluitreden: 'Jan is verhuisd naar zijn zus' } });
  const melding = await prisma.melding.create({
    data: {
      gemeenteId, kenmerk: `M-T-${crypto.randomUUID().slice(0, 8)}`, kanaal: 'TELEFOON', naam: `Jan ${naam}`, vraag: 'Jan redt het niet meer met de schulden',
      geboortedatum: new Date('1970-08-14'), postcode: '1781AB', huisnummer: 12, telefoon: '0612345678', melderNaam: 'Buurvrouw Els',
      huishoudenId: huishouden.id, casusId: casus.id, ontvangenOp: jarenGeleden(20),
    },
  });
  const gesprek = await prisma.gesprek.create({
    data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, datum: jarenGeleden(20), plaats: 'Thuis bij Jan', voerderId: w.coach.id, samenvatting: 'Jan vertelt over zijn schulden' },
  });
  await prisma.gesprekLeefgebied.create({ data: { gesprekId: gesprek.id, leefgebiedId: w.leefgebieden.financien.id, label: 'Financiën', zorgen: 'Deurwaarder' } });
  await prisma.contactmoment.create({
    data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, soort: 'TELEFOON', datum: jarenGeleden(20), duurMinuten: 10, metWie: 'Jan', notitie: 'Jan belde over de huur', auteurId: w.coach.id },
  });
  await prisma.document.create({
    data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id, soort: 'VERSLAG', titel: 'Verslag Jan', mimeType: 'application/pdf', inhoud: new Uint8Array([37, 80, 68, 70]), grootte: 4, doorId: w.coach.id },
  });
  const plan = await prisma.ondersteuningsplan.create({ data: { gemeenteId, huishoudenId: huishouden.id, casusId: casus.id } });
  const versie = await prisma.planVersie.create({ data: { gemeenteId, planId: plan.id, versienummer: 1, opgesteldDoorId: w.coach.id, watGaatGoed: 'Jan kookt graag' } });
  const doel = await prisma.doel.create({
    data: { planVersieId: versie.id, leefgebiedId: w.leefgebieden.financien.id, label: 'Financiën', omschrijving: 'Jan heeft overzicht', horizon: 'EERSTE_STAP', zichtbaarAan: 'Post is open' },
  });
  await prisma.actie.create({ data: { planVersieId: versie.id, doelId: doel.id, wie: 'INWONER', wat: 'Jan opent de post' } });
  await prisma.planVersie.update({ where: { id: versie.id }, data: { status: 'VASTGESTELD' } });
  return { persoon, huishouden, casus, melding, gesprek, versie, doel };
}

describe('bewaartermijnen', () => {
  it('lists, anonymises and then skips a closed household past its term; leaves the others whole', async () => {
    const verlopen = await dossier(16, 'Verlopen');
    const binnenTermijn = await dossier(3, 'Binnentermijn');
    const open = await dossier(null, 'Open');
    const auditVoor = await prisma.auditEntry.count({ where: { gemeenteId: w.gemeenteId } });

    // Dry run: exactly the one household, with counts, and nothing changed.
    const lijst = await zoekVerlopenDossiers(beheer, NOW);
    expect(lijst.map((d) => d.huishoudenId)).toEqual([verlopen.huishouden.id]);
    expect(lijst[0]).toMatchObject({ termijnJaren: 15, casusnummers: [verlopen.casus.nummer], wetten: [] });
    expect(lijst[0].aantallen).toMatchObject({ personen: 1, meldingen: 1, gesprekken: 1, planversies: 1, documenten: 1, journaal: 1 });
    expect(lijst[0].termijnVerstrekenOp).toEqual(new Date(Date.UTC(NOW.getUTCFullYear() - 1, 5, 1)));
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: verlopen.persoon.id } })).achternaam).toBe('Verlopen');
    expect(await prisma.auditEntry.count({ where: { gemeenteId: w.gemeenteId } })).toBe(auditVoor);

    const verslag = await anonimiseerVerlopenDossiers(beheer, { now: NOW });
    expect(verslag.geanonimiseerd).toEqual([{ huishoudenId: verlopen.huishouden.id, casusnummers: [verlopen.casus.nummer], personen: 1 }]);

    const h = await prisma.huishouden.findUniqueOrThrow({ where: { id: verlopen.huishouden.id } });
    expect(h).toMatchObject({ naam: ANONIEM.naam, straat: ANONIEM.straat, huisnummer: 0, postcode: '1781ZZ', geanonimiseerdOp: NOW });
    const p = await prisma.persoon.findUniqueOrThrow({ where: { id: verlopen.persoon.id } });
    expect(p).toMatchObject({ bsn: null, voornamen: 'X', achternaam: ANONIEM.achternaam, tussenvoegsel: null, telefoon: null, email: null, geboortedatum: new Date('1970-01-01') });
    const m = await prisma.melding.findUniqueOrThrow({ where: { id: verlopen.melding.id } });
    expect(m).toMatchObject({ naam: ANONIEM.tekst, vraag: ANONIEM.tekst, melderNaam: null, telefoon: null, huisnummer: null, postcode: '1781ZZ', geboortedatum: new Date('1970-01-01') });
    expect(m.kenmerk).toBe(verlopen.melding.kenmerk); // dates, kenmerk and status stay for the rapportage
    expect(m.ontvangenOp).toEqual(jarenGeleden(20));
    expect(await prisma.gesprek.findUniqueOrThrow({ where: { id: verlopen.gesprek.id } })).toMatchObject({ plaats: ANONIEM.tekst, samenvatting: ANONIEM.tekst, afspraken: null });
    expect((await prisma.gesprekLeefgebied.findFirstOrThrow({ where: { gesprekId: verlopen.gesprek.id } })).zorgen).toBe(ANONIEM.tekst);
    expect(await prisma.contactmoment.findFirstOrThrow({ where: { huishoudenId: h.id } })).toMatchObject({ metWie: ANONIEM.tekst, notitie: ANONIEM.tekst, duurMinuten: 10 });
    const doc = await prisma.document.findFirstOrThrow({ where: { huishoudenId: h.id } });
    expect(doc).toMatchObject({ titel: ANONIEM.tekst, grootte: 0, soort: 'VERSLAG' });
    expect(doc.inhoud.length).toBe(0);
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: verlopen.versie.id } });
    expect(versie).toMatchObject({ watGaatGoed: ANONIEM.tekst, status: 'VASTGESTELD' });
    expect(await prisma.doel.findUniqueOrThrow({ where: { id: verlopen.doel.id } })).toMatchObject({ omschrijving: ANONIEM.tekst, zichtbaarAan: ANONIEM.tekst, label: 'Financiën' });
    expect((await prisma.actie.findFirstOrThrow({ where: { planVersieId: versie.id } })).wat).toBe(ANONIEM.tekst);
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: verlopen.casus.id } });
    expect(casus).toMatchObject({ afsluitreden: ANONIEM.tekst, fase: 'AFGESLOTEN', afgeslotenOp: jarenGeleden(16) });

    // One audit row for the household, with ids and counts but no names.
    const audit = await prisma.auditEntry.findMany({ where: { gemeenteId: w.gemeenteId, actie: 'HUISHOUDEN_GEANONIMISEERD' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ huishoudenId: h.id, actorId: beheer.id });
    expect(JSON.stringify(audit[0].after)).not.toMatch(/Verlopen|Jan/);

    // The others are whole.
    for (const other of [binnenTermijn, open]) {
      const oh = await prisma.huishouden.findUniqueOrThrow({ where: { id: other.huishouden.id } });
      expect(oh.geanonimiseerdOp).toBeNull();
      expect(oh.naam).toBe(other.huishouden.naam);
      expect((await prisma.persoon.findUniqueOrThrow({ where: { id: other.persoon.id } })).bsn).toBe(other.persoon.bsn);
      expect((await prisma.melding.findUniqueOrThrow({ where: { id: other.melding.id } })).vraag).toMatch(/schulden/);
      expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: other.versie.id } })).watGaatGoed).toBe('Jan kookt graag');
    }

    // Skipped afterwards: not in the dry run, not again in the job.
    expect(await zoekVerlopenDossiers(beheer, NOW)).toEqual([]);
    expect((await anonimiseerVerlopenDossiers(null, { gemeenteId: w.gemeenteId, now: NOW })).geanonimiseerd).toEqual([]);
    expect(await prisma.auditEntry.count({ where: { gemeenteId: w.gemeenteId, actie: 'HUISHOUDEN_GEANONIMISEERD' } })).toBe(1);
  });

  it('uses the longest term of the laws of the aanvragen (Jeugdwet 20 years keeps a 16-year-old dossier)', async () => {
    const d = await dossier(16, 'Jeugd');
    const product = await prisma.product.findFirstOrThrow({ where: { gemeenteId: w.gemeenteId, wet: 'JEUGDWET' } });
    await prisma.aanvraag.create({
      data: { gemeenteId: w.gemeenteId, huishoudenId: d.huishouden.id, casusId: d.casus.id, persoonId: d.persoon.id, productId: product.id, wet: 'JEUGDWET', nummer: `A-${crypto.randomUUID().slice(0, 8)}`, ontvangenOp: jarenGeleden(17) },
    });
    expect((await zoekVerlopenDossiers(beheer, NOW)).map((x) => x.huishoudenId)).not.toContain(d.huishouden.id);
    expect((await zoekVerlopenDossiers(beheer, new Date(Date.UTC(NOW.getUTCFullYear() + 5, 0, 1)))).map((x) => x.huishoudenId)).toContain(d.huishouden.id);
  });

  it('keeps the name of a person who still lives in another, live household', async () => {
    const d = await dossier(16, 'Verhuisd');
    await prisma.huishoudenLidmaatschap.updateMany({ where: { persoonId: d.persoon.id }, data: { tot: jarenGeleden(15) } });
    await createHuishouden(w.gemeenteId, [{ persoonId: d.persoon.id }]);
    const verslag = await anonimiseerVerlopenDossiers(beheer, { now: NOW });
    expect(verslag.geanonimiseerd.find((g) => g.huishoudenId === d.huishouden.id)).toMatchObject({ personen: 0 });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: d.persoon.id } })).achternaam).toBe('Verhuisd');
    expect((await prisma.huishouden.findUniqueOrThrow({ where: { id: d.huishouden.id } })).geanonimiseerdOp).toEqual(NOW);
  });

  it('refuses other roles', async () => {
    await expect(zoekVerlopenDossiers(w.coach, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(anonimiseerVerlopenDossiers(w.teamlead, { now: NOW })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('still refuses ordinary changes of a frozen plan version, and the anonymising session never changes its status', async () => {
    const d = await dossier(3, 'Bevroren');
    await expect(prisma.planVersie.update({ where: { id: d.versie.id }, data: { watGaatGoed: 'stiekem' } })).rejects.toThrow(REFUSED);
    await expect(prisma.doel.update({ where: { id: d.doel.id }, data: { omschrijving: 'stiekem' } })).rejects.toThrow(REFUSED);
    // The setting is LOCAL: it ends with its transaction.
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL wijkregie.anonimiseren = 'on'`);
      await tx.planVersie.update({ where: { id: d.versie.id }, data: { watGaatGoed: ANONIEM.tekst } });
    });
    await expect(prisma.planVersie.update({ where: { id: d.versie.id }, data: { watGaatGoed: 'stiekem' } })).rejects.toThrow(REFUSED);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL wijkregie.anonimiseren = 'on'`);
        await tx.planVersie.update({ where: { id: d.versie.id }, data: { status: 'CONCEPT' } });
      }),
    ).rejects.toThrow(REFUSED);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL wijkregie.anonimiseren = 'on'`);
        await tx.doel.delete({ where: { id: d.doel.id } });
      }),
    ).rejects.toThrow(REFUSED);
    // And the access log stays append-only, setting or not.
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL wijkregie.anonimiseren = 'on'`);
        await tx.auditEntry.updateMany({ where: { gemeenteId: w.gemeenteId }, data: { context: 'x' } });
      }),
    ).rejects.toThrow(/append-only/);
  });

  it('leaves the database satisfying its invariants: one open casus, constraints, no names left in the household', async () => {
    const d = await dossier(18, 'Invariant');
    await anonimiseerVerlopenDossiers(beheer, { now: NOW });
    const [{ schending }] = await prisma.$queryRaw<{ schending: bigint }[]>`
      SELECT count(*) AS schending FROM "Persoon" p JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = p."id"
      WHERE l."huishoudenId" = ${d.huishouden.id}::uuid AND (p."bsn" IS NOT NULL OR p."achternaam" <> ${ANONIEM.achternaam})`;
    expect(Number(schending)).toBe(0);
    // Every check constraint still holds for every row of its table.
    const constraints = await prisma.$queryRaw<{ tabel: string; def: string }[]>`
      SELECT conrelid::regclass::text AS tabel, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`;
    expect(constraints.length).toBeGreaterThan(10);
    for (const c of constraints) {
      const expr = c.def.replace(/^CHECK /, '').replace(/ NOT VALID$/, '');
      const [{ n }] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM ${c.tabel} WHERE NOT ${expr}`);
      expect(Number(n), `${c.tabel} ${c.def}`).toBe(0);
    }
    const [{ open }] = await prisma.$queryRaw<{ open: bigint }[]>`
      SELECT count(*) AS open FROM (SELECT "huishoudenId" FROM "Casus" WHERE "fase" <> 'AFGESLOTEN' GROUP BY 1 HAVING count(*) > 1) x`;
    expect(Number(open)).toBe(0);
  });
});

describe('the daily job on pg-boss', () => {
  it('schedules the retention job at 03:00 Amsterdam time and works it', async () => {
    const { startBewaartermijnWorker, BEWAARTERMIJN_JOB } = await import('@/lib/server/bewaartermijn/job');
    const boss = await startBewaartermijnWorker();
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron, (s as { timezone?: string }).timezone])).toEqual([[BEWAARTERMIJN_JOB, '0 3 * * *', 'Europe/Amsterdam']]);
      // A job sent now is picked up by the worker and runs the use case for every gemeente.
      const d = await dossier(30, 'Nachtjob');
      const jobId = await boss.send(BEWAARTERMIJN_JOB, {});
      await expect.poll(async () => (await boss.getJobById(BEWAARTERMIJN_JOB, jobId!))?.state, { timeout: 15_000 }).toBe('completed');
      expect((await prisma.huishouden.findUniqueOrThrow({ where: { id: d.huishouden.id } })).geanonimiseerdOp).not.toBeNull();
      const audit = await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'HUISHOUDEN_GEANONIMISEERD', huishoudenId: d.huishouden.id } });
      expect(audit).toMatchObject({ actorId: null, context: 'Bewaartermijn verstreken (dagelijkse taak)' });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 30_000);
});
