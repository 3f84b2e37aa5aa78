// Issue 17: the Algemene termijnenwet in SQL (prisma/migrations/20261206100000_algemene_termijnenwet) is the domain rule
// (lib/domain/termijnwet.ts, berekenTermijn of lib/domain/deadlines.ts): Easter, the vrije dagen, atw_einde, the
// term with opschortingen and verdaging (termijn_uiterlijk) and its twins aanvraag_uiterlijk and casus_uiterlijk,
// compared on thousands of generated cases over many years, with the preloaded decree days and with random ones.
// Also: the Amsterdam day of a timestamp in SQL, the rapportage at 23:30 UTC, and Beheer › Feestdagen's use cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prisma } from '@/lib/db';
import { addCalendarDays, toIsoDate } from '@/lib/domain/dates';
import { berekenTermijn, type Suspension } from '@/lib/domain/deadlines';
import { atwEinde, BESLUITDAGEN_2026_2028, feestdagen, isVrijeDag, pasen, type Besluitdagen } from '@/lib/domain/termijnwet';
import { DomainError } from '@/lib/errors';
import { addBesluitdag, listBesluitdagen, removeBesluitdag } from '@/lib/server/beheer/besluitdagen';
import { getRapportage } from '@/lib/server/rapportage/get-rapportage';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { actorFor, createGemeente, createRegieTeam, createTeamCasus, createUser } from '../support/factories';
import { createAanvraag, createBeschikkingWereld, dag } from '../support/beschikking-factories';

const DAG = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const KB: Besluitdagen = new Set(BESLUITDAGEN_2026_2028.map((b) => b.datum));

type Geval = { start: string; dagen: number; verdaging: number; vandaag: string; opschortingen: { van: string; tot: string | null }[] };

/** One statement for a whole batch: termijn_uiterlijk of every case, in order. */
async function sqlBatch(gevallen: Geval[]): Promise<string[]> {
  const rijen = gevallen.map((g, ord) => ({
    ord, start: g.start, dagen: g.dagen, verdaging: g.verdaging, vandaag: g.vandaag,
    van: `{${g.opschortingen.map((o) => o.van).join(',')}}`,
    tot: `{${g.opschortingen.map((o) => o.tot ?? 'NULL').join(',')}}`,
  }));
  const uit = await prisma.$queryRaw<{ ord: number; d: string }[]>`
    SELECT c.ord, termijn_uiterlijk(c.start, c.dagen, c.verdaging, c.vandaag, c.van::date[], c.tot::date[])::text AS d
    FROM json_to_recordset(${JSON.stringify(rijen)}::json) AS c(ord int, start date, dagen int, verdaging int, vandaag date, van text, tot text)
    ORDER BY c.ord`;
  return uit.map((r) => r.d);
}

const domein = (g: Geval, besluitdagen: Besluitdagen) =>
  iso(berekenTermijn({
    start: dag(g.start), termDays: g.dagen, extensionDays: g.verdaging, today: dag(g.vandaag), besluitdagen,
    suspensions: g.opschortingen.map((o): Suspension => ({ van: dag(o.van), tot: o.tot ? dag(o.tot) : null })),
  }).uiterlijk);

// Starts anywhere in 2020–2040, or (half of the cases) just before a feestdag, so that many terms end on one.
const JAREN = { min: 2020, max: 2040 };
const startDag = fc.oneof(
  fc.integer({ min: Date.UTC(JAREN.min, 0, 1) / DAG, max: Date.UTC(JAREN.max, 11, 31) / DAG }).map((n) => new Date(n * DAG)),
  fc.record({ jaar: fc.integer(JAREN), f: fc.integer({ min: 0, max: 8 }), terug: fc.integer({ min: 0, max: 70 }) })
    .map(({ jaar, f, terug }) => addCalendarDays(feestdagen(jaar)[f].datum, -terug)),
);
const geval: fc.Arbitrary<Geval> = fc
  .record({
    start: startDag,
    dagen: fc.oneof(fc.constantFrom(2, 3, 7, 14, 42, 56), fc.integer({ min: 0, max: 60 })),
    verdaging: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
    opschortingen: fc.array(fc.record({ van: fc.integer({ min: -10, max: 70 }), duur: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }) }), { maxLength: 4 }),
    vandaag: fc.integer({ min: -5, max: 120 }),
  })
  .map(({ start, dagen, verdaging, opschortingen, vandaag }) => ({
    start: iso(start), dagen, verdaging, vandaag: iso(addCalendarDays(start, vandaag)),
    opschortingen: opschortingen.map((o) => ({ van: iso(addCalendarDays(start, o.van)), tot: o.duur === null ? null : iso(addCalendarDays(start, o.van + o.duur)) })),
  }));

describe('the Algemene termijnenwet in SQL equals the domain rule', () => {
  it('the preloaded decree days are the decree (migration = BESLUITDAGEN_2026_2028)', async () => {
    expect([...(await laadBesluitdagen(prisma))].sort()).toEqual([...KB].sort());
    expect((await prisma.besluitdag.findMany()).every((b) => b.bron.includes('Algemene termijnenwet'))).toBe(true);
  });

  it('pasen: every Easter Sunday from 1583 to 4099', async () => {
    const rijen = await prisma.$queryRaw<{ jaar: number; d: string }[]>`SELECT j AS jaar, pasen(j)::text AS d FROM generate_series(1583, 4099) j ORDER BY j`;
    expect(rijen).toHaveLength(4099 - 1583 + 1);
    for (const r of rijen) expect(r.d, String(r.jaar)).toBe(iso(pasen(r.jaar)));
  });

  it('atw_vrij: every day of 1990–2060', async () => {
    const rijen = await prisma.$queryRaw<{ d: string; vrij: boolean }[]>`
      SELECT d::date::text AS d, atw_vrij(d::date) AS vrij FROM generate_series('1990-01-01'::date, '2060-12-31'::date, interval '1 day') d ORDER BY d`;
    expect(rijen.length).toBeGreaterThan(25_000);
    const anders = rijen.filter((r) => r.vrij !== isVrijeDag(dag(r.d), KB)).map((r) => r.d);
    expect(anders).toEqual([]);
  });

  it('atw_einde: every start of 2025–2029 with terms of 0 to 60 days', async () => {
    const rijen = await prisma.$queryRaw<{ s: string; n: number; e: string }[]>`
      SELECT s::date::text AS s, n, atw_einde(s::date, s::date + n, n)::text AS e
      FROM generate_series('2025-01-01'::date, '2029-12-31'::date, interval '1 day') s, generate_series(0, 60, 3) n`;
    expect(rijen.length).toBeGreaterThan(30_000);
    const anders = rijen.filter((r) => r.e !== iso(atwEinde(dag(r.s), addCalendarDays(dag(r.s), r.n), r.n, KB).einde));
    expect(anders).toEqual([]);
  });

  it('termijn_uiterlijk: 5,000 generated terms with opschortingen, verdaging and today, 2020–2040', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(geval, { minLength: 50, maxLength: 50 }), async (gevallen) => {
        expect(await sqlBatch(gevallen)).toEqual(gevallen.map((g) => domein(g, KB)));
      }),
      { numRuns: 100 },
    );
  });

  describe('with decree days beheer adds', () => {
    const extra = new Set<string>();
    beforeAll(async () => {
      // Thirty random weekdays of 2020–2040 set equal to feestdagen: the SQL reads them from the table.
      const dagen = fc.sample(fc.integer({ min: Date.UTC(2020, 0, 1) / DAG, max: Date.UTC(2040, 11, 31) / DAG }).map((n) => new Date(n * DAG)), { numRuns: 200, seed: 17 });
      for (const d of dagen) {
        if (extra.size >= 30) break;
        if (!isVrijeDag(d, KB)) extra.add(iso(d));
      }
      await prisma.besluitdag.createMany({ data: [...extra].map((d) => ({ datum: dag(d), naam: 'Testdag', bron: 'Test' })) });
    });
    afterAll(async () => {
      await prisma.besluitdag.deleteMany({ where: { naam: 'Testdag' } });
    });

    it('termijn_uiterlijk: 3,000 more generated terms, equal with the table as the domain gets it', async () => {
      const besluitdagen = await laadBesluitdagen(prisma);
      expect(besluitdagen.size).toBe(KB.size + extra.size);
      // Starts just before the added days, so that terms end on them.
      const rondExtra = fc.record({ i: fc.integer({ min: 0, max: extra.size - 1 }), terug: fc.integer({ min: 0, max: 60 }) }).map(({ i, terug }) => iso(addCalendarDays(dag([...extra][i]), -terug)));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(geval, rondExtra).map(([g, start]) => ({ ...g, start })), { minLength: 30, maxLength: 30 }), async (gevallen) => {
          expect(await sqlBatch(gevallen)).toEqual(gevallen.map((g) => domein(g, besluitdagen)));
        }),
        { numRuns: 100 },
      );
    });
  });

  it('aanvraag_uiterlijk and casus_uiterlijk read their own opschortingen', async () => {
    const w = await createBeschikkingWereld();
    const { aanvraag, casus } = await createAanvraag(w, { ontvangenOp: dag('2026-01-01') });
    await fc.assert(
      fc.asyncProperty(geval, async (g) => {
        await prisma.opschorting.deleteMany({ where: { OR: [{ aanvraagId: aanvraag.id }, { casusId: casus.id }] } });
        const rijen = g.opschortingen.map((o) => ({ van: dag(o.van), tot: o.tot ? dag(o.tot) : null, gemeenteId: w.gemeenteId, reden: 'Wachten', doorId: w.opsteller.id }));
        await prisma.opschorting.createMany({ data: [...rijen.map((r) => ({ ...r, aanvraagId: aanvraag.id })), ...rijen.map((r) => ({ ...r, casusId: casus.id }))] });
        const [r] = await prisma.$queryRaw<{ a: string; c: string }[]>`
          SELECT aanvraag_uiterlijk(${aanvraag.id}::uuid, ${g.start}::date, ${g.dagen}::int, ${g.verdaging}::int, ${g.vandaag}::date)::text AS a,
                 casus_uiterlijk(${casus.id}::uuid, ${g.start}::date, ${g.dagen}::int, ${g.vandaag}::date)::text AS c`;
        expect(r.a).toBe(domein(g, KB));
        expect(r.c).toBe(domein({ ...g, verdaging: 0 }, KB));
      }),
      { numRuns: 150 },
    );
  });
});

describe('one calendar day: Amsterdam', () => {
  it('amsterdam_dag gives the Amsterdam day of a UTC timestamp, in winter and summer', async () => {
    const [r] = await prisma.$queryRaw<{ winter: string; zomer: string; vroeg: string; middernacht: Date; zomernacht: Date }[]>`
      SELECT amsterdam_dag('2026-12-10 23:30:00'::timestamp)::text AS winter, amsterdam_dag('2026-06-10 22:30:00'::timestamp)::text AS zomer,
             amsterdam_dag('2026-12-10 22:59:59'::timestamp)::text AS vroeg,
             amsterdam_middernacht('2026-12-11'::date) AS middernacht, amsterdam_middernacht('2026-06-11'::date) AS zomernacht`;
    expect(r).toMatchObject({ winter: '2026-12-11', zomer: '2026-06-11', vroeg: '2026-12-10' });
    expect(r.middernacht.toISOString()).toBe('2026-12-10T23:00:00.000Z');
    expect(r.zomernacht.toISOString()).toBe('2026-06-10T22:00:00.000Z');
  });

  it('the rapportage counts the onderzoek term from the Amsterdam day of the melding and today as the Amsterdam day (23:30 UTC)', async () => {
    const gemeenteId = (await createGemeente()).id;
    const team = await createRegieTeam(gemeenteId, { coaches: 1 });
    // A melding at 23:30 UTC on Thursday 19 February 2026 came in on Friday 20 February in Amsterdam: six weeks end on
    // Goede Vrijdag (3 April), so the term runs to Tuesday 7 April (the dossier's date, casus_uiterlijk in SQL).
    await createTeamCasus(gemeenteId, team.team.id, { fase: 'PLAN', meldingOntvangenOp: new Date('2026-02-19T23:30:00Z') });
    const onderzoek = async (now: string) => (await getRapportage(team.teamlead, { van: null, tot: null }, new Date(now))).termijnen.find((t) => t.soort === 'ONDERZOEK');
    expect(await onderzoek('2026-04-07T21:30:00Z')).toMatchObject({ lopend: 1, verlopen: 0 }); // 23:30 on 7 April in Amsterdam: the last day
    expect(await onderzoek('2026-04-07T22:30:00Z')).toMatchObject({ lopend: 1, verlopen: 1 }); // 00:30 on 8 April in Amsterdam: late
    // The period filter counts Amsterdam days too: the melding is one of 20 February, not of 19 February.
    const periode = async (van: string, tot: string) => (await getRapportage(team.teamlead, { van: dag(van), tot: dag(tot) }, new Date('2026-04-01T10:00:00Z'))).termijnen.find((t) => t.soort === 'ONDERZOEK')?.lopend;
    expect(await periode('2026-02-20', '2026-02-20')).toBe(1);
    expect(await periode('2026-02-19', '2026-02-19')).toBe(0);
  });
});

describe('Beheer › Feestdagen (Besluitdag)', () => {
  it('adds a day with its source, recomputes stored bezwaar terms and the rapportage, and removes it again', async () => {
    const w = await createBeschikkingWereld();
    const beheer = actorFor(await createUser(w.gemeenteId, ['BEHEERDER']));
    // A beschikking sent on Thursday 1 October 2026: six weeks end on Thursday 12 November, a working day.
    const { aanvraag } = await createAanvraag(w, { ontvangenOp: dag('2026-09-01') });
    const b = await prisma.beschikking.create({
      data: {
        gemeenteId: w.gemeenteId, identificatie: `B-T-${crypto.randomUUID().slice(0, 6)}`, aanvraagId: aanvraag.id, huishoudenId: aanvraag.huishoudenId, persoonId: aanvraag.persoonId,
        wet: 'WMO', besluit: 'TOEKENNING', wettelijkeGrondslag: 'Wmo 2015', motivering: 'Test', status: 'VERZONDEN', datum: dag('2026-09-30'),
        verzenddatum: dag('2026-10-01'), uiterlijkeReactiedatum: dag('2026-11-12'), bezwaarTermijnDagen: 42, opgesteldDoorId: w.opsteller.id,
      },
    });
    // An aanvraag received on 29 October: Wmo term to Thursday 12 November as well.
    const wachtrij = await createAanvraag(w, { ontvangenOp: dag('2026-10-29') });
    const rapportage = async () => (await getRapportage(w.teamlead, { van: null, tot: null }, new Date('2026-11-13T10:00:00Z'), { bewaarMs: 60_000 })).termijnen.find((t) => t.soort === 'BESCHIKKING');
    const voor = await rapportage();
    expect(voor?.verlopen).toBeGreaterThanOrEqual(1); // on 13 November the aanvraag is late

    const { herberekend } = await addBesluitdag(beheer, { datum: dag('2026-11-12'), naam: 'Testdag 12 november', bron: 'Besluit van de test, Stb. 2026, 1' });
    expect(herberekend).toBeGreaterThanOrEqual(1);
    // 12 November is now a vrije dag: Friday 13 November.
    expect(iso((await prisma.beschikking.findUniqueOrThrow({ where: { id: b.id } })).uiterlijkeReactiedatum!)).toBe('2026-11-13');
    // The kept figures went: the same view within the minute counts the aanvraag as on time now.
    expect((await rapportage())?.verlopen).toBe(Number(voor!.verlopen) - 1);
    const [{ d }] = await prisma.$queryRaw<{ d: string }[]>`SELECT aanvraag_uiterlijk(${wachtrij.aanvraag.id}::uuid, '2026-10-29'::date, 14, 0, '2026-11-13'::date)::text AS d`;
    expect(d).toBe('2026-11-13');
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'BESLUITDAG_ADDED', actorId: beheer.id } });
    expect(audit.after).toMatchObject({ datum: '2026-11-12', bron: 'Besluit van de test, Stb. 2026, 1' });

    const lijst = await listBesluitdagen(beheer, new Date('2026-11-13T10:00:00Z'));
    const toegevoegd = lijst.besluitdagen.find((x) => iso(x.datum) === '2026-11-12')!;
    expect(toegevoegd).toMatchObject({ naam: 'Testdag 12 november', bron: 'Besluit van de test, Stb. 2026, 1' });
    expect(lijst.feestdagen.map((f) => iso(f.datum))).toContain('2027-03-26'); // Goede Vrijdag of next year, to check against

    await removeBesluitdag(beheer, { besluitdagId: toegevoegd.id });
    expect(iso((await prisma.beschikking.findUniqueOrThrow({ where: { id: b.id } })).uiterlijkeReactiedatum!)).toBe('2026-11-12');
    expect(await prisma.auditEntry.count({ where: { actie: 'BESLUITDAG_REMOVED', actorId: beheer.id } })).toBe(1);
    await expect(removeBesluitdag(beheer, { besluitdagId: toegevoegd.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a day that already does not count, a day twice, and everyone but beheer', async () => {
    const gemeenteId = (await createGemeente()).id;
    const beheer = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
    const zaterdag = await addBesluitdag(beheer, { datum: dag('2026-11-14'), naam: 'Zaterdag', bron: 'Test' }).catch((e: DomainError) => e);
    expect(zaterdag).toMatchObject({ code: 'INVALID', fieldErrors: { datum: ['Deze dag telt al niet mee voor termijnen: het is een zaterdag.'] } });
    const kerst = await addBesluitdag(beheer, { datum: dag('2026-12-25'), naam: 'Kerst', bron: 'Test' }).catch((e: DomainError) => e);
    expect(kerst).toMatchObject({ code: 'INVALID', fieldErrors: { datum: ['Deze dag telt al niet mee voor termijnen: het is 1e Kerstdag.'] } });
    const dubbel = await addBesluitdag(beheer, { datum: dag('2026-05-15'), naam: 'Vrijdag na Hemelvaartsdag', bron: 'Test' }).catch((e: DomainError) => e);
    expect(dubbel).toMatchObject({ code: 'CONFLICT', fieldErrors: { datum: ['Deze dag staat al in de lijst.'] } });
    for (const rol of ['BACKOFFICE', 'TEAMLEAD', 'BELEID', 'WIJKCOACH', 'PRIVACY'] as const) {
      const ander = actorFor(await createUser(gemeenteId, [rol]));
      await expect(listBesluitdagen(ander)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(addBesluitdag(ander, { datum: dag('2026-11-13'), naam: 'X', bron: 'Y' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(removeBesluitdag(ander, { besluitdagId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await prisma.besluitdag.count({ where: { datum: dag('2026-11-13') } })).toBe(0);
  });
});
