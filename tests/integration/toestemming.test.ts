import { beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import { withdrawToestemming } from '@/lib/server/toestemming/withdraw-toestemming';
import { getConsentSummary } from '@/lib/server/toestemming/get-consent-summary';
import { getToestemmingen } from '@/lib/server/toestemming/get-toestemmingen';
import { createVraagverhelderingSetup, type VraagverhelderingSetup } from '../support/vraagverheldering';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let s: VraagverhelderingSetup;

beforeEach(async () => {
  s = await createVraagverhelderingSetup();
});

const teamConsent = () => ({
  huishoudenId: s.huishouden.id, persoonId: s.anna.id, gegevenDoor: null, soort: 'BESPREKEN_IN_TEAM' as const,
  partij: null, doel: null, wijze: 'MONDELING' as const, gegevenOp: day('2026-11-01'), geldigTot: day('2027-11-01'),
});

describe('recordToestemming', () => {
  it('records consent with an access-log row, and the summary shows it', async () => {
    expect((await getConsentSummary(s.coach, s.huishouden.id, day('2026-11-20'))).besprekenInTeam).toBe('ONTBREEKT');
    const t = await recordToestemming(s.coach, teamConsent());
    expect(t).toMatchObject({ soort: 'BESPREKEN_IN_TEAM', vastgelegdDoorId: s.coach.id, partij: null });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: t.id } });
    expect(audit).toMatchObject({ actie: 'TOESTEMMING_VASTGELEGD', huishoudenId: s.huishouden.id, persoonId: s.anna.id, actorId: s.coach.id });
    expect(await getConsentSummary(s.coach, s.huishouden.id, day('2026-11-20'))).toEqual({ besprekenInTeam: 'GELDIG', delen: 0, partijen: [] });
  });

  it('lets a legal representative give consent for a child', async () => {
    const t = await recordToestemming(s.coach, { ...teamConsent(), persoonId: s.sanne.id, gegevenDoor: 'Anna Jansen (moeder, gezag)' });
    expect(t.gegevenDoor).toBe('Anna Jansen (moeder, gezag)');
  });

  it('refuses a person outside the household, with a message at the field', async () => {
    const other = await prisma.persoon.create({ data: { gemeenteId: s.gemeenteId, voornamen: 'Vreemd', achternaam: 'Persoon' } });
    await expect(recordToestemming(s.coach, { ...teamConsent(), persoonId: other.id })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { persoonId: ['Kies iemand uit het huishouden.'] } });
    expect(await prisma.toestemming.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });

  it('refuses a role without the permission and a coach without access, writing nothing', async () => {
    await expect(recordToestemming(s.gedrag, teamConsent())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordToestemming(s.outsider, teamConsent())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getToestemmingen(s.outsider, s.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getConsentSummary(s.outsider, s.huishouden.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.toestemming.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
    expect(await prisma.auditEntry.count({ where: { huishoudenId: s.huishouden.id } })).toBe(0);
  });
});

describe('withdrawToestemming', () => {
  it('withdraws once; the second withdrawal is a conflict and changes nothing', async () => {
    const t = await recordToestemming(s.coach, teamConsent());
    await withdrawToestemming(s.coach, { toestemmingId: t.id, ingetrokkenOp: day('2026-11-15') });
    await expect(withdrawToestemming(s.coach, { toestemmingId: t.id, ingetrokkenOp: day('2026-11-18') })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await prisma.toestemming.findUniqueOrThrow({ where: { id: t.id } })).ingetrokkenOp).toEqual(day('2026-11-15'));
    expect((await getConsentSummary(s.coach, s.huishouden.id, day('2026-11-20'))).besprekenInTeam).toBe('INGETROKKEN');
    const page = await getToestemmingen(s.coach, s.huishouden.id, day('2026-11-20'));
    expect(page.toestemmingen.map((x) => x.status)).toEqual(['INGETROKKEN']);
  });

  it('refuses a withdrawal dated before the consent was given', async () => {
    const t = await recordToestemming(s.coach, teamConsent());
    await expect(withdrawToestemming(s.coach, { toestemmingId: t.id, ingetrokkenOp: day('2026-10-01') })).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('refuses a coach of another team', async () => {
    const t = await recordToestemming(s.coach, teamConsent());
    await expect(withdrawToestemming(s.outsider, { toestemmingId: t.id, ingetrokkenOp: day('2026-11-15') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await prisma.toestemming.findUniqueOrThrow({ where: { id: t.id } })).ingetrokkenOp).toBeNull();
  });
});
