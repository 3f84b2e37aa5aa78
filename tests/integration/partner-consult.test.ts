// Issue 22 item 2: the regisseur asks a ketenpartner for advice (a Consult with the organisation as the adviser); the
// partner sees the question on its household page and worklist and answers it (advice, date) through the consult's
// state machine; the regisseur reads the answer in the veiligheid tab, the plan's Ketenpartners section and the
// tijdlijn. A consult is an involvement (open, or answered within 30 days) but never a ground: without consent the
// partner sees nothing. The gedragswetenschapper's queue, answers and access stay their own.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { findHouseholdAccess } from '@/lib/server/access/household-access';
import { findPartnerToegang } from '@/lib/server/access/partner-access';
import { answerConsult } from '@/lib/server/consult/answer-consult';
import { listConsulten } from '@/lib/server/consult/list-consulten';
import { vraagPartnerConsult } from '@/lib/server/consult/vraag-partner-consult';
import { getTijdlijn } from '@/lib/server/dossier/get-tijdlijn';
import { getPartnerInbreng } from '@/lib/server/ketenpartner/get-partner-inbreng';
import { beantwoordConsult } from '@/lib/server/partner/beantwoord-consult';
import { getPartnerConsulten } from '@/lib/server/partner/get-partner-consulten';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { getVeiligheid } from '@/lib/server/veiligheid/get-veiligheid';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { actorFor, createUser } from '../support/factories';
import { createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

const today = toCalendarDay(new Date());
let w: PartnerWereld;
beforeAll(async () => {
  w = await createPartnerWereld();
}, 60_000);

const fout = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as DomainError;

describe('asking a ketenpartner for advice', () => {
  it('makes a MEEDENKEN consult with the organisation as adviser, due in the consult term, logged', async () => {
    const h = await createPartnerHuishouden(w);
    const consult = await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.huisarts.organisatieId, vraag: 'Hoe gaat het slapen volgens de POH-ggz?' });
    const stored = await prisma.consult.findUniqueOrThrow({ where: { id: consult.id } });
    expect(stored).toMatchObject({ soort: 'MEEDENKEN', status: 'OPEN', partnerOrganisatieId: w.partners.huisarts.organisatieId, gedragswetenschapperId: null, aangevraagdDoorId: w.coach.id });
    expect(stored.uiterlijkOp.getTime()).toBeGreaterThan(today.getTime());
    expect(await prisma.auditEntry.count({ where: { entiteitId: consult.id, actie: 'CONSULT_AANGEVRAAGD', actorId: w.coach.id } })).toBe(1);
    // Mijn werkvoorraad: the advice expected, and from whom.
    const taak = (await getWerkvoorraad(w.coach)).taken.find((t) => t.key === `consult:${consult.id}`);
    expect(taak).toMatchObject({ titel: 'Consult meedenken: advies verwacht', wie: 'Huisartsenpraktijk Molenplein' });
  });

  it('is refused at the field for a partner without a ground (a consult gives none), or not active; and without access', async () => {
    const h = await createPartnerHuishouden(w);
    const zonderGrond = await fout(vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.duinen.organisatieId, vraag: 'x' }));
    expect(zonderGrond.code).toBe('INVALID');
    expect(zonderGrond.fieldErrors.partnerOrganisatieId[0]).toContain('geen toestemming gegeven voor “afstemming zorg”');
    // Marsdiep has the toewijzing: a legal ground of its own.
    await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.marsdiep.organisatieId, vraag: 'Hoe gaat de dagbesteding?' });
    await prisma.partnerOrganisatie.update({ where: { id: w.partners.school.organisatieId }, data: { actief: false } });
    try {
      expect((await fout(vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.school.organisatieId, vraag: 'x' }))).fieldErrors)
        .toEqual({ partnerOrganisatieId: ['Kies een ketenpartner uit de lijst.'] });
    } finally {
      await prisma.partnerOrganisatie.update({ where: { id: w.partners.school.organisatieId }, data: { actief: true } });
    }
    const gedrag = actorFor(await createUser(w.gemeenteId, ['GEDRAGSWETENSCHAPPER']));
    expect(await fout(vraagPartnerConsult(gedrag, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.huisarts.organisatieId, vraag: 'x' }))).toBeInstanceOf(DomainError);
    expect(await prisma.consult.count({ where: { huishoudenId: h.huishouden.id } })).toBe(1);
  });

  it('the database refuses a partner consult that is a safety consult or has a gedragswetenschapper', async () => {
    const h = await createPartnerHuishouden(w);
    const data = {
      gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, casusId: h.casus.id, vraag: 'x', aangevraagdDoorId: w.coach.id,
      uiterlijkOp: today, partnerOrganisatieId: w.partners.huisarts.organisatieId,
    };
    await expect(prisma.consult.create({ data: { ...data, soort: 'VEILIGHEID' } })).rejects.toThrow(/Consult_partner_check/);
    await expect(prisma.consult.create({ data: { ...data, soort: 'MEEDENKEN', gedragswetenschapperId: w.coach.id } })).rejects.toThrow(/Consult_partner_check/);
  });
});

describe('the partner answers; the regisseur reads the answer', () => {
  it('question on the household page and the worklist, answered once with advice and date, shown where consult answers appear', async () => {
    const h = await createPartnerHuishouden(w);
    const { id } = await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.huisarts.organisatieId, vraag: 'Slaapt zij beter?' });
    const huisarts = w.partners.huisarts;
    expect((await getPartnerConsulten(huisarts)).filter((k) => k.huishoudenId === h.huishouden.id).map((k) => k.vraag)).toEqual(['Slaapt zij beter?']);
    const pagina = await getPartnerHuishouden(huisarts, h.huishouden.id);
    expect(pagina.consulten).toEqual([expect.objectContaining({ id, vraag: 'Slaapt zij beter?', status: 'OPEN', advies: null })]);
    expect(pagina.betrokkenheid).toEqual(['ACTIE', 'CONSULT']);
    // The school, also with consent in this household, does not see the huisarts's question.
    expect((await getPartnerHuishouden(w.partners.school, h.huishouden.id)).consulten).toEqual([]);
    expect((await fout(beantwoordConsult(w.partners.school, { consultId: id, version: 1, advies: 'x', adviesOp: today }))).code).toBe('NOT_FOUND');

    const toekomst = await fout(beantwoordConsult(huisarts, { consultId: id, version: 1, advies: 'Ja.', adviesOp: addCalendarDays(today, 1) }));
    expect(toekomst.fieldErrors).toEqual({ adviesOp: ['Vul een datum in tot en met vandaag.'] });
    await beantwoordConsult(huisarts, { consultId: id, version: 1, advies: 'Ja, met een vast ritme slaapt zij beter.', adviesOp: today });
    const nogmaals = await fout(beantwoordConsult(huisarts, { consultId: id, version: 2, advies: 'Nog iets.', adviesOp: today }));
    expect(nogmaals.code).toBe('TRANSITION_REFUSED');
    expect(nogmaals.reasons).toEqual(['Dit consult is al beantwoord.']);
    expect((await fout(beantwoordConsult(huisarts, { consultId: id, version: 1, advies: 'Oud formulier.', adviesOp: today }))).code).toBe('TRANSITION_REFUSED');
    expect(await prisma.consult.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'AFGEROND', advies: 'Ja, met een vast ritme slaapt zij beter.', adviesOp: today, partnerGebruikerId: huisarts.gebruikerId, version: 2,
    });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'PARTNER_CONSULT_BEANTWOORD' } })).toMatchObject({ actorRol: 'PARTNER', actorId: huisarts.gebruikerId, huishoudenId: h.huishouden.id });
    expect((await getPartnerConsulten(huisarts)).map((k) => k.id)).not.toContain(id);

    // The regisseur: the veiligheid tab's consults, the plan's Ketenpartners section, the tijdlijn.
    const veiligheid = await getVeiligheid(w.coach, h.huishouden.id);
    expect(veiligheid.consulten).toEqual([expect.objectContaining({ id, adviseur: 'Huisartsenpraktijk Molenplein', advies: 'Ja, met een vast ritme slaapt zij beter.' })]);
    expect((await getPartnerInbreng(w.coach, h.huishouden.id)).consulten).toEqual([expect.objectContaining({ id, organisatie: 'Huisartsenpraktijk Molenplein', status: 'AFGEROND' })]);
    const tijdlijn = await getTijdlijn(w.coach, h.huishouden.id, ['KETENPARTNER']);
    expect(tijdlijn.items.map((i) => i.titel)).toEqual(expect.arrayContaining(['Advies gevraagd aan Huisartsenpraktijk Molenplein', 'Huisartsenpraktijk Molenplein gaf advies']));
  });

  it("stays out of the gedragswetenschapper's queue, answers and access", async () => {
    const h = await createPartnerHuishouden(w);
    const { id } = await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: w.partners.huisarts.organisatieId, vraag: 'Vraag aan de huisarts' });
    const gedrag = actorFor(await createUser(w.gemeenteId, ['GEDRAGSWETENSCHAPPER']));
    expect((await listConsulten(gedrag)).open.map((k) => k.id)).not.toContain(id);
    expect(await findHouseholdAccess(gedrag, h.huishouden.id)).toBeNull();
    expect((await fout(answerConsult(gedrag, { consultId: id, version: 1, advies: 'x' }))).code).toBe('NOT_FOUND');
  });
});

describe('a consult is involvement, never a ground', () => {
  it('with consent the consult alone lets the partner in; without consent it does not; 30 days after the answer it ends', async () => {
    const h = await createPartnerHuishouden(w, { huisartsActie: false });
    const huisarts = w.partners.huisarts;
    expect(await findPartnerToegang(huisarts, h.huishouden.id)).toBeNull();
    const { id } = await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: huisarts.organisatieId, vraag: 'Vraag' });
    expect(await findPartnerToegang(huisarts, h.huishouden.id)).toEqual({ gronden: ['TOESTEMMING'], betrokkenheid: ['CONSULT'] });
    // It sees the question, but no goal or action of the plan (it has none).
    const pagina = await getPartnerHuishouden(huisarts, h.huishouden.id);
    expect(pagina.doelen).toEqual([]);
    expect(pagina.consulten.map((k) => k.id)).toEqual([id]);

    await beantwoordConsult(huisarts, { consultId: id, version: 1, advies: 'Advies', adviesOp: today });
    expect(await findPartnerToegang(huisarts, h.huishouden.id)).not.toBeNull();
    await prisma.consult.update({ where: { id }, data: { afgerondOp: new Date(Date.now() - 31 * 86_400_000) } });
    expect(await findPartnerToegang(huisarts, h.huishouden.id)).toBeNull();

    // Withdrawn consent: an open consult does not keep the partner in.
    const tweede = await vraagPartnerConsult(w.coach, { huishoudenId: h.huishouden.id, partnerOrganisatieId: huisarts.organisatieId, vraag: 'Nog een vraag' });
    await prisma.toestemming.update({ where: { id: h.toestemmingHuisarts.id }, data: { ingetrokkenOp: today } });
    expect(await findPartnerToegang(huisarts, h.huishouden.id)).toBeNull();
    expect((await fout(beantwoordConsult(huisarts, { consultId: tweede.id, version: 1, advies: 'x', adviesOp: today }))).code).toBe('NOT_FOUND');
    expect((await getPartnerConsulten(huisarts)).map((k) => k.id)).not.toContain(tweede.id);
  });
});
