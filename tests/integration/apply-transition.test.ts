import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { CasusFacts } from '@/lib/domain/casus-transitions';
import { applyTransition } from '@/lib/server/transition/apply-transition';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

// Issue 18 item 1: the one writer of a route object's state, on real PostgreSQL: the step with its other columns, the
// fase history and the audit row in one go; a refusal, a stale version or a state that moved on writes nothing.

let s: VraagverhelderingSetup;
beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

const facts = (overrides: Partial<CasusFacts> = {}): CasusFacts => ({
  fase: 'VRAAGVERHELDERING', hasLeadRegisseur: false, planVastgesteld: false, hasOpenVeiligheidsconsult: false, veiligheid: 'GEEN_ZORGEN',
  spoed: false, teamleadApprovedClosing: false, afsluitreden: 'Vraag beantwoord', ...overrides,
});

const nothingWritten = async (version: number) => {
  expect(await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).toMatchObject({ fase: 'VRAAGVERHELDERING', version, afsluitreden: null });
  expect(await prisma.casusFaseWijziging.count({ where: { casusId: s.casus.id, naar: { not: 'TRIAGE' } } })).toBe(0);
  expect(await prisma.auditEntry.count({ where: { entiteitId: s.casus.id } })).toBe(0);
};

describe('applyTransition', () => {
  it('moves the casus with its other columns, writes the fase history and the audit row, and returns the new version', async () => {
    const op = new Date('2026-12-07T09:00:00Z');
    const version = await prisma.$transaction((tx) =>
      applyTransition(tx, s.coach, {
        object: 'casus', id: s.casus.id, version: s.casus.version, van: 'VRAAGVERHELDERING', naar: 'AFGESLOTEN', facts: facts(), op,
        reden: 'Vraag beantwoord', data: { afsluitreden: 'Vraag beantwoord', afgeslotenOp: op },
        audit: { actie: 'CASUS_AFGESLOTEN', huishoudenId: s.huishouden.id, after: { waakvlamOp: null } },
      }),
    );
    expect(version).toBe(s.casus.version + 1);
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: s.casus.id } })).toMatchObject({ fase: 'AFGESLOTEN', version, afsluitreden: 'Vraag beantwoord', afgeslotenOp: op });
    expect(await prisma.casusFaseWijziging.findFirstOrThrow({ where: { casusId: s.casus.id, naar: 'AFGESLOTEN' } })).toMatchObject({
      van: 'VRAAGVERHELDERING', doorId: s.coach.id, reden: 'Vraag beantwoord', op,
    });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: s.casus.id } })).toMatchObject({
      actie: 'CASUS_AFGESLOTEN', entiteit: 'Casus', actorId: s.coach.id, huishoudenId: s.huishouden.id,
      before: { fase: 'VRAAGVERHELDERING', version: s.casus.version },
      after: { fase: 'AFGESLOTEN', version, waakvlamOp: null },
    });
  });

  it('refuses a step that is not in the table, or whose guard fails, with the Dutch reasons, and writes nothing', async () => {
    const step = (naar: 'UITVOERING' | 'PLAN') =>
      prisma.$transaction((tx) =>
        applyTransition(tx, s.coach, { object: 'casus', id: s.casus.id, version: s.casus.version, van: 'VRAAGVERHELDERING', naar, facts: facts(), audit: null }),
      );
    await expect(step('UITVOERING')).rejects.toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Van Vraagverheldering kun je niet naar Uitvoering.'] });
    await expect(step('PLAN')).rejects.toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Wijs eerst een regisseur toe.'] });
    await nothingWritten(s.casus.version);
  });

  it('is STALE_VERSION on another version, or when the state read no longer holds, and writes nothing', async () => {
    const step = (version: number, van: 'VRAAGVERHELDERING' | 'TRIAGE') =>
      prisma.$transaction((tx) =>
        applyTransition(tx, s.coach, { object: 'casus', id: s.casus.id, version, van, naar: 'AFGESLOTEN', facts: facts({ fase: van }), audit: null }),
      );
    await expect(step(s.casus.version + 1, 'VRAAGVERHELDERING')).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await expect(step(s.casus.version, 'TRIAGE')).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await nothingWritten(s.casus.version);
  });

  it('lets a consult stay in behandeling (taken over) without a step, but refuses staying open or answered', async () => {
    const consult = await prisma.consult.create({
      data: { gemeenteId: s.gemeenteId, huishoudenId: s.huishouden.id, casusId: s.casus.id, soort: 'VEILIGHEID', vraag: 'Veilig?', aangevraagdDoorId: s.coach.id, uiterlijkOp: new Date('2026-12-10T00:00:00Z') },
    });
    const take = (version: number, van: 'OPEN' | 'IN_BEHANDELING', naar: 'OPEN' | 'IN_BEHANDELING') =>
      prisma.$transaction((tx) => applyTransition(tx, s.gedrag, { object: 'consult', id: consult.id, version, van, naar, data: { gedragswetenschapperId: s.gedrag.id }, audit: null }));
    await expect(take(consult.version, 'OPEN', 'OPEN')).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    const v2 = await take(consult.version, 'OPEN', 'IN_BEHANDELING');
    const v3 = await take(v2, 'IN_BEHANDELING', 'IN_BEHANDELING');
    expect(await prisma.consult.findUniqueOrThrow({ where: { id: consult.id } })).toMatchObject({ status: 'IN_BEHANDELING', version: v3, gedragswetenschapperId: s.gedrag.id });
    await prisma.$transaction((tx) => applyTransition(tx, s.gedrag, { object: 'consult', id: consult.id, version: v3, van: 'IN_BEHANDELING', naar: 'AFGEROND', audit: null }));
    await expect(
      prisma.$transaction((tx) => applyTransition(tx, s.gedrag, { object: 'consult', id: consult.id, version: v3 + 1, van: 'AFGEROND', naar: 'AFGEROND', audit: null })),
    ).rejects.toMatchObject({ code: 'TRANSITION_REFUSED', reasons: ['Dit consult is al beantwoord.'] });
  });
});
