// Issue 6 item 5: when a plan with maatwerk is vastgesteld, each maatwerk item becomes an aanvraag (opdracht tot
// beschikking) in the backoffice queue, with the received date that starts the legal term.
import { beforeAll, describe, expect, it } from 'vitest';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { prisma } from '@/lib/db';
import { toCalendarDay } from '@/lib/domain/dates';
import { findHouseholdAccess } from '@/lib/server/access/household-access';
import { beschikkingTermDays, dueDate } from '@/lib/domain/deadlines';
import { createHuishoudenInRegie, createPlanWereld, conceptInput, vastgesteldPlan, type PlanWereld } from '../support/plan-factories';

let w: PlanWereld;
beforeAll(async () => {
  w = await createPlanWereld();
});

describe('aanvragen from a vastgesteld plan', () => {
  it('turns each maatwerk item into an aanvraag ONTVANGEN today, numbered A-<jaar>-<n>, visible to the backoffice', async () => {
    const h = await createHuishoudenInRegie(w);
    // Access for the backoffice comes with the aanvraag (need-to-know), not before.
    expect(await findHouseholdAccess(w.backoffice, h.huishouden.id)).toBeNull();
    const twee = (input: ReturnType<typeof conceptInput>) => [
      ...input.arrangement,
      { ...input.arrangement[1], omschrijving: 'Begeleiding thuis, pgb.', persoonId: h.partner.id, leveringsvorm: 'PGB' as const },
    ];
    const base = conceptInput(w, h, { id: '00000000-0000-0000-0000-000000000000', version: 1 });
    const result = await vastgesteldPlan(w, h, { arrangement: twee(base) });
    expect(result.aanvragen).toHaveLength(2);

    const aanvragen = await prisma.aanvraag.findMany({ where: { huishoudenId: h.huishouden.id }, include: { arrangementItem: true }, orderBy: { nummer: 'asc' } });
    const jaar = toCalendarDay(new Date()).getUTCFullYear();
    expect(aanvragen.map((a) => a.nummer)).toEqual([`A-${jaar}-000001`, `A-${jaar}-000002`]);
    for (const a of aanvragen) {
      expect(a).toMatchObject({ casusId: h.casus.id, productId: w.producten.dagbesteding.id, wet: 'WMO', status: 'ONTVANGEN' });
      expect(a.ontvangenOp).toEqual(toCalendarDay(new Date()));
      expect(a.arrangementItem?.planVersieId).toBe(result.versieId);
    }
    expect(aanvragen.map((a) => [a.persoonId, a.leveringsvorm]).sort()).toEqual([[h.hoofd.id, 'ZIN'], [h.partner.id, 'PGB']].sort());
    expect(await prisma.auditEntry.count({ where: { huishoudenId: h.huishouden.id, actie: 'AANVRAAG_AANGEMAAKT' } })).toBe(2);

    // The backoffice queue (/aanvragen: open aanvragen of the gemeente, tests/e2e/plan.spec.ts walks it) gets them,
    // with the Wmo term of two weeks from today, and the backoffice now has a ground to open the household.
    const open = await prisma.aanvraag.findMany({ where: { gemeenteId: w.backoffice.gemeenteId, status: { in: ['ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT'] }, huishoudenId: h.huishouden.id } });
    expect(open).toHaveLength(2);
    // Fourteen days, and more when the fourteenth is a Saturday, Sunday or feestdag (Algemene termijnenwet).
    const uiterlijk = dueDate({ start: open[0].ontvangenOp, termDays: beschikkingTermDays(open[0].wet), suspensions: [], today: new Date(), besluitdagen: await laadBesluitdagen(prisma) });
    expect(calendarDays(open[0].ontvangenOp, uiterlijk)).toBeGreaterThanOrEqual(14);
    expect(calendarDays(open[0].ontvangenOp, uiterlijk)).toBeLessThanOrEqual(18);
    expect(await findHouseholdAccess(w.backoffice, h.huishouden.id)).toBe('AANVRAAG');
  });

  it('makes no aanvraag for a plan without maatwerk', async () => {
    const h = await createHuishoudenInRegie(w);
    const base = conceptInput(w, h, { id: '00000000-0000-0000-0000-000000000000', version: 1 });
    const result = await vastgesteldPlan(w, h, { arrangement: [base.arrangement[0]] });
    expect(result.aanvragen).toEqual([]);
    expect(await prisma.aanvraag.count({ where: { huishoudenId: h.huishouden.id } })).toBe(0);
  });

  it('rolls back the aanvragen with a refused vaststellen (no number used)', async () => {
    const before = await prisma.nummering.findUnique({ where: { gemeenteId_soort: { gemeenteId: w.gemeenteId, soort: 'aanvraag' } } });
    const h = await createHuishoudenInRegie(w);
    const base = conceptInput(w, h, { id: '00000000-0000-0000-0000-000000000000', version: 1 });
    const jeugd = [{ ...base.arrangement[1], productId: w.producten.jeugdhulp.id }];
    await expect(vastgesteldPlan(w, h, { arrangement: jeugd })).rejects.toThrow(/geen mandaat/);
    const after = await prisma.nummering.findUnique({ where: { gemeenteId_soort: { gemeenteId: w.gemeenteId, soort: 'aanvraag' } } });
    expect(after?.laatste).toBe(before?.laatste);
  });
});

const calendarDays = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 86_400_000);
