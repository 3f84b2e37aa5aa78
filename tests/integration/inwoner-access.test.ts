// Issue 21, need-to-know for residents: the SQL form for lists (inwonerPersoonSql, via zichtbarePersonen) and the
// check for single reads (inwonerMaySeePersoon) agree on the whole demo; a parent without gezag does not see a child's
// part, a child of 16 or older has a part of their own, a person who moved out loses access at once; and the
// resident's writes (akkoord online, progress) refuse anything outside their household as not found.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { INWONER_RATE_LIMIT } from '@/lib/domain/inwoner';
import { DomainError } from '@/lib/errors';
import { findInwoner, inwonerMaySeePersoon, zichtbarePersonen } from '@/lib/server/access/inwoner-access';
import { geefPlanReactie } from '@/lib/server/inwoner/geef-plan-reactie';
import { getMijnPlan } from '@/lib/server/inwoner/get-mijn-plan';
import { schrijfDoelVoortgang } from '@/lib/server/inwoner/schrijf-doel-voortgang';
import { seedDemo } from '@/prisma/seed';

let gemeenteId: string;
const today = toCalendarDay(new Date());
const yearsAgo = (n: number, days = 0) => addCalendarDays(new Date(Date.UTC(today.getUTCFullYear() - n, today.getUTCMonth(), today.getUTCDate())), days);

async function inwonerVan(persoonId: string): Promise<InwonerActor> {
  const p = await prisma.persoon.findUniqueOrThrow({ where: { id: persoonId }, select: { bsn: true } });
  const found = await findInwoner(gemeenteId, p.bsn!);
  if (!('inwoner' in found)) throw new Error(`geen inwoner: ${found.weigering}`);
  return found.inwoner;
}

const refusedAs = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
};

/** A household with two parents (both with gezag) and a child under 16, from the demo (with a plan being written). */
async function gezinMetJongKind(metOpenPlan = false) {
  const [row] = await prisma.$queryRaw<{ huishoudenId: string; kind: string; ouders: string[] }[]>`
    SELECT l."huishoudenId", k."id" AS kind, array_agg(v."vertegenwoordigerId" ORDER BY v."vertegenwoordigerId") AS ouders
    FROM "Persoon" k
    JOIN "HuishoudenLidmaatschap" l ON l."persoonId" = k."id" AND l."tot" IS NULL
    JOIN "Vertegenwoordiging" v ON v."persoonId" = k."id" AND v."soort" = 'GEZAG'
    JOIN "HuishoudenLidmaatschap" lo ON lo."persoonId" = v."vertegenwoordigerId" AND lo."tot" IS NULL AND lo."huishoudenId" = l."huishoudenId"
    WHERE k."geboortedatum" > ${yearsAgo(14)}::date
      AND (NOT ${metOpenPlan} OR EXISTS (SELECT 1 FROM "Ondersteuningsplan" o JOIN "PlanVersie" pv ON pv."planId" = o."id"
                                        WHERE o."huishoudenId" = l."huishoudenId" AND o."actueel" AND pv."status" IN ('CONCEPT', 'TER_AKKOORD')))
    GROUP BY l."huishoudenId", k."id" HAVING count(*) = 2
    ORDER BY k."id" LIMIT 1`;
  if (!row) throw new Error('geen gezin met een jong kind en twee ouders met gezag in de demo');
  return row;
}

beforeAll(async () => {
  ({ gemeenteId } = await seedDemo(prisma, { today: new Date() }));
}, 120_000);

describe('inwonerPersoonSql and inwonerMaySeePersoon agree', () => {
  it('for every adult resident of 60 demo households, over everyone who ever lived there and a few outside', async () => {
    const leden = await prisma.huishoudenLidmaatschap.findMany({
      where: { tot: null, rol: { in: ['HOOFDBEWONER', 'PARTNER'] }, persoon: { bsn: { not: null } } },
      select: { persoonId: true, huishoudenId: true }, orderBy: { persoonId: 'asc' }, take: 60,
    });
    const buiten = (await prisma.persoon.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 3 })).map((p) => p.id);
    let kinderenGezien = 0;
    for (const lid of leden) {
      const inwoner = await inwonerVan(lid.persoonId);
      const sql = new Set(await zichtbarePersonen(inwoner));
      const kandidaten = [...new Set([
        ...(await prisma.huishoudenLidmaatschap.findMany({ where: { huishoudenId: lid.huishoudenId }, select: { persoonId: true } })).map((l) => l.persoonId),
        ...buiten,
      ])];
      for (const id of kandidaten) expect(await inwonerMaySeePersoon(inwoner, id), `${lid.persoonId} → ${id}`).toBe(sql.has(id));
      expect(sql.has(inwoner.persoonId)).toBe(true);
      kinderenGezien += sql.size - 1;
    }
    // The comparison means something: some parents see a child's part.
    expect(kinderenGezien).toBeGreaterThan(0);
    expect(await inwonerMaySeePersoon(await inwonerVan(leden[0].persoonId), 'geen-uuid')).toBe(false);
  });
});

describe('gezag, age and membership', () => {
  it('a parent without gezag does not see the child; one with gezag does; from 16 the child has a part of their own', async () => {
    const gezin = await gezinMetJongKind();
    const [a, b] = await Promise.all(gezin.ouders.map(inwonerVan));
    expect(await inwonerMaySeePersoon(a, gezin.kind)).toBe(true);
    expect(await inwonerMaySeePersoon(b, gezin.kind)).toBe(true);
    // B's gezag ended yesterday (a stepparent, a court order): at once no more.
    await prisma.vertegenwoordiging.updateMany({ where: { persoonId: gezin.kind, vertegenwoordigerId: b.persoonId }, data: { tot: addCalendarDays(today, -1) } });
    expect(await inwonerMaySeePersoon(b, gezin.kind)).toBe(false);
    expect(await zichtbarePersonen(b)).not.toContain(gezin.kind);
    expect(await zichtbarePersonen(a)).toContain(gezin.kind);
    // The child turns 16 today: A with gezag no longer sees the child's part.
    await prisma.persoon.update({ where: { id: gezin.kind }, data: { geboortedatum: yearsAgo(16) } });
    expect(await inwonerMaySeePersoon(a, gezin.kind)).toBe(false);
    expect(await zichtbarePersonen(a)).not.toContain(gezin.kind);
    // One day short of 16: still the parent's to see.
    await prisma.persoon.update({ where: { id: gezin.kind }, data: { geboortedatum: yearsAgo(16, 1) } });
    expect(await inwonerMaySeePersoon(a, gezin.kind)).toBe(true);
    expect(await zichtbarePersonen(a)).toContain(gezin.kind);
  });

  it('a goal of a child whose part the resident does not see is left out of their plan', async () => {
    const gezin = await gezinMetJongKind(true);
    const versie = await prisma.planVersie.findFirstOrThrow({ where: { plan: { huishoudenId: gezin.huishoudenId, actueel: true }, status: { in: ['CONCEPT', 'TER_AKKOORD'] } }, select: { id: true } });
    const leefgebied = await prisma.leefgebied.findFirstOrThrow({ where: { gemeenteId } });
    const doel = await prisma.doel.create({ data: { planVersieId: versie.id, leefgebiedId: leefgebied.id, label: leefgebied.naam, persoonId: gezin.kind, omschrijving: 'Het kind gaat weer naar school', horizon: 'DRIE_MAANDEN', zichtbaarAan: 'Elke dag op school' } });
    const [a] = await Promise.all(gezin.ouders.map(inwonerVan));
    const zichtbaar = async (inwoner: InwonerActor) => {
      const p = await getMijnPlan(inwoner);
      return [...(p.concept?.doelen ?? []), ...(p.geldend?.doelen ?? [])].some((d) => d.id === doel.id);
    };
    expect(await zichtbaar(a)).toBe(true);
    await prisma.vertegenwoordiging.updateMany({ where: { persoonId: gezin.kind, vertegenwoordigerId: a.persoonId }, data: { tot: addCalendarDays(today, -1) } });
    expect(await zichtbaar(a)).toBe(false);
    await refusedAs(schrijfDoelVoortgang(a, { doelId: doel.id, schaal: 3, tekst: 'Gaat wel' }), 'NOT_FOUND');
  });

  it('a person who moved out loses access at once; under 16 and unknown BSNs get no Mijn plan', async () => {
    const lid = await prisma.huishoudenLidmaatschap.findFirstOrThrow({
      where: { tot: null, rol: 'HOOFDBEWONER', persoon: { bsn: { not: null }, geboortedatum: { lt: yearsAgo(30) } } }, select: { id: true, persoonId: true }, orderBy: { id: 'desc' },
    });
    const bsn = (await prisma.persoon.findUniqueOrThrow({ where: { id: lid.persoonId } })).bsn!;
    expect('inwoner' in (await findInwoner(gemeenteId, bsn))).toBe(true);
    await prisma.huishoudenLidmaatschap.update({ where: { id: lid.id }, data: { tot: today } });
    expect(await findInwoner(gemeenteId, bsn)).toEqual({ weigering: 'GEEN_HUISHOUDEN' });
    expect(await findInwoner(gemeenteId, '999990019')).toEqual({ weigering: 'ONBEKEND' });
    expect(await findInwoner(gemeenteId, "1' OR '1'='1")).toEqual({ weigering: 'ONBEKEND' });
    const kind = await prisma.persoon.findFirstOrThrow({ where: { bsn: { not: null }, geboortedatum: { gt: yearsAgo(15) }, lidmaatschappen: { some: { tot: null } } } });
    expect(await findInwoner(gemeenteId, kind.bsn!)).toEqual({ weigering: 'TE_JONG' });
  });
});

describe('akkoord online and own progress', () => {
  async function terAkkoord(skip: number) {
    const [row] = await prisma.$queryRaw<{ persoonId: string; versieId: string; version: number; doelId: string }[]>`
      SELECT l."persoonId", v."id" AS "versieId", v."version", (SELECT d."id" FROM "Doel" d WHERE d."planVersieId" = v."id" AND d."persoonId" IS NULL LIMIT 1) AS "doelId"
      FROM "PlanVersie" v JOIN "Ondersteuningsplan" o ON o."id" = v."planId" AND o."actueel"
      JOIN "HuishoudenLidmaatschap" l ON l."huishoudenId" = o."huishoudenId" AND l."tot" IS NULL AND l."rol" = 'HOOFDBEWONER'
      JOIN "Persoon" p ON p."id" = l."persoonId" AND p."bsn" IS NOT NULL AND p."geboortedatum" < ${yearsAgo(18)}::date
      WHERE v."status" = 'TER_AKKOORD' AND v."akkoordInwonerOp" IS NULL
        AND EXISTS (SELECT 1 FROM "Doel" d WHERE d."planVersieId" = v."id" AND d."persoonId" IS NULL)
      ORDER BY v."id" OFFSET ${skip} LIMIT 1`;
    if (!row) throw new Error('geen plan ter akkoord in de demo');
    return { ...row, inwoner: await inwonerVan(row.persoonId) };
  }

  it('an akkoord is recorded with time and method where a paper akkoord is, once, version-checked and logged', async () => {
    const t = await terAkkoord(0);
    const ander = await terAkkoord(1);
    // Another household's plan answers as not found, whatever its version.
    await refusedAs(geefPlanReactie(t.inwoner, { soort: 'AKKOORD', versieId: ander.versieId, version: ander.version, opmerking: null }), 'NOT_FOUND');
    await refusedAs(geefPlanReactie(t.inwoner, { soort: 'AKKOORD', versieId: t.versieId, version: t.version + 5, opmerking: null }), 'STALE_VERSION');
    await geefPlanReactie(t.inwoner, { soort: 'WIJZIGING', versieId: t.versieId, version: t.version, opmerking: 'Graag ook hulp bij de post.' });
    const { version } = await geefPlanReactie(t.inwoner, { soort: 'AKKOORD', versieId: t.versieId, version: t.version, opmerking: null });
    expect(version).toBe(t.version + 1);
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: t.versieId } });
    expect(versie.akkoordWijze).toBe('DIGITAAL');
    expect(versie.akkoordInwonerOp?.toISOString().slice(0, 10)).toBe(today.toISOString().slice(0, 10));
    const reacties = await prisma.planReactie.findMany({ where: { planVersieId: t.versieId }, orderBy: { op: 'asc' } });
    expect(reacties.map((r) => [r.soort, r.wijze, r.persoonId])).toEqual([['WIJZIGING', 'DIGITAAL', t.persoonId], ['AKKOORD', 'DIGITAAL', t.persoonId]]);
    const audit = await prisma.auditEntry.findMany({ where: { entiteitId: t.versieId, actorRol: 'INWONER' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.actie)).toEqual(['INWONER_PLAN_WIJZIGING', 'INWONER_PLAN_AKKOORD']);
    expect(audit.every((a) => a.actorId === null && a.persoonId === t.persoonId)).toBe(true);
    // Nothing to answer any more until the wijkcoach puts a plan ter akkoord again.
    await refusedAs(geefPlanReactie(t.inwoner, { soort: 'AKKOORD', versieId: t.versieId, version, opmerking: null }), 'TRANSITION_REFUSED');
    await refusedAs(geefPlanReactie(t.inwoner, { soort: 'WIJZIGING', versieId: t.versieId, version, opmerking: 'Toch niet' }), 'TRANSITION_REFUSED');
    expect(await prisma.planReactie.count({ where: { planVersieId: t.versieId } })).toBe(2);
  });

  it('progress goes on a goal of the own plan only; the database refuses a scale outside 1–5 and a change without a remark', async () => {
    const t = await terAkkoord(2);
    const ander = await terAkkoord(3);
    await refusedAs(schrijfDoelVoortgang(t.inwoner, { doelId: ander.doelId, schaal: 4, tekst: 'Gaat goed' }), 'NOT_FOUND');
    await refusedAs(schrijfDoelVoortgang(t.inwoner, { doelId: crypto.randomUUID(), schaal: 4, tekst: 'Gaat goed' }), 'NOT_FOUND');
    await schrijfDoelVoortgang(t.inwoner, { doelId: t.doelId, schaal: 4, tekst: 'We eten weer samen.' });
    const rows = await prisma.doelVoortgang.findMany({ where: { doelId: t.doelId } });
    expect(rows.map((r) => [r.schaal, r.tekst, r.persoonId])).toEqual([[4, 'We eten weer samen.', t.persoonId]]);
    await expect(prisma.doelVoortgang.create({ data: { gemeenteId, doelId: t.doelId, persoonId: t.persoonId, schaal: 6, tekst: 'x' } })).rejects.toThrow();
    await expect(prisma.planReactie.create({ data: { gemeenteId, planVersieId: t.versieId, persoonId: t.persoonId, soort: 'WIJZIGING', opmerking: '  ' } })).rejects.toThrow();
  });

  it('a resident who sends too much in an hour is stopped (rate limit from the access log)', async () => {
    const t = await terAkkoord(4);
    for (let i = 0; i < INWONER_RATE_LIMIT.max - 1; i++) await schrijfDoelVoortgang(t.inwoner, { doelId: t.doelId, schaal: 3, tekst: `Bericht ${i}` });
    await schrijfDoelVoortgang(t.inwoner, { doelId: t.doelId, schaal: 3, tekst: 'Het laatste dat mag' });
    await refusedAs(schrijfDoelVoortgang(t.inwoner, { doelId: t.doelId, schaal: 3, tekst: 'Eén te veel' }), 'THROTTLED');
  });
});
