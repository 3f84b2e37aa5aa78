import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { VEILIGHEID_CHECKLIST } from '@/lib/domain/veiligheid';
import { answerConsult } from '@/lib/server/consult/answer-consult';
import { getConsult } from '@/lib/server/consult/get-consult';
import { listConsulten } from '@/lib/server/consult/list-consulten';
import { requestConsult } from '@/lib/server/consult/request-consult';
import { takeConsult } from '@/lib/server/consult/take-consult';
import { recordVeiligheidsanalyse } from '@/lib/server/veiligheid/record-veiligheidsanalyse';
import { createUser, actorFor } from '../support/factories';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

const TODAY = new Date('2026-11-20T10:00:00Z');
let s: VraagverhelderingSetup;
let consultId: string;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
  const antwoorden = { ...Object.fromEntries(VEILIGHEID_CHECKLIST.map((i) => [i.code, 'NEE' as const])), KINDERMISHANDELING: 'WEET_NIET' as const };
  const result = await recordVeiligheidsanalyse(s.coach, { huishoudenId: s.huishouden.id, antwoorden, eigenOordeel: undefined, toelichting: 'Blauwe plekken gezien' }, TODAY);
  consultId = result.consult!.id;
});

describe('the gedragswetenschapper’s queue', () => {
  it('shows the open consult with its due date, and opening it is logged with the consult as ground', async () => {
    const queue = await listConsulten(s.gedrag, TODAY);
    const mine = queue.open.filter((c) => c.huishouden.id === s.huishouden.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: consultId, soort: 'VEILIGHEID', status: 'OPEN', uiterlijkOp: new Date('2026-11-25T00:00:00Z') });
    const detail = await getConsult(s.gedrag, consultId, TODAY);
    expect(detail.analyses[0]).toMatchObject({ niveau: 'TWIJFEL', toelichting: 'Blauwe plekken gezien' });
    expect(detail.huishouden.leden.map((l) => l.naam)).toEqual(['Anna Jansen', 'Piet Jansen', 'Sanne Jansen']);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { actorId: s.gedrag.id, entiteitId: consultId } });
    expect(audit).toMatchObject({ actie: 'READ', context: 'consult' });
  });

  it('takes and answers a consult; answered it leaves the queue and stays readable for its answerer', async () => {
    await takeConsult(s.gedrag, { consultId, version: 1 });
    expect((await listConsulten(s.gedrag, TODAY)).open.find((c) => c.id === consultId)).toMatchObject({ status: 'IN_BEHANDELING', gedragswetenschapper: 'Gert Gedrag' });
    await answerConsult(s.gedrag, { consultId, version: 2, advies: 'Bespreek met Veilig Thuis.' }, TODAY);
    const consult = await prisma.consult.findUniqueOrThrow({ where: { id: consultId } });
    expect(consult).toMatchObject({ status: 'AFGEROND', advies: 'Bespreek met Veilig Thuis.', gedragswetenschapperId: s.gedrag.id, afgerondOp: TODAY });
    const queue = await listConsulten(s.gedrag, TODAY);
    expect(queue.open.find((c) => c.id === consultId)).toBeUndefined();
    expect(queue.afgerond.map((c) => c.id)).toContain(consultId);
    await expect(getConsult(s.gedrag, consultId, TODAY)).resolves.toBeTruthy();
  });

  it('refuses a stale answer and a second answer', async () => {
    await takeConsult(s.gedrag, { consultId, version: 1 });
    await expect(answerConsult(s.gedrag, { consultId, version: 1, advies: 'oud' }, TODAY)).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await answerConsult(s.gedrag, { consultId, version: 2, advies: 'nieuw' }, TODAY);
    await expect(answerConsult(s.gedrag, { consultId, version: 3, advies: 'nog eens' }, TODAY)).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    expect((await prisma.consult.findUniqueOrThrow({ where: { id: consultId } })).advies).toBe('nieuw');
  });

  it('refuses a wijkcoach answering, and a gedragswetenschapper of another gemeente', async () => {
    await expect(answerConsult(s.coach, { consultId, version: 1, advies: 'x' }, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listConsulten(s.coach, TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await createVraagverhelderingSetup();
    await expect(getConsult(other.gedrag, consultId, TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getConsult(s.gedrag, 'geen-consult', TODAY)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listConsulten(other.gedrag, TODAY)).open.find((c) => c.id === consultId)).toBeUndefined();
  });

  it('lets a wijkcoach ask a niet-pluis question; it joins the queue', async () => {
    const extra = await requestConsult(s.coach, { huishoudenId: s.huishouden.id, soort: 'NIET_PLUIS', vraag: 'Vader ontwijkt elk gesprek.' }, TODAY);
    expect(extra).toMatchObject({ soort: 'NIET_PLUIS', status: 'OPEN' });
    expect((await listConsulten(s.gedrag, TODAY)).open.map((c) => c.id)).toContain(extra.id);
    const teamleadOtherTeam = actorFor(await createUser(s.gemeenteId, ['TEAMLEAD'], { teamId: (await prisma.team.create({ data: { gemeenteId: s.gemeenteId, naam: 'T3', soort: 'WIJKTEAM' } })).id }));
    expect((await listConsulten(teamleadOtherTeam, TODAY)).open).toEqual([]);
  });
});
