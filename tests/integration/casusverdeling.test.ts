import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DEFAULT_CASELOAD_WEIGHTS } from '@/lib/domain/regie';
import { PAGE_SIZE } from '@/lib/domain/casusverdeling';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { getCasusVoorVerdeling } from '@/lib/server/regie/get-casus-voor-verdeling';
import { getCasusverdeling } from '@/lib/server/regie/get-casusverdeling';
import { createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

let gemeenteId: string;
let teamId: string;
let teamlead: Actor;
let coaches: Actor[];
let procesregisseur: Actor;
let otherTeam: Awaited<ReturnType<typeof createRegieTeam>>;
let wijkId: string;
const DAY = 86_400_000;
// Noon (UTC) of the Amsterdam calendar day n days ago: the same calendar day in summer and winter time.
const daysAgo = (n: number) => new Date(addCalendarDays(toCalendarDay(new Date()), -n).getTime() + 12 * 3_600_000);

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  wijkId = (await prisma.wijk.create({ data: { gemeenteId, code: 'CEN', naam: 'Centrum' } })).id;
  const team = await createRegieTeam(gemeenteId, { coaches: 3, procesregisseur: true, wijkId });
  teamId = team.team.id;
  teamlead = team.teamlead;
  coaches = team.coaches;
  procesregisseur = team.procesregisseur!;
  otherTeam = await createRegieTeam(gemeenteId, { coaches: 1 });
  await prisma.user.update({ where: { id: coaches[1].id }, data: { beschikbaarheid: 50, afwezigTot: new Date(Date.now() + 7 * DAY) } });
  await prisma.focuswijk.create({ data: { userId: coaches[2].id, wijkId } });

  // 25 waiting casussen of this team (one CRISIS, one HOOG), one of the other team.
  const leefgebied = await prisma.leefgebied.create({ data: { gemeenteId, code: 'FIN', naam: 'Financiën', volgorde: 1 } });
  const wonen = await prisma.leefgebied.create({ data: { gemeenteId, code: 'HUI', naam: 'Huisvesting', volgorde: 2 } });
  for (let i = 0; i < 25; i++) {
    const urgentie = i === 20 ? 'CRISIS' : i === 10 ? 'HOOG' : 'NORMAAL';
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { meldingOntvangenOp: daysAgo(30 - i), urgentie, wijkId });
    if (i === 0) {
      const melding = await prisma.melding.create({ data: { gemeenteId, kenmerk: `M-${casus.id.slice(0, 8)}`, kanaal: 'TELEFOON', naam: 'X', vraag: 'Hulp', huishoudenId: huishouden.id, casusId: casus.id } });
      await prisma.triage.create({
        data: {
          gemeenteId, meldingId: melding.id, casusId: casus.id, uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', doorId: teamlead.id,
          leefgebieden: { create: [{ leefgebiedId: wonen.id, label: 'Huisvesting' }, { leefgebiedId: leefgebied.id, label: 'Financiën' }] },
        },
      });
    }
  }
  await createTeamCasus(gemeenteId, otherTeam.team.id);

  // Caseload: coach 0 has two casusregie, the procesregisseur one procesregie and one casusregie,
  // coach 2 one casusregie in a closed casus (ended with it, as closing does: does not count) and one ended (does not
  // count). A current regie in a closed casus the database refuses (tests/integration/invariants.test.ts).
  for (let i = 0; i < 2; i++) await createRegie((await createTeamCasus(gemeenteId, teamId, { fase: 'PLAN' })).casus, coaches[0].id);
  await createRegie((await createTeamCasus(gemeenteId, teamId, { fase: 'UITVOERING' })).casus, procesregisseur.id, { vorm: 'PROCESREGIE' });
  await createRegie((await createTeamCasus(gemeenteId, teamId, { fase: 'UITVOERING' })).casus, procesregisseur.id);
  await createRegie((await createTeamCasus(gemeenteId, teamId, { fase: 'AFGESLOTEN' })).casus, coaches[2].id, { tot: new Date() });
  await createRegie((await createTeamCasus(gemeenteId, teamId, { fase: 'PLAN' })).casus, coaches[2].id, { tot: new Date() });
});

/** What the database holds, counted independently of the use case. */
async function caseloadInDatabase() {
  const rows = await prisma.$queryRaw<{ regisseurId: string; vorm: 'CASUSREGIE' | 'PROCESREGIE'; n: number }[]>`
    SELECT r."regisseurId", r."vorm", count(*)::int AS n
    FROM "RegieToewijzing" r JOIN "Casus" c ON c."id" = r."casusId"
    WHERE r."tot" IS NULL AND c."fase" <> 'AFGESLOTEN' AND r."regisseurId" IS NOT NULL
    GROUP BY 1, 2`;
  const result = new Map<string, { count: number; weighted: number }>();
  for (const row of rows) {
    const entry = result.get(row.regisseurId) ?? { count: 0, weighted: 0 };
    entry.count += row.n;
    entry.weighted += row.n * DEFAULT_CASELOAD_WEIGHTS[row.vorm];
    result.set(row.regisseurId, entry);
  }
  return result;
}

describe('getCasusverdeling: the teamlead board', () => {
  it('lists only the team’s waiting casussen, most urgent and oldest first, with wijk, age, leefgebieden and complexity', async () => {
    const board = await getCasusverdeling(teamlead);
    const paginas = Math.ceil(25 / PAGE_SIZE);
    expect(paginas).toBeGreaterThan(1);
    expect(board.paginering).toMatchObject({ totaal: 25, pagina: 1, paginas });
    expect(board.casussen).toHaveLength(PAGE_SIZE);
    expect(board.urgent).toBe(2);
    expect(board.casussen.slice(0, 2).map((c) => c.urgentie)).toEqual(['CRISIS', 'HOOG']);
    const rest = board.casussen.slice(2).map((c) => c.wachttijdDagen);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    const oldest = board.casussen[2];
    expect(oldest).toMatchObject({ wachttijdDagen: 30, complexiteit: 'LAAG', wijk: { naam: 'Centrum' }, uitkomst: 'MEERVOUDIG', leefgebieden: ['Financiën', 'Huisvesting'] });
    const volgende = [];
    for (let pagina = 2; pagina <= paginas; pagina++) volgende.push(await getCasusverdeling(teamlead, { pagina }));
    const laatste = volgende.at(-1)!;
    expect(laatste.casussen).toHaveLength(25 - (paginas - 1) * PAGE_SIZE);
    const alle = [board, ...volgende].flatMap((b) => b.casussen);
    expect(new Set(alle.map((c) => c.id)).size).toBe(25);
    // Later pages continue the order of page 1 (issue 9: counts and page come from one definition of "waiting").
    const wachttijden = alle.slice(2).map((c) => c.wachttijdDagen);
    expect(wachttijden).toEqual([...wachttijden].sort((a, b) => b - a));
    expect(laatste.paginering).toMatchObject({ totaal: 25, pagina: paginas, paginas });
    expect(laatste.urgent).toBe(2);
  });

  it('shows each member’s caseload exactly as the database holds it', async () => {
    const board = await getCasusverdeling(teamlead);
    const db = await caseloadInDatabase();
    expect(board.leden).toHaveLength(4);
    for (const lid of board.leden) {
      expect(lid.caseload, lid.naam).toEqual(db.get(lid.id) ?? { count: 0, weighted: 0 });
    }
    // And the numbers themselves, so that an empty table cannot pass.
    const byId = new Map(board.leden.map((l) => [l.id, l]));
    expect(byId.get(coaches[0].id)?.caseload).toEqual({ count: 2, weighted: 2 });
    expect(byId.get(procesregisseur.id)?.caseload).toEqual({ count: 2, weighted: 3.5 });
    expect(byId.get(coaches[2].id)?.caseload).toEqual({ count: 0, weighted: 0 });
    expect(byId.get(coaches[1].id)).toMatchObject({ beschikbaarheid: 50, procesregieMandaat: false });
    expect(byId.get(procesregisseur.id)?.procesregieMandaat).toBe(true);
  });

  it('keeps the board equal to the database after an assignment', async () => {
    const board = await getCasusverdeling(teamlead);
    const target = board.casussen[0];
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: target.id } });
    await assignRegie(teamlead, {
      casusId: casus.id, version: casus.version, mode: 'EERSTE', vorm: 'CASUSREGIE', regisseurId: coaches[2].id, aanbiederId: null,
      externeRegisseurNaam: null, reden: 'Focuswijk', uitzonderingReden: null, uitzonderingGoedgekeurd: false,
    });
    const after = await getCasusverdeling(teamlead);
    expect(after.paginering.totaal).toBe(24);
    expect(after.casussen.map((c) => c.id)).not.toContain(target.id);
    const db = await caseloadInDatabase();
    expect(after.leden.find((l) => l.id === coaches[2].id)?.caseload).toEqual({ count: 1, weighted: 1 });
    for (const lid of after.leden) expect(lid.caseload).toEqual(db.get(lid.id) ?? { count: 0, weighted: 0 });
  });

  it('refuses a wijkcoach, and shows another team nothing of this team', async () => {
    await expect(getCasusverdeling(coaches[0])).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await getCasusverdeling(otherTeam.teamlead);
    expect(other.paginering.totaal).toBe(1);
    expect(other.leden.map((l) => l.id)).toEqual([otherTeam.coaches[0].id]);
  });
});

describe('getCasusVoorVerdeling', () => {
  it('ranks present members with the focuswijk first, logs the read, and refuses another team', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { wijkId });
    const detail = await getCasusVoorVerdeling(teamlead, casus.id);
    expect(detail.casus).toMatchObject({ nummer: casus.nummer, wijk: { naam: 'Centrum' } });
    expect(detail.kandidaten[0].id).toBe(coaches[2].id);
    expect(detail.kandidaten.at(-1)).toMatchObject({ id: coaches[1].id, afwezig: true });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: huishouden.id, actie: 'READ', actorId: teamlead.id } })).toBe(1);
    await expect(getCasusVoorVerdeling(otherTeam.teamlead, casus.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers the form for everything the board lists as waiting: a casus in vraagverheldering without a lead too (issue 16 item 1)', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { fase: 'VRAAGVERHELDERING', wijkId, meldingOntvangenOp: daysAgo(400) });
    const board = await getCasusverdeling(teamlead);
    expect(board.casussen.map((c) => c.id)).toContain(casus.id);
    for (const c of board.casussen) expect((await getCasusVoorVerdeling(teamlead, c.id)).casus.wacht).toBe(true);
    await assignRegie(teamlead, {
      casusId: casus.id, version: casus.version, mode: 'EERSTE', vorm: 'CASUSREGIE', regisseurId: coaches[0].id, aanbiederId: null,
      externeRegisseurNaam: null, reden: 'Keukentafelgesprek', uitzonderingReden: null, uitzonderingGoedgekeurd: false,
    });
    const after = await getCasusVoorVerdeling(teamlead, casus.id);
    expect(after.casus).toMatchObject({ fase: 'VRAAGVERHELDERING', wacht: false });
    expect((await getCasusverdeling(teamlead)).casussen.map((c) => c.id)).not.toContain(casus.id);
    expect(await prisma.regieToewijzing.count({ where: { huishoudenId: huishouden.id, lead: true, tot: null } })).toBe(1);
  });

  it('names the front office clerk who triaged the melding when no coach did an intake yet (issue 16 item 16)', async () => {
    const { casus, huishouden } = await createTeamCasus(gemeenteId, teamId, { wijkId });
    const balie = await createUser(gemeenteId, ['FRONTOFFICE'], { naam: 'Bea Balie' });
    const melding = await prisma.melding.create({
      data: { gemeenteId, kenmerk: `M-2026-9${String(Date.now()).slice(-5)}`, kanaal: 'TELEFOON', naam: 'Piet', vraag: 'Hulp', huishoudenId: huishouden.id, casusId: casus.id, status: 'GEKOPPELD' },
    });
    await prisma.triage.create({
      data: { gemeenteId, meldingId: melding.id, casusId: casus.id, uitkomst: 'MEERVOUDIG', vervolg: 'VRAAGVERHELDERING', urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN', doorId: balie.id },
    });
    const detail = await getCasusVoorVerdeling(teamlead, casus.id);
    expect(detail.casus).toMatchObject({ intakeDoor: null, triageDoor: 'Bea Balie' });
  });
});
