// The ondersteuningsplan use cases (issue 6) against a real PostgreSQL: one plan per household, the concept with
// optimistic locking, the lifecycle with its guards and the mandate, and a new version after vaststellen.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { startPlan, PLAN_BESTAAT_AL } from '@/lib/server/plan/start-plan';
import { savePlanConcept, TER_AKKOORD_NIET_BEWERKEN, VASTGESTELD_NIET_BEWERKEN } from '@/lib/server/plan/save-plan-concept';
import { voorleggenPlan } from '@/lib/server/plan/voorleggen-plan';
import { terugNaarConcept } from '@/lib/server/plan/terug-naar-concept';
import { recordAkkoordInwoner } from '@/lib/server/plan/record-akkoord-inwoner';
import { vaststellenPlan } from '@/lib/server/plan/vaststellen-plan';
import { nieuwePlanVersie } from '@/lib/server/plan/nieuwe-plan-versie';
import { updateActieStatus } from '@/lib/server/plan/update-actie-status';
import { PLAN_REASONS } from '@/lib/domain/plan';
import {
  conceptInput, createHuishoudenInRegie, createPlanWereld, huidigeVersie, rollen, vastgesteldPlan, type PlanWereld,
} from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
};

describe('startPlan: one plan per household (DOMAIN.md §3 rule 2)', () => {
  it('starts a plan with a first concept version and writes the access-log row', async () => {
    const h = await createHuishoudenInRegie(w);
    const { planId, versieId } = await startPlan(w.coach, h.huishouden.id);
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } });
    expect(versie).toMatchObject({ planId, versienummer: 1, status: 'CONCEPT', opgesteldDoorId: w.coach.id, monitorDoorId: w.coach.id, version: 1 });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: versieId, actie: 'PLAN_GESTART' } });
    expect(audit).toMatchObject({ actorId: w.coach.id, huishoudenId: h.huishouden.id, context: 'regisseur' });
  });

  it('refuses a second plan, also when two people start it at the same moment', async () => {
    const h = await createHuishoudenInRegie(w);
    const results = await Promise.allSettled([startPlan(w.coach, h.huishouden.id), startPlan(w.collega, h.huishouden.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT', reasons: [PLAN_BESTAAT_AL] });
    expect(await prisma.ondersteuningsplan.count({ where: { huishoudenId: h.huishouden.id } })).toBe(1);
    expect((await refusal(startPlan(w.coach, h.huishouden.id))).reasons).toEqual([PLAN_BESTAAT_AL]);
  });

  it('the database itself refuses a second current plan', async () => {
    const h = await createHuishoudenInRegie(w);
    await startPlan(w.coach, h.huishouden.id);
    await expect(
      prisma.ondersteuningsplan.create({ data: { gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id, actueel: true } }),
    ).rejects.toThrow(/Unique constraint/);
  });

  it('waits for regie: refused before the casus reaches fase Plan', async () => {
    const h = await createHuishoudenInRegie(w, 'WACHT_OP_REGIE');
    expect((await refusal(startPlan(w.coach, h.huishouden.id))).reasons[0]).toMatch(/fase Wacht op regie/);
  });

  it('refuses a role without plan:write and a wijkcoach without need-to-know', async () => {
    const h = await createHuishoudenInRegie(w);
    expect((await refusal(startPlan(w.backoffice, h.huishouden.id))).code).toBe('FORBIDDEN');
    const vreemde = rollen({ ...w.coach, id: w.collega.id, teamIds: [] }, ['WIJKCOACH']);
    expect((await refusal(startPlan(vreemde, h.huishouden.id))).code).toBe('FORBIDDEN');
    expect(await prisma.ondersteuningsplan.count({ where: { huishoudenId: h.huishouden.id } })).toBe(0);
  });
});

describe('savePlanConcept', () => {
  it('saves goals, actions and the arrangement, and logs which parts changed', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const result = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    expect(result.version).toBe(2);
    expect(result.onderdelen).toEqual(expect.arrayContaining(['Doelen', 'Acties', 'Arrangement', 'Evaluatiedatum']));
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId }, include: { doelen: true, acties: { include: { doel: true } }, arrangement: true } });
    expect(versie.doelen.map((d) => d.label).sort()).toEqual(['Financiën', 'Sociaal netwerk']);
    expect(versie.acties).toHaveLength(3);
    expect(versie.acties.find((a) => a.wie === 'NETWERK')?.doel?.omschrijving).toBe('Ik ga elke week naar het wijkrestaurant.');
    const maatwerk = versie.arrangement.find((a) => a.soort === 'MAATWERK')!;
    expect(maatwerk).toMatchObject({ productId: w.producten.dagbesteding.id, leveringsvorm: 'ZIN', eigenKrachtOverwogen: true, persoonId: h.hoofd.id });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: versieId, actie: 'PLAN_CONCEPT_OPGESLAGEN' } });
    expect(audit.after).toMatchObject({ version: 2 });
  });

  it('two people saving the same concept at once: the second gets a conflict saying who changed what, nothing is overwritten', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    // Both opened version 1. Sanne saves first.
    const sanne = conceptInput(w, h, { id: versieId, version: 1 });
    await savePlanConcept(w.coach, sanne);
    // Ali saves his own text on the version he opened.
    const ali = conceptInput(w, h, { id: versieId, version: 1 }, { watGaatGoed: 'Ali schreef dit.', doelen: [], acties: [] });
    const error = await refusal(savePlanConcept(w.collega, ali));
    expect(error.code).toBe('STALE_VERSION');
    const message = error.reasons.join(' ');
    expect(message).toMatch(/niet opgeslagen/);
    expect(message).toMatch(/Sanne Wijkcoach sloeg het concept op om \d\d:\d\d \(.*Doelen.*Acties.*\)/);
    expect(message).toMatch(/Verschil tussen jouw invoer en wat nu is opgeslagen: .*Doelen: 2 verwijderd/);
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId }, include: { doelen: true } });
    expect(versie.watGaatGoed).toBe('De huur wordt op tijd betaald.');
    expect(versie.doelen).toHaveLength(2);
    expect(versie.version).toBe(2);
    expect(await prisma.auditEntry.count({ where: { entiteitId: versieId, actie: 'PLAN_CONCEPT_OPGESLAGEN' } })).toBe(1);
  });

  it('truly concurrent saves of the same version: exactly one wins, the other is refused as stale', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const a = conceptInput(w, h, { id: versieId, version: 1 }, { watGaatGoed: 'A' });
    const b = conceptInput(w, h, { id: versieId, version: 1 }, { watGaatGoed: 'B' });
    const results = await Promise.allSettled([savePlanConcept(w.coach, a), savePlanConcept(w.collega, b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: 'STALE_VERSION' });
    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId }, include: { doelen: true } });
    expect(versie.version).toBe(2);
    expect(versie.doelen).toHaveLength(2); // one whole save, not a mix of two
    expect(['A', 'B']).toContain(versie.watGaatGoed);
  });

  it('puts a problem with an id at its own field', async () => {
    const h = await createHuishoudenInRegie(w);
    const ander = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const input = conceptInput(w, h, { id: versieId, version: 1 });
    input.arrangement[1] = { ...input.arrangement[1], persoonId: ander.hoofd.id, rij: 'n4' };
    const error = await refusal(savePlanConcept(w.coach, input));
    expect(error.code).toBe('INVALID');
    expect(error.fieldErrors).toEqual({ 'arrangement.n4.persoonId': ['Deze persoon hoort niet (meer) bij het huishouden.'] });
  });

  it('refuses a product that has left the catalogue', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const oud = await prisma.product.create({
      data: { gemeenteId: w.gemeenteId, wet: 'WMO', categorie: '07', code: '07A99', naam: 'Oud', eenheid: '16', standaardFrequentie: '2', leveringsvormen: ['ZIN'], actiefVan: new Date('2020-01-01'), actiefTot: new Date('2021-01-01') },
    });
    const input = conceptInput(w, h, { id: versieId, version: 1 });
    input.arrangement[1] = { ...input.arrangement[1], productId: oud.id };
    expect(Object.keys((await refusal(savePlanConcept(w.coach, input))).fieldErrors)).toEqual(['arrangement.1.productId']);
  });

  it('the database refuses maatwerk without eigen kracht, netwerk and algemene voorzieningen considered (rule 4)', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const input = conceptInput(w, h, { id: versieId, version: 1 });
    input.arrangement[1] = { ...input.arrangement[1], netwerkOverwogen: false };
    await expect(savePlanConcept(w.coach, input)).rejects.toThrow(/ArrangementItem_voorliggend_overwogen|check constraint/i);
    expect(await prisma.arrangementItem.count({ where: { planVersieId: versieId } })).toBe(0);
  });

  it('refuses a role without plan:write', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    expect((await refusal(savePlanConcept(w.backoffice, conceptInput(w, h, { id: versieId, version: 1 })))).code).toBe('FORBIDDEN');
  });
});

describe('the lifecycle', () => {
  it('concept → ter akkoord → akkoord inwoner → vastgesteld; the casus moves to uitvoering', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const stap = (version: number) => ({ huishoudenId: h.huishouden.id, versieId, version });
    // An empty concept cannot go to the household.
    expect((await refusal(voorleggenPlan(w.coach, stap(1)))).reasons).toEqual([PLAN_REASONS.geenDoel, PLAN_REASONS.geenEvaluatieDatum]);
    let { version } = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    ({ version } = await voorleggenPlan(w.coach, stap(version)));
    // Ter akkoord: not edited, and not vastgesteld without the household's akkoord.
    expect((await refusal(savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version })))).reasons).toEqual([TER_AKKOORD_NIET_BEWERKEN]);
    expect((await refusal(vaststellenPlan(w.coach, stap(version)))).reasons).toEqual([PLAN_REASONS.geenAkkoord]);
    // An akkoord in the future is refused at its field.
    const morgen = new Date(Date.now() + 2 * 86_400_000);
    expect((await refusal(recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: morgen, akkoordWijze: 'MONDELING' }))).fieldErrors).toHaveProperty('akkoordInwonerOp');
    ({ version } = await recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: new Date(), akkoordWijze: 'SCHRIFTELIJK' }));
    const result = await vaststellenPlan(w.coach, stap(version));
    expect(result.aanvragen).toHaveLength(1);

    const versie = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } });
    expect(versie).toMatchObject({ status: 'VASTGESTELD', vastgesteldDoorId: w.coach.id, akkoordWijze: 'SCHRIFTELIJK' });
    const casus = await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id }, include: { faseWijzigingen: true } });
    expect(casus.fase).toBe('UITVOERING');
    expect(casus.faseWijzigingen).toEqual([expect.objectContaining({ van: 'PLAN', naar: 'UITVOERING', doorId: w.coach.id })]);
    // A vastgesteld version is not edited: only followed by a new version.
    expect((await refusal(savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: result.version })))).reasons).toEqual([VASTGESTELD_NIET_BEWERKEN]);
  });

  it('a stale editor after vaststellen: the version is vastgesteld, what was not saved, and a new version from it (issue 16 item 11)', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const stap = (version: number) => ({ huishoudenId: h.huishouden.id, versieId, version });
    let { version } = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    const geopend = version; // the editor stays open in another tab
    ({ version } = await voorleggenPlan(w.coach, stap(version)));
    ({ version } = await recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: new Date(), akkoordWijze: 'SCHRIFTELIJK' }));
    await vaststellenPlan(w.coach, stap(version));

    const invoer = conceptInput(w, h, { id: versieId, version: geopend });
    invoer.doelen = [{ ...invoer.doelen[0], omschrijving: 'Ik wil elke maand iets sparen.' }, invoer.doelen[1]];
    const error = await refusal(savePlanConcept(w.coach, invoer));
    expect(error.code).toBe('TRANSITION_REFUSED');
    expect(error.reasons).toEqual([VASTGESTELD_NIET_BEWERKEN, 'Je wijzigingen zijn niet opgeslagen; ze staan nog in het formulier (Doelen: 1 gewijzigd).']);
    // The offered new version works from the page as it was opened.
    expect((await nieuwePlanVersie(w.coach, stap(geopend))).versienummer).toBe(2);
  });

  it('a conflict with oneself (another tab) is not blamed on "iemand anders" (issue 16 item 11)', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    const error = await refusal(savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }, { watGaatGoed: 'Anders' })));
    expect(error.code).toBe('STALE_VERSION');
    expect(error.reasons[0]).toMatch(/^Je hebt dit plan in een ander venster of tabblad gewijzigd/);
    expect(error.reasons[1]).toMatch(/^Je sloeg het concept op om/);
  });

  it('back to concept clears the akkoord', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const stap = (version: number) => ({ huishoudenId: h.huishouden.id, versieId, version });
    let { version } = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }));
    ({ version } = await voorleggenPlan(w.coach, stap(version)));
    ({ version } = await recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: new Date(), akkoordWijze: 'MONDELING' }));
    ({ version } = await terugNaarConcept(w.coach, stap(version)));
    expect(await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } })).toMatchObject({ status: 'CONCEPT', akkoordInwonerOp: null, akkoordWijze: null, version });
  });

  it('vaststellen needs the mandate for the law of the maatwerk (rule 7) and the role', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    const stap = (version: number) => ({ huishoudenId: h.huishouden.id, versieId, version });
    const jeugd = conceptInput(w, h, { id: versieId, version: 1 });
    jeugd.arrangement[1] = { ...jeugd.arrangement[1], productId: w.producten.jeugdhulp.id };
    let { version } = await savePlanConcept(w.coach, jeugd);
    ({ version } = await voorleggenPlan(w.coach, stap(version)));
    ({ version } = await recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: new Date(), akkoordWijze: 'MONDELING' }));
    // The wijkcoach's mandate covers the Wmo only; the collega has none; the backoffice may not at all.
    expect((await refusal(vaststellenPlan(w.coach, stap(version)))).reasons[0]).toMatch(/geen mandaat .* Jeugdwet/);
    expect((await refusal(vaststellenPlan(w.collega, stap(version)))).reasons[0]).toMatch(/geen mandaat/);
    expect((await refusal(vaststellenPlan(w.backoffice, stap(version)))).code).toBe('FORBIDDEN');
    expect(await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } })).toMatchObject({ status: 'TER_AKKOORD', version });
    expect(await prisma.aanvraag.count({ where: { huishoudenId: h.huishouden.id } })).toBe(0);
    // The teamleider's mandate covers every law.
    await vaststellenPlan(w.teamlead, stap(version));
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } })).vastgesteldDoorId).toBe(w.teamlead.id);
  });

  it('a stale step is refused with who changed the version', async () => {
    const h = await createHuishoudenInRegie(w);
    const { versieId } = await startPlan(w.coach, h.huishouden.id);
    await savePlanConcept(w.collega, conceptInput(w, h, { id: versieId, version: 1 }));
    const error = await refusal(voorleggenPlan(w.coach, { huishoudenId: h.huishouden.id, versieId, version: 1 }));
    expect(error.code).toBe('STALE_VERSION');
    expect(error.reasons.join(' ')).toMatch(/Ali Collega sloeg het concept op/);
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId } })).status).toBe('CONCEPT');
  });
});

describe('a new version after vaststellen', () => {
  it('copies the binding version as a concept, and on vaststellen replaces it without a second aanvraag', async () => {
    const h = await createHuishoudenInRegie(w);
    const v1 = await vastgesteldPlan(w, h);
    const { versieId, versienummer } = await nieuwePlanVersie(w.coach, { huishoudenId: h.huishouden.id, versieId: v1.versieId, version: v1.version });
    expect(versienummer).toBe(2);
    const v2 = await prisma.planVersie.findUniqueOrThrow({ where: { id: versieId }, include: { doelen: true, acties: true, arrangement: true } });
    expect(v2).toMatchObject({ status: 'CONCEPT', vorigeVersieId: v1.versieId, akkoordInwonerOp: null, evaluatieDatum: null });
    expect([v2.doelen.length, v2.acties.length, v2.arrangement.length]).toEqual([2, 3, 2]);
    expect(v2.acties.every((a) => a.doelId && v2.doelen.some((d) => d.id === a.doelId))).toBe(true);
    // Only one version in the making.
    expect((await refusal(nieuwePlanVersie(w.coach, { huishoudenId: h.huishouden.id, versieId: v1.versieId, version: v1.version }))).code).toBe('CONFLICT');

    const stap = (version: number) => ({ huishoudenId: h.huishouden.id, versieId, version });
    let { version } = await savePlanConcept(w.coach, conceptInput(w, h, { id: versieId, version: 1 }, { watGaatGoed: 'Het gaat beter.' }));
    ({ version } = await voorleggenPlan(w.coach, stap(version)));
    ({ version } = await recordAkkoordInwoner(w.coach, { ...stap(version), akkoordInwonerOp: new Date(), akkoordWijze: 'DIGITAAL' }));
    const result = await vaststellenPlan(w.coach, stap(version));
    expect(result.aanvragen).toEqual([]); // the dagbesteding was already requested with version 1
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: v1.versieId } })).status).toBe('VERVANGEN');
    expect(await prisma.aanvraag.count({ where: { huishoudenId: h.huishouden.id } })).toBe(1);
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).fase).toBe('UITVOERING');
    expect((await huidigeVersie(h.huishouden.id)).versienummer).toBe(2);
  });
});

describe('updateActieStatus', () => {
  it('records progress on a vastgesteld plan, marks it in uitvoering and refuses a stale status', async () => {
    const h = await createHuishoudenInRegie(w);
    const v1 = await vastgesteldPlan(w, h);
    const actie = await prisma.actie.findFirstOrThrow({ where: { planVersieId: v1.versieId } });
    await updateActieStatus(w.coach, { huishoudenId: h.huishouden.id, actieId: actie.id, vorigeStatus: 'OPEN', status: 'BEZIG' });
    expect((await prisma.actie.findUniqueOrThrow({ where: { id: actie.id } })).status).toBe('BEZIG');
    expect((await prisma.planVersie.findUniqueOrThrow({ where: { id: v1.versieId } })).status).toBe('IN_UITVOERING');
    const error = await refusal(updateActieStatus(w.collega, { huishoudenId: h.huishouden.id, actieId: actie.id, vorigeStatus: 'OPEN', status: 'GEDAAN' }));
    expect(error.code).toBe('STALE_VERSION');
    expect(error.reasons.join(' ')).toMatch(new RegExp(`^${w.coach.naam} heeft deze actie om \\d{2}:\\d{2} gewijzigd: de status is nu bezig\\. Je wijziging is niet opgeslagen`));
    expect((await prisma.actie.findUniqueOrThrow({ where: { id: actie.id } })).status).toBe('BEZIG');
    expect(await prisma.auditEntry.count({ where: { entiteitId: actie.id, actie: 'PLAN_ACTIE_STATUS' } })).toBe(1);
  });
});
