import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { rapportageRijen } from '@/lib/domain/rapportage';
import { exportRapportage, exportRapportageCsv, rapportageLabels } from '@/lib/server/rapportage/export-csv';
import { getRapportage, RAPPORTAGE_BEWAAR_MS, RAPPORTAGE_MOMENTOPNAME_MS, type RapportageFilter, verversRapportages } from '@/lib/server/rapportage/get-rapportage';
import { actorFor, createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

const DAG = 86_400_000;
const NOW = new Date(Date.UTC(2026, 10, 22, 12));
let gemeenteId: string;
let teamA: string;
let teamB: string;
let wijkA: string;
let teamlead: Actor;
let beleid: Actor;
let coachNaam: string;
const alles: RapportageFilter = { van: null, tot: null };

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  wijkA = (await prisma.wijk.create({ data: { gemeenteId, code: 'WA', naam: 'Wijk Anker' } })).id;
  const a = await createRegieTeam(gemeenteId, { coaches: 1 });
  const b = await createRegieTeam(gemeenteId, { coaches: 1, procesregisseur: true });
  teamA = a.team.id;
  teamB = b.team.id;
  teamlead = a.teamlead;
  coachNaam = a.coaches[0].naam;
  beleid = actorFor(await createUser(gemeenteId, ['BELEID']));
  // Team A: six casussen in Wijk Anker, melding 100 days ago (onderzoekstermijn verlopen), triage took 1..6 days.
  for (let k = 1; k <= 6; k++) {
    const start = new Date(NOW.getTime() - 100 * DAG);
    const { casus } = await createTeamCasus(gemeenteId, teamA, { fase: 'UITVOERING', meldingOntvangenOp: start, wijkId: wijkA });
    await prisma.casusFaseWijziging.createMany({
      data: [
        { casusId: casus.id, naar: 'TRIAGE', op: start },
        { casusId: casus.id, van: 'TRIAGE', naar: 'VRAAGVERHELDERING', op: new Date(start.getTime() + k * DAG) },
      ],
    });
    await createRegie(casus, a.coaches[0].id);
  }
  // Team B: two casussen from yesterday, one in procesregie.
  for (let k = 0; k < 2; k++) {
    const { casus } = await createTeamCasus(gemeenteId, teamB, { fase: 'PLAN', meldingOntvangenOp: new Date(NOW.getTime() - DAG) });
    await createRegie(casus, k === 0 ? b.procesregisseur!.id : b.coaches[0].id, { vorm: k === 0 ? 'PROCESREGIE' : 'CASUSREGIE' });
  }
});

describe('getRapportage', () => {
  it('aggregates doorlooptijden with median and p90 in the database', async () => {
    const r = await getRapportage(teamlead, alles, NOW);
    expect(r.doorlooptijden.find((d) => d.fase === 'TRIAGE')).toEqual({ fase: 'TRIAGE', aantal: 6, mediaanDagen: 3.5, p90Dagen: 5.5 });
  });

  it('counts terms, caseload, regie for the teamlead with names', async () => {
    const r = await getRapportage(teamlead, alles, NOW);
    expect(r.onderdrukt).toBe(false);
    expect(r.termijnen.find((t) => t.soort === 'ONDERZOEK')).toEqual({ soort: 'ONDERZOEK', lopend: 8, verlopen: 6 });
    expect(r.caseloadProfessional[0]).toMatchObject({ professional: coachNaam, aantal: 6 });
    expect(r.caseloadTeam.map((c) => c.aantal).sort()).toEqual([2, 6]);
    expect(r.regie).toEqual({ casusregie: 7, procesregie: 1, aandeelProcesregie: 13 });
  });

  it('filters on team, wijk and period', async () => {
    expect((await getRapportage(teamlead, { ...alles, teamId: teamB }, NOW)).caseloadTeam).toEqual([{ team: expect.any(String), aantal: 2 }]);
    expect((await getRapportage(teamlead, { ...alles, wijkId: wijkA }, NOW)).regie.casusregie).toBe(6);
    const recent = await getRapportage(teamlead, { van: new Date(NOW.getTime() - 10 * DAG), tot: NOW }, NOW);
    expect(recent.regie).toMatchObject({ casusregie: 1, procesregie: 1 });
  });

  it('gives beleid aggregates only: small cells suppressed, professionals pseudonymised', async () => {
    const r = await getRapportage(beleid, alles, NOW);
    expect(r.onderdrukt).toBe(true);
    expect(r.caseloadTeam.map((c) => c.aantal).sort()).toEqual([6, '<5']);
    expect(r.regie).toEqual({ casusregie: 7, procesregie: '<5', aandeelProcesregie: '<5' });
    expect(r.caseloadProfessional[0].professional).toBe('Professional 1');
    expect(JSON.stringify(r)).not.toContain(coachNaam);
  });

  it('refuses roles without rapportage', async () => {
    const coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH']));
    await expect(getRapportage(coach, alles, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('CSV export', () => {
  it.each([
    ['teamlead, all', () => teamlead, () => alles],
    ['teamlead, team A in Wijk Anker', () => teamlead, () => ({ ...alles, teamId: teamA, wijkId: wijkA })],
    ['beleid, all', () => beleid, () => alles],
  ])('equals the dashboard figures for the same filters (%s)', async (_, actor, filter) => {
    const csv = await exportRapportageCsv(actor(), filter(), NOW);
    const parsed = parse(csv, { delimiter: ';', columns: ['onderdeel', 'categorie', 'kenmerk', 'waarde'], fromLine: 2 });
    const dashboard = rapportageRijen(await getRapportage(actor(), filter(), NOW), rapportageLabels);
    expect(parsed).toEqual(dashboard);
    expect(parsed).toContainEqual({ onderdeel: 'Doorlooptijd', categorie: 'Triage', kenmerk: 'Mediaan (dagen)', waarde: '3.5' });
  });
});

describe('kept figures (issue 9: the city is not aggregated on every view)', () => {
  it('reuses the figures of the same filter within the period, says when they were computed, and computes anew after it', async () => {
    const filter = { ...alles, teamId: teamB };
    const eerst = await getRapportage(teamlead, filter, NOW, { bewaarMs: 60_000 });
    expect(eerst.berekendOp).toEqual(NOW);
    expect(eerst.caseloadTeam).toEqual([{ team: expect.any(String), aantal: 2 }]);
    await createTeamCasus(gemeenteId, teamB, { fase: 'PLAN', meldingOntvangenOp: new Date(NOW.getTime() - DAG) });

    const later = new Date(NOW.getTime() + 30_000);
    const bewaard = await getRapportage(beleid, filter, later, { bewaarMs: 60_000 });
    expect(bewaard.berekendOp).toEqual(NOW);
    expect(bewaard.caseloadTeam).toEqual([{ team: expect.any(String), aantal: '<5' }]); // suppression per actor, after the cache
    expect((await getRapportage(teamlead, filter, later, { bewaarMs: 60_000 })).caseloadTeam[0].aantal).toBe(2);
    expect((await getRapportage(teamlead, { ...filter, wijkId: wijkA }, later, { bewaarMs: 60_000 })).berekendOp).toEqual(later); // another filter

    const verlopen = new Date(NOW.getTime() + 61_000);
    const nieuw = await getRapportage(teamlead, filter, verlopen, { bewaarMs: 60_000 });
    expect(nieuw.berekendOp).toEqual(verlopen);
    expect(nieuw.caseloadTeam[0].aantal).toBe(3);
    expect((await getRapportage(teamlead, filter, later)).caseloadTeam[0].aantal).toBe(3); // without bewaarMs: always now
  });

  it('the CSV export gives the same kept figures as the dashboard', async () => {
    const filter = { ...alles, teamId: teamA };
    const opties = { bewaarMs: 60_000 };
    const dashboard = await getRapportage(teamlead, filter, NOW, opties);
    await createTeamCasus(gemeenteId, teamA, { fase: 'PLAN', meldingOntvangenOp: new Date(NOW.getTime() - DAG) });
    const csv = parse(await exportRapportageCsv(teamlead, filter, new Date(NOW.getTime() + 1000), opties), { delimiter: ';', columns: ['onderdeel', 'categorie', 'kenmerk', 'waarde'], fromLine: 2 });
    expect(csv).toEqual(rapportageRijen(dashboard, rapportageLabels));
  });

  it('the page and the CSV agree when each bundle has its own copy of the module, as in the production build (issue 16 item 9)', async () => {
    const opties = { bewaarMs: 300_000 };
    const filter = { ...alles, teamId: teamB };
    const dag = new Date(NOW.getTime() + 2 * DAG);
    vi.resetModules();
    const pagina = await import('@/lib/server/rapportage/get-rapportage');
    vi.resetModules();
    const download = await import('@/lib/server/rapportage/export-csv');
    expect(download.exportRapportageCsv).not.toBe(exportRapportageCsv);

    const scherm = await pagina.getRapportage(teamlead, filter, dag, opties);
    await createTeamCasus(gemeenteId, teamB, { fase: 'PLAN', meldingOntvangenOp: new Date(NOW.getTime() - DAG) });
    const csv = parse(await download.exportRapportageCsv(teamlead, filter, new Date(dag.getTime() + 60_000), opties), {
      delimiter: ';', columns: ['onderdeel', 'categorie', 'kenmerk', 'waarde'], fromLine: 2,
    });
    expect(csv).toEqual(rapportageRijen(scherm, rapportageLabels));
    // The download says when its figures were computed: the page's moment, not its own.
    expect((await download.exportRapportage(teamlead, filter, new Date(dag.getTime() + 90_000), opties)).berekendOp).toEqual(scherm.berekendOp);
    const [rij] = await prisma.rapportageCache.findMany({ where: { gemeenteId, dag: new Date(Date.UTC(2026, 10, 24)) } });
    expect(rij.berekendOp).toEqual(dag);
    // After the period both compute anew and see the new casus.
    const daarna = await pagina.getRapportage(teamlead, filter, new Date(dag.getTime() + 301_000), opties);
    expect(daarna.caseloadTeam[0].aantal).toBe((scherm.caseloadTeam[0].aantal as number) + 1);
  });

  it('concurrent computations of the same figures all show the first stored copy', async () => {
    const opties = { bewaarMs: 300_000 };
    const dag = new Date(NOW.getTime() + 3 * DAG);
    vi.resetModules();
    const a = await import('@/lib/server/rapportage/get-rapportage');
    vi.resetModules();
    const b = await import('@/lib/server/rapportage/get-rapportage');
    const [x, y] = await Promise.all([a.getRapportage(teamlead, alles, dag, opties), b.getRapportage(beleid, alles, new Date(dag.getTime() + 1), opties)]);
    expect(y.berekendOp).toEqual(x.berekendOp);
  });
});

describe('figures computed ahead by a pg-boss job (issue 23: no page view aggregates the whole city)', () => {
  const opties = { bewaarMs: RAPPORTAGE_BEWAAR_MS };

  it("the page and the CSV read the job's snapshot of the whole gemeente; a filtered view still computes", async () => {
    const moment = new Date(NOW.getTime() + 5 * DAG);
    const verslag = await verversRapportages(moment);
    expect(verslag.map((v) => v.gemeenteId)).toContain(gemeenteId);
    const voor = (await getRapportage(teamlead, alles, moment)).caseloadTeam;
    await createTeamCasus(gemeenteId, teamA, { fase: 'PLAN', meldingOntvangenOp: new Date(NOW.getTime() - DAG) });

    // Later than a view would keep its own figures, within the snapshot's age: the snapshot, not a new aggregation.
    const later = new Date(moment.getTime() + RAPPORTAGE_BEWAAR_MS + 60_000);
    const pagina = await getRapportage(teamlead, alles, later, opties);
    expect(pagina.berekendOp).toEqual(moment);
    expect(pagina.caseloadTeam).toEqual(voor);
    expect((await exportRapportage(beleid, alles, later, opties)).berekendOp).toEqual(moment);
    // A filter selects fewer casussen: that view computes (and keeps) its own figures.
    expect((await getRapportage(teamlead, { ...alles, teamId: teamA }, later, opties)).berekendOp).toEqual(later);

    // The next run replaces the snapshot, and the new casus is in it; an older run does not replace a newer one.
    const volgende = new Date(moment.getTime() + 5 * 60_000);
    await verversRapportages(volgende);
    await verversRapportages(moment);
    const daarna = await getRapportage(teamlead, alles, later, opties);
    expect(daarna.berekendOp).toEqual(volgende);
    expect(daarna.caseloadTeam).not.toEqual(voor);
  });

  it('a snapshot older than twice the interval is not shown: the view computes', async () => {
    const moment = new Date(NOW.getTime() + 6 * DAG);
    await verversRapportages(moment);
    const oud = new Date(moment.getTime() + RAPPORTAGE_MOMENTOPNAME_MS + 1_000);
    expect((await getRapportage(teamlead, alles, oud, opties)).berekendOp).toEqual(oud);
  });

  it('schedules the refresh every five minutes (Amsterdam) and computes a snapshot right after starting', async () => {
    const { startRapportageWorker, RAPPORTAGE_JOB } = await import('@/lib/server/rapportage/ververs-job');
    const begin = new Date();
    const boss = await startRapportageWorker();
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron, (s as { timezone?: string }).timezone])).toContainEqual([RAPPORTAGE_JOB, '*/5 * * * *', 'Europe/Amsterdam']);
      await expect.poll(async () => (await prisma.rapportageCache.findMany({ where: { gemeenteId, berekendOp: { gte: new Date(begin.getTime() - 1_000) } } })).length, { timeout: 20_000 }).toBeGreaterThan(0);
      const pagina = await getRapportage(beleid, alles, new Date(), opties);
      expect(pagina.berekendOp.getTime()).toBeGreaterThanOrEqual(begin.getTime() - 1_000);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 40_000);
});
