// Issue 22: what a ketenpartner sees and does within its access. The huisarts sees exactly the goal its action serves
// and its own action (not the school's unless shared, not the household's own, no other goal), and the contact details
// the household agreed to share; progress is refused when stale, by another organisation, or dated in the future; a
// crisis signal raises the casus's urgency and mails the regisseur and the teamlead; sign-in needs EH3; every partner
// read is in the access log as the partner's.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { DomainError } from '@/lib/errors';
import { bevestigStopZorg } from '@/lib/server/partner/bevestig-stop-zorg';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { rapporteerActieVoortgang } from '@/lib/server/partner/rapporteer-actie-voortgang';
import { signInPartner } from '@/lib/server/partner/sign-in-partner';
import { stuurZorgsignaal } from '@/lib/server/partner/stuur-zorgsignaal';
import { bekendeNamen } from '@/lib/server/partner/shared';
import { dag } from '../support/beschikking-factories';
import { sentStatements } from '../support/sent-statements';
import { createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

const today = toCalendarDay(new Date());
const EH3 = 'urn:etoegang:core:assurance-class:loa3';

const refusedAs = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
};

let w: PartnerWereld;
beforeAll(async () => {
  w = await createPartnerWereld();
}, 60_000);

describe('what the huisarts sees of a household', () => {
  it('exactly the goal its action serves, its own action, and the shared contact details; nothing else', async () => {
    const h = await createPartnerHuishouden(w);
    const view = await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id);
    expect(view.doelen.map((d) => d.id)).toEqual([h.doelHuisarts.id]);
    expect(view.doelen[0].acties.map((a) => a.id)).toEqual([h.actieHuisarts.id]);
    expect(view.overigeActies).toEqual([]);
    expect(view.gronden).toEqual(['TOESTEMMING']);
    expect(view.contactgegevens).toEqual([expect.objectContaining({ telefoon: '0223-123456' })]);
    expect(view.toewijzingen).toEqual([]);
    // Nothing of the dossier beyond these keys (no journaal, gesprekken, veiligheid).
    expect(Object.keys(view).sort()).toEqual(['betrokkenheid', 'consulten', 'contactgegevens', 'doelen', 'gronden', 'id', 'namen', 'overigeActies', 'signalen', 'toewijzingen', 'voorstellen']);
  });

  it('the school does not get the huisarts contact details (its consent does not share them) nor the huisarts action', async () => {
    const h = await createPartnerHuishouden(w);
    const view = await getPartnerHuishouden(w.partners.school, h.huishouden.id);
    expect(view.contactgegevens).toEqual([]);
    expect(view.doelen.flatMap((d) => d.acties).map((a) => a.id)).toEqual([h.actieSchool.id]);
  });

  it('the aanbieder sees its toewijzing on the legal ground of the toewijzing, without consent', async () => {
    const h = await createPartnerHuishouden(w);
    const view = await getPartnerHuishouden(w.partners.marsdiep, h.huishouden.id);
    expect(view.gronden).toEqual(['TOEWIJZING']);
    expect(view.toewijzingen.map((t) => t.id)).toEqual([h.toewijzing.id]);
    expect(view.doelen).toEqual([]);
    expect(view.contactgegevens).toEqual([]);
  });

  it('logs every look as the partner user, with the organisation and the ground', async () => {
    const h = await createPartnerHuishouden(w);
    await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id);
    const rows = await prisma.auditEntry.findMany({ where: { huishoudenId: h.huishouden.id, actorRol: 'PARTNER' } });
    expect(rows).toEqual([expect.objectContaining({ actie: 'READ', actorId: w.partners.huisarts.gebruikerId, context: expect.stringContaining('Huisartsenpraktijk Molenplein') })]);
    expect(rows[0].context).toContain('toestemming');
  });
});

describe('the household page in few statements (issue 23)', () => {
  it('sends three statements: the check (which keeps what it read), the access-log row, the rest; and knows the same names as the lists', async () => {
    const h = await createPartnerHuishouden(w);
    for (const partner of [w.partners.huisarts, w.partners.school, w.partners.marsdiep]) {
      const { result: view, statements } = await sentStatements(() => getPartnerHuishouden(partner, h.huishouden.id));
      expect(statements).toHaveLength(3);
      expect(statements[1]).toMatch(/^\s*INSERT INTO "AuditEntry"/);
      // The names from what the check read equal those the lists read for the household (bekendeNamen).
      expect(view.namen).toEqual((await bekendeNamen(prisma, partner, [h.huishouden.id], new Date())).get(h.huishouden.id) ?? []);
    }
    expect((await getPartnerHuishouden(w.partners.marsdiep, h.huishouden.id)).namen).not.toEqual([]);
  });
});

describe('progress on an action', () => {
  it('changes the action status and records the note; a stale status is refused and writes nothing', async () => {
    const h = await createPartnerHuishouden(w);
    await rapporteerActieVoortgang(w.partners.huisarts, { actieId: h.actieHuisarts.id, vorigeStatus: 'OPEN', status: 'BEZIG', notitie: 'Eerste gesprek gehad.', op: today });
    await refusedAs(rapporteerActieVoortgang(w.partners.huisarts, { actieId: h.actieHuisarts.id, vorigeStatus: 'OPEN', status: 'GEDAAN', notitie: 'Klaar.', op: today }), 'STALE_VERSION');
    expect((await prisma.actie.findUniqueOrThrow({ where: { id: h.actieHuisarts.id } })).status).toBe('BEZIG');
    expect(await prisma.partnerVoortgang.count({ where: { actieId: h.actieHuisarts.id } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { huishoudenId: h.huishouden.id, actie: 'PARTNER_VOORTGANG' } })).toBe(1);
  });

  it('is refused for another organisation that sees the household (not found) and for a date in the future', async () => {
    const h = await createPartnerHuishouden(w);
    await refusedAs(rapporteerActieVoortgang(w.partners.school, { actieId: h.actieHuisarts.id, vorigeStatus: 'OPEN', status: 'GEDAAN', notitie: 'x', op: today }), 'NOT_FOUND');
    const error = await refusedAs(rapporteerActieVoortgang(w.partners.huisarts, { actieId: h.actieHuisarts.id, vorigeStatus: 'OPEN', status: 'GEDAAN', notitie: 'x', op: addCalendarDays(today, 1) }), 'INVALID');
    expect(error.fieldErrors.op).toBeDefined();
  });
});

describe('a zorgsignaal', () => {
  it('of kind crisis raises the urgency of the casus and mails the regisseur and the teamlead', async () => {
    const h = await createPartnerHuishouden(w);
    await stuurZorgsignaal(w.partners.school, { huishoudenId: h.huishouden.id, soort: 'CRISIS', toelichting: 'Kind vertelt over geweld thuis.' });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).urgentie).toBe('CRISIS');
    const mails = await prisma.mailBericht.findMany({ where: { huishoudenId: h.huishouden.id, soort: 'PARTNER_CRISIS' } });
    expect(mails.map((m) => m.aan).sort()).toEqual([w.coach.email, w.teamlead.email].sort());
    expect(mails.every((m) => !m.tekst.includes('geweld'))).toBe(true);
    const signaal = await prisma.partnerSignaal.findFirstOrThrow({ where: { huishoudenId: h.huishouden.id } });
    expect(signaal).toEqual(expect.objectContaining({ soort: 'CRISIS', casusId: h.casus.id, afgehandeldOp: null }));
  });

  it('of kind worry leaves the urgency and sends no mail', async () => {
    const h = await createPartnerHuishouden(w);
    await stuurZorgsignaal(w.partners.huisarts, { huishoudenId: h.huishouden.id, soort: 'ZORG', toelichting: 'Slaapt slecht.' });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: h.casus.id } })).urgentie).toBe('NORMAAL');
    expect(await prisma.mailBericht.count({ where: { huishoudenId: h.huishouden.id } })).toBe(0);
  });
});

describe('stop of care by hand', () => {
  it('needs a reason from the standard list for the law', async () => {
    const h = await createPartnerHuishouden(w);
    const error = await refusedAs(bevestigStopZorg(w.partners.marsdiep, { toewijzingId: h.toewijzing.id, begindatum: dag('2026-03-16'), einddatum: today, redenBeeindiging: '99' }), 'INVALID');
    expect(error.fieldErrors.redenBeeindiging).toEqual(['Kies een reden uit de lijst.']);
  });
});

describe('signInPartner', () => {
  it('finds the user by KvK number and e-mail at EH3, and logs the sign-in', async () => {
    const p = w.partners.huisarts;
    const org = await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id: p.organisatieId } });
    const found = await signInPartner({ kvk: org.kvkNummer, email: p.email.toUpperCase(), niveau: EH3 });
    expect(found).toEqual({ partner: expect.objectContaining({ gebruikerId: p.gebruikerId, organisatieId: p.organisatieId }) });
    expect(await prisma.auditEntry.count({ where: { actorId: p.gebruikerId, actie: 'PARTNER_SIGNED_IN' } })).toBe(1);
  });

  it('refuses a level below EH3, an unknown person, another organisation\'s KvK number and an inactive user', async () => {
    const p = w.partners.school;
    const org = await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id: p.organisatieId } });
    expect(await signInPartner({ kvk: org.kvkNummer, email: p.email, niveau: 'urn:etoegang:core:assurance-class:loa2plus' })).toEqual({ weigering: 'NIVEAU' });
    expect(await signInPartner({ kvk: org.kvkNummer, email: 'iemand@anders.test', niveau: EH3 })).toEqual({ weigering: 'ONBEKEND' });
    const huisarts = await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id: w.partners.huisarts.organisatieId } });
    expect(await signInPartner({ kvk: huisarts.kvkNummer, email: p.email, niveau: EH3 })).toEqual({ weigering: 'ONBEKEND' });
    await prisma.partnerGebruiker.update({ where: { id: p.gebruikerId }, data: { actief: false } });
    expect(await signInPartner({ kvk: org.kvkNummer, email: p.email, niveau: EH3 })).toEqual({ weigering: 'ONBEKEND' });
    await prisma.partnerGebruiker.update({ where: { id: p.gebruikerId }, data: { actief: true } });
  });
});

describe('the database', () => {
  it('refuses an aanbieder organisation without an aanbieder, and a partner consent that is not for sharing', async () => {
    await expect(prisma.partnerOrganisatie.create({ data: { gemeenteId: w.gemeenteId, soort: 'AANBIEDER', naam: 'Zonder AGB', kvkNummer: '11112222' } })).rejects.toThrow(/PartnerOrganisatie_aanbieder_check/);
    await expect(prisma.partnerOrganisatie.create({ data: { gemeenteId: w.gemeenteId, soort: 'SCHOOL', naam: 'Fout', kvkNummer: '1234' } })).rejects.toThrow(/PartnerOrganisatie_kvk_check/);
    const h = await createPartnerHuishouden(w);
    await expect(prisma.toestemming.create({
      data: {
        gemeenteId: w.gemeenteId, huishoudenId: h.huishouden.id, persoonId: h.persoon.id, soort: 'BESPREKEN_IN_TEAM', partnerOrganisatieId: w.partners.huisarts.organisatieId,
        wijze: 'MONDELING', gegevenOp: today, vastgelegdDoorId: w.coach.id,
      },
    })).rejects.toThrow(/Toestemming_partner_soort_check/);
  });
});
