// Afsluiten and heropenen (issue 6 item 4): with a reason and a waakvlam; refused while a safety consult is open or,
// with a lasting risk, without the teamleider; reopening keeps the whole history.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { REASONS } from '@/lib/domain/casus-transitions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { WAAKVLAM_REASONS } from '@/lib/domain/plan';
import { afsluitenCasus } from '@/lib/server/casus/afsluiten-casus';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { AL_OPEN_CASUS, heropenenCasus } from '@/lib/server/casus/heropenen-casus';
import { createHuishoudenInRegie, createPlanWereld, type PlanWereld } from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

const vandaag = () => toCalendarDay(new Date());
const afsluiten = (h: Awaited<ReturnType<typeof createHuishoudenInRegie>>, extra: { version?: number; waakvlamOp?: Date | null; afsluitreden?: string } = {}) => ({
  huishoudenId: h.huishouden.id,
  casusId: h.casus.id,
  version: extra.version ?? h.casus.version,
  afsluitreden: extra.afsluitreden ?? 'De situatie is stabiel.',
  waakvlamOp: extra.waakvlamOp ?? null,
});

describe('afsluitenCasus', () => {
  it('closes with the reason and a waakvlam the gemeente default ahead, with history rows', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    const { waakvlamOp } = await afsluitenCasus(w.coach, afsluiten(h));
    expect(waakvlamOp).toEqual(addCalendarDays(vandaag(), 90));
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id }, include: { faseWijzigingen: true, gebeurtenissen: true } });
    expect(casus).toMatchObject({ fase: 'AFGESLOTEN', afsluitreden: 'De situatie is stabiel.', waakvlamOp, version: 2 });
    expect(casus.afgeslotenOp).not.toBeNull();
    expect(casus.faseWijzigingen).toEqual([expect.objectContaining({ van: 'EVALUATIE', naar: 'AFGESLOTEN', reden: 'De situatie is stabiel.' })]);
    expect(casus.gebeurtenissen).toEqual([expect.objectContaining({ soort: 'AFGESLOTEN' })]);
    expect(await prisma.regieToewijzing.findMany({ where: { casusId: h.casus.id } })).toEqual([expect.objectContaining({ eindreden: 'Casus afgesloten' })]);
    expect(await prisma.auditEntry.count({ where: { entiteitId: h.casus.id, actie: 'CASUS_AFGESLOTEN' } })).toBe(1);
  });

  it('puts the waakvlam as a task in the werkvoorraad of the last regisseur', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    const { waakvlamOp } = await afsluitenCasus(w.coach, afsluiten(h));
    const { taken } = await getWerkvoorraad(w.coach);
    expect(taken.filter((t) => t.casusId === h.casus.id)).toEqual([expect.objectContaining({ soort: 'WAAKVLAM', uiterlijkOp: waakvlamOp })]);
  });

  it('takes a chosen waakvlam date, and refuses one that is not in the future at its field', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    const error = await afsluitenCasus(w.coach, afsluiten(h, { waakvlamOp: vandaag() })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID', fieldErrors: { waakvlamOp: [WAAKVLAM_REASONS.verleden] } });
    const gekozen = addCalendarDays(vandaag(), 30);
    expect((await afsluitenCasus(w.coach, afsluiten(h, { waakvlamOp: gekozen }))).waakvlamOp).toEqual(gekozen);
  });

  it('is refused while a safety consult is open, and allowed once it is afgerond', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    const consult = await prisma.consult.create({
      data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id, soort: 'VEILIGHEID', vraag: 'Zorgen', aangevraagdDoorId: w.coach.id, uiterlijkOp: new Date() },
    });
    expect(await afsluitenCasus(w.coach, afsluiten(h)).catch((e: unknown) => e)).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: [REASONS.openVeiligheidsconsult] });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).fase).toBe('EVALUATIE');
    await prisma.consult.update({ where: { id: consult.id }, data: { status: 'AFGEROND', afgerondOp: new Date() } });
    await afsluitenCasus(w.coach, afsluiten(h));
  });

  it('with a lasting safety risk: refused for the wijkcoach, allowed for the teamleider', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    await prisma.casus.update({ where: { id: h.casus.id }, data: { veiligheid: 'RISICO' } });
    expect(await afsluitenCasus(w.coach, afsluiten(h)).catch((e: unknown) => e)).toMatchObject({ reasons: [REASONS.riskNeedsTeamlead] });
    await afsluitenCasus(w.teamlead, afsluiten(h));
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).fase).toBe('AFGESLOTEN');
  });

  it('cannot close straight from uitvoering (evaluate first), nor with a stale version or the wrong role', async () => {
    const h = await createHuishoudenInRegie(w, 'UITVOERING');
    expect(await afsluitenCasus(w.coach, afsluiten(h)).catch((e: unknown) => e)).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Van Uitvoering kun je niet naar Afgesloten.'] });
    expect(await afsluitenCasus(w.coach, afsluiten(h, { version: 7 })).catch((e: unknown) => e)).toMatchObject({ code: 'STALE_VERSION' });
    expect(await afsluitenCasus(w.backoffice, afsluiten(h)).catch((e: unknown) => e)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('heropenenCasus', () => {
  it('reopens with the whole history; the waakvlam is done', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    await afsluitenCasus(w.coach, afsluiten(h));
    // Regie ended with the casus: straight back to the plan needs a regisseur first.
    const input = { huishoudenId: h.huishouden.id, casusId: h.casus.id, version: 2, reden: 'Waakvlam: nieuwe zorgen over schulden.' };
    expect(await heropenenCasus(w.coach, { ...input, naar: 'PLAN' }).catch((e: unknown) => e)).toMatchObject({ reasons: [REASONS.noRegisseur] });
    await heropenenCasus(w.coach, { ...input, naar: 'WACHT_OP_REGIE' });
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id }, include: { faseWijzigingen: { orderBy: { op: 'asc' } }, gebeurtenissen: true, regie: true } });
    expect(casus).toMatchObject({ fase: 'WACHT_OP_REGIE', afgeslotenOp: null, waakvlamOp: null, version: 3 });
    expect(casus.heropendOp).not.toBeNull();
    expect(casus.faseWijzigingen.map((f) => `${f.van}>${f.naar}`)).toEqual(['EVALUATIE>AFGESLOTEN', 'AFGESLOTEN>WACHT_OP_REGIE']);
    expect(casus.gebeurtenissen.map((g) => g.soort).sort()).toEqual(['AFGESLOTEN', 'HEROPEND']);
    expect(casus.regie).toEqual([expect.objectContaining({ lead: true, eindreden: 'Casus afgesloten' })]);
  });

  it('is refused when the household has opened another casus since', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    await afsluitenCasus(w.coach, afsluiten(h));
    await prisma.casus.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, nummer: `C-NIEUW-${crypto.randomUUID()}`, meldingOntvangenOp: new Date(), teamId: w.team.id } });
    expect(await heropenenCasus(w.coach, { huishoudenId: h.huishouden.id, casusId: h.casus.id, version: 2, naar: 'VRAAGVERHELDERING', reden: 'x' }).catch((e: unknown) => e))
      .toMatchObject({ code: 'CONFLICT', reasons: [AL_OPEN_CASUS] });
  });

  it('refuses an open casus and a role without the permission', async () => {
    const h = await createHuishoudenInRegie(w, 'EVALUATIE');
    const input = { huishoudenId: h.huishouden.id, casusId: h.casus.id, version: 1, naar: 'PLAN' as const, reden: 'x' };
    expect(await heropenenCasus(w.coach, input).catch((e: unknown) => e)).toMatchObject({ code: 'TRANSITION_REFUSED' });
    expect(await heropenenCasus(w.backoffice, input).catch((e: unknown) => e)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
