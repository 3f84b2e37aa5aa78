// The read side of the plan tab: what the page, the editor, the diff and the PDF get, each behind need-to-know with
// its access-log row.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getPlan } from '@/lib/server/plan/get-plan';
import { getPlanBewerken } from '@/lib/server/plan/get-plan-bewerken';
import { getPlanPdf } from '@/lib/server/plan/get-plan-pdf';
import { getPlanVerschillen } from '@/lib/server/plan/get-plan-verschillen';
import { nieuwePlanVersie } from '@/lib/server/plan/nieuwe-plan-versie';
import { savePlanConcept } from '@/lib/server/plan/save-plan-concept';
import { startPlan } from '@/lib/server/plan/start-plan';
import { parsePlanConcept } from '@/lib/validations/plan';
import { pdfText } from '../support/pdf-text';
import { conceptInput, createHuishoudenInRegie, createPlanWereld, vastgesteldPlan, type PlanWereld } from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

const toFormData = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  return data;
};

describe('getPlan', () => {
  it('offers to start a plan when there is none, and says which steps are blocked and why', async () => {
    const h = await createHuishoudenInRegie(w);
    const leeg = await getPlan(w.coach, h.huishouden.id);
    expect(leeg).toMatchObject({ plan: null, kanStarten: true });
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const concept = await getPlan(w.coach, h.huishouden.id);
    expect(concept.plan?.versie.id).toBe(versieId);
    expect(concept.plan?.stappen).toMatchObject({ bewerken: true, voorleggen: ['Schrijf minstens één doel op, in de woorden van het huishouden.', 'Kies wanneer jullie het plan evalueren.'], vaststellen: null, nieuweVersie: false });
    expect(await prisma.auditEntry.count({ where: { huishoudenId: h.huishouden.id, actie: 'READ', entiteit: 'Ondersteuningsplan' } })).toBe(2);
  });

  it('after vaststellen: no editing, a new version possible, and the aanvraag shown at its item', async () => {
    const h = await createHuishoudenInRegie(w);
    await vastgesteldPlan(w, h);
    const data = await getPlan(w.coach, h.huishouden.id);
    expect(data.plan?.stappen).toMatchObject({ bewerken: false, voorleggen: null, nieuweVersie: true, evalueren: true, actieStatus: true });
    expect(data.plan?.versie.arrangement.find((a) => a.soort === 'MAATWERK')?.aanvraag?.nummer).toMatch(/^A-\d{4}-\d{6}$/);
    // Read-only roles see the plan but get no steps.
    const backoffice = await getPlan(w.backoffice, h.huishouden.id);
    expect(backoffice.plan?.stappen).toMatchObject({ bewerken: false, nieuweVersie: false, evalueren: false, actieStatus: false });
  });

  it('refuses without need-to-know', async () => {
    const h = await createHuishoudenInRegie(w);
    const vreemde = { ...w.collega, teamIds: [] };
    await expect(getPlan(vreemde, h.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getPlanBewerken', () => {
  it('gives the concept as form values that read back to the same plan', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    const data = await getPlanBewerken(w.coach, h.huishouden.id);
    expect(data.concept?.version).toBe(2);
    expect(data.keuzes?.producten.map((p) => p.label)).toEqual(['Wmo 2015 · 07A12 Dagbesteding', 'Jeugdwet · 45A01 Jeugdhulp ambulant']);
    const parsed = parsePlanConcept(toFormData(data.concept!.values));
    expect(parsed.fieldErrors).toBeUndefined();
    const result = await savePlanConcept(w.coach, parsed.data!);
    expect(result.onderdelen).toEqual([]); // nothing changed in the round trip
    const acties = await prisma.actie.findMany({ where: { planVersieId: versieId }, include: { doel: true } });
    expect(acties.filter((a) => a.doel).length).toBe(3);
  });

  it('is refused to a role without plan:write', async () => {
    const h = await createHuishoudenInRegie(w);
    await expect(getPlanBewerken(w.backoffice, h.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('getPlanVerschillen and getPlanPdf', () => {
  it('shows what changed between version 1 and 2', async () => {
    const h = await createHuishoudenInRegie(w);
    const v1 = await vastgesteldPlan(w, h);
    const { versieId } = await nieuwePlanVersie(w.coach, { huishoudenId: h.huishouden.id, versieId: v1.versieId, version: v1.version });
    const input = conceptInput(w, h, { id: versieId, version: 1 });
    input.doelen[1] = { ...input.doelen[1], horizon: 'EEN_JAAR' };
    await savePlanConcept(w.coach, { ...input, acties: input.acties.slice(0, 2) });
    const data = await getPlanVerschillen(w.coach, h.huishouden.id);
    expect([data.van.versienummer, data.naar.versienummer]).toEqual([1, 2]);
    const doelen = data.verschil.lijsten.find((l) => l.onderdeel === 'Doelen')!;
    expect(doelen.gewijzigd).toEqual([{ titel: 'Ik ga elke week naar het wijkrestaurant.', velden: [{ label: 'Wanneer', oud: 'Over 3 maanden', nieuw: 'Over 1 jaar' }] }]);
    expect(data.verschil.lijsten.find((l) => l.onderdeel === 'Acties')!.verwijderd).toHaveLength(1);
  });

  it('writes the plan for the household in the u-form, with their goals, and logs the export', async () => {
    const h = await createHuishoudenInRegie(w);
    const v1 = await vastgesteldPlan(w, h);
    const { buffer, filename } = await getPlanPdf(w.coach, h.huishouden.id);
    expect(filename).toBe('ondersteuningsplan-versie-1.pdf');
    const text = await pdfText(buffer);
    expect(text).toContain('Uw ondersteuningsplan');
    expect(text).toContain(w.gemeente.briefhoofd);
    expect(text).toContain('Ik wil elke week weten hoeveel geld ik heb.');
    expect(text).toContain('Dit is uw plan.');
    expect(text).toMatch(/U was het op .* met dit plan eens \(mondeling\)/);
    expect(text).toContain('Voor deze hulp neemt de gemeente een besluit');
    expect(text).toContain('SchuldHulpMaatje: Samen een budgetplan maken.');
    expect(await prisma.auditEntry.count({ where: { entiteitId: v1.versieId, actie: 'EXPORT' } })).toBe(1);
  });
});
