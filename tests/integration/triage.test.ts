import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { koppelMelding } from '@/lib/server/melding/koppel-melding';
import { performTriage } from '@/lib/server/triage/perform-triage';
import { getTriageForm } from '@/lib/server/triage/get-triage-form';
import { getMelding } from '@/lib/server/melding/get-melding';
import type { TriageInput } from '@/lib/validations/triage';
import { createFrontDoor, createHuishoudenMetLeden, createMelding, type FrontDoor } from '../support/melding-factories';

let door: FrontDoor;

beforeAll(async () => {
  door = await createFrontDoor();
});

/** A melding attached to a fresh household of the wijk, its casus in triage: version 2. */
async function attachedMelding(options: { urgent?: boolean } = {}) {
  const { huishouden } = await createHuishoudenMetLeden(door.gemeenteId, door.wijkId, [{ voornamen: 'Ria', achternaam: `Boer${crypto.randomUUID().slice(0, 4)}` }, { voornamen: 'Tim', achternaam: 'Boer' }]);
  const melding = await createMelding(door.gemeenteId, { urgent: options.urgent });
  const { casusId } = await koppelMelding(door.frontoffice, { meldingId: melding.id, version: 1, huishoudenId: huishouden.id });
  return { meldingId: melding.id, huishoudenId: huishouden.id, casusId };
}

const input = (meldingId: string, over: Partial<TriageInput> = {}): TriageInput => ({
  meldingId, version: 2, uitkomst: 'MEERVOUDIG', metIndicatie: false, urgentie: 'NORMAAL', veiligheid: 'GEEN_ZORGEN',
  veiligheidToelichting: null, leefgebieden: door.leefgebieden.slice(0, 3).map((l) => l.id), alleLedenBekend: true,
  route: 'VRAAGVERHELDERING', voorzieningId: undefined, toelichting: null, ...over,
});

describe('triage of a melding', () => {
  it('says NOT_FOUND, not a database error, for an unknown or malformed melding id', async () => {
    for (const id of [crypto.randomUUID(), 'geen-melding', "1' OR '1'='1"]) {
      await expect(getMelding(door.frontoffice, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(getTriageForm(door.frontoffice, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('records a meervoudige vraag and moves the casus to vraagverheldering, with who and when', async () => {
    const { meldingId, casusId, huishoudenId } = await attachedMelding();
    const result = await performTriage(door.frontoffice, input(meldingId));
    expect(result).toMatchObject({ casusId, naar: 'VRAAGVERHELDERING', meldingStatus: 'GEKOPPELD', consultId: null });

    const triage = await prisma.triage.findUniqueOrThrow({ where: { meldingId }, include: { leefgebieden: true } });
    expect(triage).toMatchObject({ uitkomst: 'MEERVOUDIG', metIndicatie: false, vervolg: 'VRAAGVERHELDERING', alleLedenBekend: true, doorId: door.frontoffice.id, casusId });
    expect(triage.leefgebieden.map((l) => l.label).sort()).toEqual(['Financiën', 'Tijdsbesteding', 'Werk en opleiding']);
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).toMatchObject({ fase: 'VRAAGVERHELDERING', complexiteit: 'MIDDEN' });
    const wijziging = await prisma.casusFaseWijziging.findFirstOrThrow({ where: { casusId, naar: 'VRAAGVERHELDERING' } });
    expect(wijziging).toMatchObject({ van: 'TRIAGE', doorId: door.frontoffice.id, reden: expect.stringContaining('meervoudige vraag') });
    expect(await prisma.melding.findUniqueOrThrow({ where: { id: meldingId } })).toMatchObject({ status: 'GEKOPPELD', version: 3 });
    expect(await prisma.auditEntry.findFirst({ where: { entiteitId: meldingId, actie: 'TRIAGE_RECORDED' } })).toMatchObject({ huishoudenId, actorId: door.frontoffice.id });
  });

  it('raises a consult for the gedragswetenschapper on doubt about safety, with its due date', async () => {
    const { meldingId, casusId } = await attachedMelding();
    const result = await performTriage(door.frontoffice, input(meldingId, { veiligheid: 'TWIJFEL', veiligheidToelichting: 'Kind zei iets over slaan' }));
    const consult = await prisma.consult.findUniqueOrThrow({ where: { id: result.consultId! } });
    expect(consult).toMatchObject({ soort: 'VEILIGHEID', status: 'OPEN', casusId, aangevraagdDoorId: door.frontoffice.id });
    expect(consult.vraag).toContain('Kind zei iets over slaan');
    const days = Math.round((consult.uiterlijkOp.getTime() - new Date(new Date().toISOString().slice(0, 10)).getTime()) / 86_400_000);
    expect(days).toBeGreaterThanOrEqual(4);
    expect(days).toBeLessThanOrEqual(6);
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).toMatchObject({ veiligheid: 'TWIJFEL' });
  });

  it('sends a crisis straight to the casusverdeling', async () => {
    const { meldingId, casusId } = await attachedMelding();
    await performTriage(door.wijkcoach, input(meldingId, { uitkomst: 'CRISIS', metIndicatie: null, urgentie: 'CRISIS', veiligheid: 'ACUUT', route: 'SPOED' }));
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).toMatchObject({ fase: 'WACHT_OP_REGIE', urgentie: 'CRISIS', veiligheid: 'ACUUT', complexiteit: 'HOOG' });
  });

  it('closes the casus when the melding ends with a referral to the sociale kaart', async () => {
    const { meldingId, casusId } = await attachedMelding();
    await performTriage(door.frontoffice, input(meldingId, { uitkomst: 'INFORMATIE_ADVIES', metIndicatie: null, route: 'VOORLIGGEND', voorzieningId: door.voorzieningId }));
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).toMatchObject({ fase: 'AFGESLOTEN', afgeslotenOp: expect.any(Date), afsluitreden: expect.stringContaining('voorliggende voorziening') });
    expect(await prisma.triage.findUniqueOrThrow({ where: { meldingId } })).toMatchObject({ vervolg: 'AFGEHANDELD', voorzieningId: door.voorzieningId });
    expect(await prisma.melding.findUniqueOrThrow({ where: { id: meldingId } })).toMatchObject({ status: 'AFGEHANDELD' });
  });

  it('refuses a route the transition table does not allow and writes nothing', async () => {
    const { meldingId, casusId } = await attachedMelding();
    await expect(performTriage(door.frontoffice, input(meldingId, { uitkomst: 'INFORMATIE_ADVIES', metIndicatie: null, route: 'ADVIES', veiligheid: 'RISICO', toelichting: 'advies' }))).rejects.toMatchObject({
      code: 'INVALID', fieldErrors: { route: expect.arrayContaining(['Sluiten kan niet zolang er een veiligheidsconsult openstaat.']) },
    });
    expect(await prisma.triage.count({ where: { meldingId } })).toBe(0);
    expect(await prisma.consult.count({ where: { casusId } })).toBe(0);
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).toMatchObject({ fase: 'TRIAGE', version: 1 });
  });

  it('lets one of two people triaging the same melding at once succeed and gives the other a clear conflict', async () => {
    const { meldingId, casusId } = await attachedMelding();
    const results = await Promise.allSettled([
      performTriage(door.frontoffice, input(meldingId)),
      performTriage(door.frontoffice2, input(meldingId, { uitkomst: 'ENKELVOUDIG', route: 'KORTDURENDE_HULP' })),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // The conflict names the colleague who was first, what they chose, and that the loser's input is still in the form.
    const winnaar = results[0].status === 'fulfilled' ? door.frontoffice : door.frontoffice2;
    const winnaarKoos = results[0].status === 'fulfilled' ? 'uitkomst is nu Meervoudige vraag' : 'uitkomst is nu Enkelvoudige vraag';
    expect(rejected[0].reason).toMatchObject({ code: 'STALE_VERSION' });
    const melding = (rejected[0].reason as { reasons: string[] }).reasons.join(' ');
    expect(melding).toContain(`${winnaar.naam} heeft deze melding om `);
    expect(melding).toMatch(/ om \d{2}:\d{2} getrieerd: /);
    expect(melding).toContain(winnaarKoos);
    expect(melding).toContain('staat nog in het formulier');
    expect(await prisma.triage.count({ where: { meldingId } })).toBe(1);
    expect(await prisma.casusFaseWijziging.count({ where: { casusId, van: 'TRIAGE' } })).toBe(1);
  });

  it('refuses a stale version, the wrong role, and a wijkcoach of another team', async () => {
    const { meldingId } = await attachedMelding();
    await expect(performTriage(door.frontoffice, input(meldingId, { version: 1 }))).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await expect(performTriage(door.backoffice, input(meldingId))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(performTriage(door.otherWijkcoach, input(meldingId))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.triage.count({ where: { meldingId } })).toBe(0);
  });

  it('adds a melding to a casus that is already further, without moving it', async () => {
    const first = await attachedMelding();
    await performTriage(door.frontoffice, input(first.meldingId));
    const second = await createMelding(door.gemeenteId);
    await koppelMelding(door.frontoffice, { meldingId: second.id, version: 1, huishoudenId: first.huishoudenId });
    const form = await getTriageForm(door.frontoffice, second.id);
    expect(form.situatie.soort).toBe('LOPEND');
    expect(form.routes.map((r) => r.route)).toEqual(['ADVIES', 'VOORLIGGEND', 'LOPENDE_CASUS']);
    await expect(performTriage(door.frontoffice, input(second.id, { route: 'VRAAGVERHELDERING' }))).rejects.toMatchObject({ code: 'INVALID' });
    const result = await performTriage(door.frontoffice, input(second.id, { route: 'LOPENDE_CASUS' }));
    expect(result).toMatchObject({ casusId: first.casusId, naar: null, meldingStatus: 'GEKOPPELD' });
    expect(await prisma.casus.findUniqueOrThrow({ where: { id: first.casusId } })).toMatchObject({ fase: 'VRAAGVERHELDERING' });
  });

  it('ends a melding without household with advice, and nothing else', async () => {
    const melding = await createMelding(door.gemeenteId);
    await expect(performTriage(door.frontoffice, input(melding.id, { version: 1 }))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { route: [expect.stringContaining('Koppel de melding eerst')] } });
    const result = await performTriage(door.frontoffice, input(melding.id, { version: 1, uitkomst: 'INFORMATIE_ADVIES', metIndicatie: null, route: 'ADVIES', toelichting: 'Informatie over de voedselbank gegeven' }));
    expect(result).toMatchObject({ casusId: null, meldingStatus: 'AFGEHANDELD' });
  });
});
