// Evaluation of the plan (issue 6 item 3): per goal a result, optional ZRM scores, and a decision that moves the
// casus on: voortzetten / op- of afschalen, bijstellen (a new version), or afsluiten.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { recordEvaluatie } from '@/lib/server/evaluatie/record-evaluatie';
import type { EvaluatieInput } from '@/lib/validations/plan';
import { createHuishoudenInRegie, createPlanWereld, vastgesteldPlan, type PlanWereld } from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

const vandaag = () => toCalendarDay(new Date());

async function teEvalueren() {
  const h = await createHuishoudenInRegie(w);
  const plan = await vastgesteldPlan(w, h);
  const doelen = await prisma.doel.findMany({ where: { planVersieId: plan.versieId }, orderBy: { volgorde: 'asc' } });
  const input = (besluit: EvaluatieInput['besluit'], extra: Partial<EvaluatieInput> = {}): EvaluatieInput => ({
    huishoudenId: h.huishouden.id,
    versieId: plan.versieId,
    version: plan.version,
    datum: vandaag(),
    besluit,
    toelichting: null,
    volgendeEvaluatie: null,
    afsluitreden: null,
    waakvlamOp: null,
    doelen: doelen.map((d, i) => ({ doelId: d.id, resultaat: i === 0 ? 'BEHAALD' : 'DEELS', toelichting: null })),
    zrm: [],
    ...extra,
  });
  return { h, plan, doelen, input };
}

const fases = async (casusId: string) =>
  (await prisma.casusFaseWijziging.findMany({ where: { casusId }, orderBy: { op: 'asc' } })).map((f) => `${f.van}>${f.naar}`);

describe('recordEvaluatie', () => {
  it('voortzetten: results per goal and ZRM scores kept, the plan runs on with a next evaluation date', async () => {
    const { h, plan, doelen, input } = await teEvalueren();
    const volgende = addCalendarDays(vandaag(), 90);
    const result = await recordEvaluatie(w.coach, input('VOORTZETTEN', {
      volgendeEvaluatie: volgende,
      zrm: [{ persoonId: h.hoofd.id, domein: 'FINANCIEN', score: 3 }],
    }));
    const evaluatie = await prisma.evaluatie.findUniqueOrThrow({ where: { id: result.evaluatieId }, include: { doelen: true } });
    expect(evaluatie.doelen.map((d) => [d.doelId, d.resultaat]).sort()).toEqual([[doelen[0].id, 'BEHAALD'], [doelen[1].id, 'DEELS']].sort());
    expect(await prisma.zrmScore.findMany({ where: { evaluatieId: result.evaluatieId } })).toEqual([expect.objectContaining({ domein: 'FINANCIEN', score: 3, beoordelaarId: w.coach.id })]);
    expect(await prisma.planVersie.findUniqueOrThrow({ where: { id: plan.versieId } })).toMatchObject({ status: 'IN_UITVOERING', evaluatieDatum: volgende });
    expect(await fases(h.casus.id)).toEqual(['PLAN>UITVOERING', 'UITVOERING>EVALUATIE', 'EVALUATIE>UITVOERING']);
  });

  it('bijstellen: the version is geëvalueerd and a new concept copies it; the casus goes back to Plan', async () => {
    const { h, plan, input } = await teEvalueren();
    const result = await recordEvaluatie(w.coach, input('BIJSTELLEN'));
    expect(result.nieuweVersieId).not.toBeNull();
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: plan.versieId } })).status).toBe('GEEVALUEERD');
    const nieuw = await prisma.planVersie.findUniqueOrThrow({ where: { id: result.nieuweVersieId! }, include: { doelen: true } });
    expect(nieuw).toMatchObject({ status: 'CONCEPT', versienummer: 2, vorigeVersieId: plan.versieId });
    expect(nieuw.doelen).toHaveLength(2);
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).fase).toBe('PLAN');
  });

  it('opschalen records a gebeurtenis on the casus', async () => {
    const { h, input } = await teEvalueren();
    await recordEvaluatie(w.coach, input('OPSCHALEN', { volgendeEvaluatie: addCalendarDays(vandaag(), 30), toelichting: 'Meer partijen nodig.' }));
    expect(await prisma.casusGebeurtenis.findMany({ where: { casusId: h.casus.id } })).toEqual([
      expect.objectContaining({ soort: 'OPGESCHAALD', omschrijving: 'Besluit bij evaluatie: opschalen. Meer partijen nodig.' }),
    ]);
  });

  it('afsluiten closes the casus with the reason and the default waakvlam', async () => {
    const { h, plan, input } = await teEvalueren();
    const result = await recordEvaluatie(w.coach, input('AFSLUITEN', { afsluitreden: 'Het gaat goed, het huishouden redt het zelf.' }));
    expect(result.waakvlamOp).toEqual(addCalendarDays(vandaag(), w.gemeente.waakvlamStandaardDagen));
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).toMatchObject({
      fase: 'AFGESLOTEN', afsluitreden: 'Het gaat goed, het huishouden redt het zelf.', waakvlamOp: result.waakvlamOp,
    });
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: plan.versieId } })).status).toBe('GEEVALUEERD');
  });

  it('afsluiten is refused while a safety consult is open, and then nothing is recorded', async () => {
    const { h, plan, input } = await teEvalueren();
    await prisma.consult.create({
      data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id, soort: 'VEILIGHEID', vraag: 'Zorgen', aangevraagdDoorId: w.coach.id, uiterlijkOp: new Date() },
    });
    const error = await recordEvaluatie(w.coach, input('AFSLUITEN', { afsluitreden: 'Klaar' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Sluiten kan niet zolang er een veiligheidsconsult openstaat.'] });
    expect(await prisma.evaluatie.count({ where: { planVersieId: plan.versieId } })).toBe(0);
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).fase).toBe('UITVOERING');
  });

  it('asks a result for every goal, at the goal', async () => {
    const { input } = await teEvalueren();
    const zonder = input('VOORTZETTEN', { volgendeEvaluatie: addCalendarDays(vandaag(), 30) });
    zonder.doelen = zonder.doelen.slice(0, 1);
    const error = (await recordEvaluatie(w.coach, zonder).catch((e: unknown) => e)) as DomainError;
    expect(error.fieldErrors).toEqual({ 'doelen.1.resultaat': ['Kies of dit doel is behaald.'] });
  });

  it('refuses a stale version, a role without plan:write and a concept', async () => {
    const { input } = await teEvalueren();
    const stale = input('BIJSTELLEN');
    stale.version -= 1;
    expect(await recordEvaluatie(w.coach, stale).catch((e: unknown) => e)).toMatchObject({ code: 'STALE_VERSION' });
    expect(await recordEvaluatie(w.backoffice, input('BIJSTELLEN')).catch((e: unknown) => e)).toMatchObject({ code: 'FORBIDDEN' });
    const { nieuweVersieId } = await recordEvaluatie(w.coach, input('BIJSTELLEN'));
    const concept = await prisma.planVersie.findUniqueOrThrow({ where: { id: nieuweVersieId! } });
    expect(await recordEvaluatie(w.coach, { ...input('BIJSTELLEN'), versieId: concept.id, version: concept.version }).catch((e: unknown) => e)).toMatchObject({ code: 'TRANSITION_REFUSED' });
  });
});
