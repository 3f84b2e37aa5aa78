import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { SHARING_REASONS } from '@/lib/domain/toestemming';
import { shareWithParty } from '@/lib/server/gegevensdeling/share-with-party';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import { withdrawToestemming } from '@/lib/server/toestemming/withdraw-toestemming';
import { getConsentSummary } from '@/lib/server/toestemming/get-consent-summary';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-20');
let s: VraagverhelderingSetup;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

const consult = (over: Partial<Parameters<typeof shareWithParty>[1]> = {}) => ({
  huishoudenId: s.huishouden.id,
  partij: 'Huisarts Zuid',
  doel: 'Afstemmen van de zorg',
  grondslag: 'TOESTEMMING' as const,
  wettelijkeGrond: undefined,
  grondToelichting: null,
  ...over,
});

const giveConsent = () =>
  recordToestemming(s.coach, {
    huishoudenId: s.huishouden.id, persoonId: s.anna.id, gegevenDoor: null, soort: 'DELEN_MET_PARTIJ', partij: 'Huisarts Zuid',
    doel: 'Afstemmen van de zorg', wijze: 'SCHRIFTELIJK', gegevenOp: day('2026-11-01'), geldigTot: day('2027-05-01'),
  });

describe('consulting an outside party (rule 5)', () => {
  it('is refused without consent, allowed with consent, and refused again once consent is withdrawn', async () => {
    await expect(shareWithParty(s.coach, consult(), TODAY)).rejects.toMatchObject({
      code: 'TRANSITION_REFUSED',
      reasons: [SHARING_REASONS.noConsentForParty('Huisarts Zuid')],
    });
    expect(await prisma.gegevensdeling.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);

    const toestemming = await giveConsent();
    const deling = await shareWithParty(s.coach, consult({ partij: 'huisarts zuid' }), TODAY);
    expect(deling).toMatchObject({ toestemmingId: toestemming.id, wettelijkeGrond: null, doorId: s.coach.id, partij: 'huisarts zuid' });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: deling.id } })).toMatchObject({ actie: 'GEGEVENS_GEDEELD', huishoudenId: s.huishouden.id });
    expect(await getConsentSummary(s.coach, s.huishouden.id, TODAY)).toMatchObject({ delen: 1, partijen: ['Huisarts Zuid'] });

    await withdrawToestemming(s.coach, { toestemmingId: toestemming.id, ingetrokkenOp: day('2026-11-19') });
    await expect(shareWithParty(s.coach, consult(), TODAY)).rejects.toMatchObject({
      code: 'TRANSITION_REFUSED',
      reasons: [SHARING_REASONS.consentNotValid('Huisarts Zuid', 'INGETROKKEN')],
    });
    expect(await prisma.gegevensdeling.count({ where: { huishoudenId: s.huishouden.id } })).toBe(1);
  });

  it('refuses a purpose the consent does not cover, and an expired consent', async () => {
    await giveConsent();
    await expect(shareWithParty(s.coach, consult({ doel: 'Doorverwijzen naar de GGZ' }), TODAY)).rejects.toMatchObject({
      reasons: [SHARING_REASONS.otherPurpose('Huisarts Zuid', ['Afstemmen van de zorg'])],
    });
    await expect(shareWithParty(s.coach, consult(), day('2027-05-02'))).rejects.toMatchObject({
      reasons: [SHARING_REASONS.consentNotValid('Huisarts Zuid', 'VERLOPEN')],
    });
  });

  it('does not let consent of another household count', async () => {
    const other = await prisma.huishouden.create({ data: { gemeenteId: s.gemeenteId, naam: 'Ander', straat: 'x', huisnummer: 1, postcode: '1781AB', woonplaats: 'Den Helder' } });
    await prisma.toestemming.create({
      data: { gemeenteId: s.gemeenteId, huishoudenId: other.id, persoonId: s.anna.id, soort: 'DELEN_MET_PARTIJ', partij: 'Huisarts Zuid', doel: 'Afstemmen van de zorg', wijze: 'MONDELING', gegevenOp: day('2026-11-01'), vastgelegdDoorId: s.coach.id },
    });
    await expect(shareWithParty(s.coach, consult(), TODAY)).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
  });

  it('allows sharing without consent on the meldcode with a toelichting, and records the ground', async () => {
    const deling = await shareWithParty(s.coach, consult({ partij: 'Veilig Thuis', doel: 'Advies over veiligheid', grondslag: 'WETTELIJK', wettelijkeGrond: 'MELDCODE', grondToelichting: 'Meldcode stap 3: advies gevraagd' }), TODAY);
    expect(deling).toMatchObject({ toestemmingId: null, wettelijkeGrond: 'MELDCODE', grondToelichting: 'Meldcode stap 3: advies gevraagd' });
    await expect(shareWithParty(s.coach, consult({ grondslag: 'WETTELIJK', wettelijkeGrond: 'MELDCODE', grondToelichting: null }), TODAY)).rejects.toMatchObject({
      reasons: [SHARING_REASONS.noToelichting],
    });
  });

  it('refuses a role without the permission and a coach without access', async () => {
    await giveConsent();
    await expect(shareWithParty(s.backoffice, consult(), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(shareWithParty(s.outsider, consult(), TODAY)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.gegevensdeling.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });

  it('is refused by the database as well when neither consent nor a ground is given', async () => {
    await expect(
      prisma.gegevensdeling.create({ data: { gemeenteId: s.gemeenteId, huishoudenId: s.huishouden.id, partij: 'X', doel: 'Y', doorId: s.coach.id } }),
    ).rejects.toThrow(/Gegevensdeling_grondslag/);
  });
});
