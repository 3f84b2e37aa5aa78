// Issue 22 item 1: beheer registers ketenpartners and their users; an organisation's coordinator manages its own users
// (and only those), never themself out; another partner user may not; every change is logged.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { createPartnerOrganisatie } from '@/lib/server/beheer/create-partner-organisatie';
import { setPartnerOrganisatieActief } from '@/lib/server/beheer/set-partner-organisatie-actief';
import { updatePartnerOrganisatie } from '@/lib/server/beheer/update-partner-organisatie';
import { getPartnerInbreng } from '@/lib/server/ketenpartner/get-partner-inbreng';
import { getPartnerHuishouden } from '@/lib/server/partner/get-partner-huishouden';
import { getPartnerWerklijst } from '@/lib/server/partner/get-partner-werklijst';
import { partnerOrganisatieSchema } from '@/lib/validations/partner';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { getEigenGebruikers } from '@/lib/server/partner/get-eigen-gebruikers';
import { findPartnerGebruiker } from '@/lib/server/access/partner-access';
import { actorFor, createUser } from '../support/factories';
import { createPartnerHuishouden, createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

let w: PartnerWereld;
let beheer: ReturnType<typeof actorFor>;
beforeAll(async () => {
  w = await createPartnerWereld();
  beheer = actorFor(await createUser(w.gemeenteId, ['BEHEERDER']));
}, 60_000);

const code = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as DomainError | null)?.code;
const gebruiker = (organisatieId: string, o: Partial<{ id: string | null; version: number; naam: string; email: string; coordinator: boolean; actief: boolean }> = {}) => ({
  id: null, version: 0, organisatieId, naam: 'Nieuwe Collega', email: `collega${Math.random()}@test.nl`, coordinator: false, actief: true, ...o,
});

describe('beheer', () => {
  it('registers an organisation once per KvK number, and only a beheerder may', async () => {
    const input = { id: null, version: 0, soort: 'WONINGCORPORATIE' as const, naam: 'Woningstichting', kvkNummer: '41234567', aanbiederId: null, actief: true };
    const { id } = await createPartnerOrganisatie(beheer, input);
    expect(await prisma.auditEntry.count({ where: { entiteitId: id, actie: 'PARTNER_ORGANISATIE_OPGESLAGEN' } })).toBe(1);
    expect(await code(createPartnerOrganisatie(beheer, { ...input, naam: 'Dubbel' }))).toBe('INVALID');
    expect(await code(createPartnerOrganisatie(w.coach, { ...input, kvkNummer: '41234568' }))).toBe('FORBIDDEN');
  });

  it('adds and deactivates a user; a deactivated user has no partner session any more', async () => {
    const { id } = await savePartnerGebruiker(beheer, gebruiker(w.partners.huisarts.organisatieId));
    expect(await findPartnerGebruiker(w.gemeenteId, id)).not.toBeNull();
    const g = await prisma.partnerGebruiker.findUniqueOrThrow({ where: { id } });
    await savePartnerGebruiker(beheer, gebruiker(g.organisatieId, { id, version: g.version, naam: g.naam, email: g.email, actief: false }));
    expect(await findPartnerGebruiker(w.gemeenteId, id)).toBeNull();
    expect(await code(savePartnerGebruiker(beheer, gebruiker(g.organisatieId, { id, version: g.version, naam: g.naam, email: g.email })))).toBe('STALE_VERSION');
  });
});

describe('the coordinator of an organisation', () => {
  it('manages its own users only, and not itself out; a user who is no coordinator may not', async () => {
    const organisatieId = w.partners.school.organisatieId;
    await prisma.partnerGebruiker.update({ where: { id: w.partners.school.gebruikerId }, data: { coordinator: true } });
    const coordinator = (await findPartnerGebruiker(w.gemeenteId, w.partners.school.gebruikerId))!;
    const { id } = await savePartnerGebruiker(coordinator, gebruiker(organisatieId));
    expect((await getEigenGebruikers(coordinator)).map((g) => g.id)).toContain(id);
    expect(await prisma.auditEntry.count({ where: { entiteitId: id, actie: 'PARTNER_GEBRUIKER_OPGESLAGEN', actorId: coordinator.gebruikerId, actorRol: 'PARTNER' } })).toBe(1);
    expect(await code(savePartnerGebruiker(coordinator, gebruiker(w.partners.huisarts.organisatieId)))).toBe('NOT_FOUND');
    const self = await prisma.partnerGebruiker.findUniqueOrThrow({ where: { id: coordinator.gebruikerId } });
    expect(await code(savePartnerGebruiker(coordinator, gebruiker(organisatieId, { id: self.id, version: self.version, naam: self.naam, email: self.email, coordinator: true, actief: false })))).toBe('INVALID');
    const collega = (await findPartnerGebruiker(w.gemeenteId, id))!;
    expect(collega.coordinator).toBe(false);
    expect(await code(savePartnerGebruiker(collega, gebruiker(organisatieId)))).toBe('FORBIDDEN');
    expect(await code(getEigenGebruikers(collega))).toBe('FORBIDDEN');
  });
});

describe('beheer changes an organisation (issue 22)', () => {
  const organisatie = (o: Partial<Parameters<typeof createPartnerOrganisatie>[1]> = {}) => ({
    id: null, version: 0, soort: 'SCHULDHULPVERLENING' as const, naam: 'Schuldhulp Kop', kvkNummer: String(50_000_000 + Math.floor(Math.random() * 9_999_999)), aanbiederId: null, actief: true, ...o,
  });
  const fout = async (p: Promise<unknown>) => (await p.then(() => null, (e: unknown) => e)) as DomainError;

  it('edits name, kind, KvK number and aanbieder link with a version check, logging the changed fields', async () => {
    const { id } = await createPartnerOrganisatie(beheer, organisatie());
    await updatePartnerOrganisatie(beheer, organisatie({ id, version: 1, naam: 'Schuldhulpmaatje Den Helder', kvkNummer: '51111111' }));
    expect(await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id } })).toMatchObject({ naam: 'Schuldhulpmaatje Den Helder', kvkNummer: '51111111', version: 2 });
    const rij = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'PARTNER_ORGANISATIE_UPDATED' } });
    expect(rij).toMatchObject({ actorId: beheer.id, before: { naam: 'Schuldhulp Kop' }, after: { naam: 'Schuldhulpmaatje Den Helder', kvkNummer: '51111111' } });
    // A form opened before that change is refused with who changed what.
    const stale = await fout(updatePartnerOrganisatie(beheer, organisatie({ id, version: 1, naam: 'Oud' })));
    expect(stale.code).toBe('STALE_VERSION');
    expect(stale.reasons.join(' ')).toMatch(/naam/);

    // Becoming an aanbieder needs the aanbieder (form and database), which no other ketenpartner has.
    const kroon = await prisma.aanbieder.create({ data: { gemeenteId: w.gemeenteId, naam: 'Hollands Kroon Zorg', agbCode: '98000001' } });
    await updatePartnerOrganisatie(beheer, organisatie({ id, version: 2, soort: 'AANBIEDER', naam: 'Schuldhulpmaatje Den Helder', kvkNummer: '51111111', aanbiederId: kroon.id }));
    expect((await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id } })).aanbiederId).toBe(kroon.id);
    await expect(prisma.partnerOrganisatie.update({ where: { id }, data: { aanbiederId: null } })).rejects.toThrow(/PartnerOrganisatie_aanbieder_check/);
  });

  it('says at the field what is wrong: a KvK number or aanbieder of another ketenpartner, a missing aanbieder', async () => {
    const { id } = await createPartnerOrganisatie(beheer, organisatie());
    const huisarts = await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id: w.partners.huisarts.organisatieId } });
    const kvk = await fout(updatePartnerOrganisatie(beheer, organisatie({ id, version: 1, kvkNummer: huisarts.kvkNummer })));
    expect(kvk.code).toBe('INVALID');
    expect(kvk.fieldErrors).toEqual({ kvkNummer: ['Huisartsenpraktijk Molenplein heeft dit KvK-nummer al. Controleer het nummer.'] });
    const aanbieder = await fout(updatePartnerOrganisatie(beheer, organisatie({ id, version: 1, soort: 'AANBIEDER', aanbiederId: w.aanbieders.marsdiep.id })));
    expect(aanbieder.fieldErrors).toEqual({ aanbiederId: ['Deze aanbieder is al ketenpartner als Stichting Dagbesteding Marsdiep.'] });
    const zonder = partnerOrganisatieSchema.safeParse({ id, version: '1', soort: 'AANBIEDER', naam: 'x', kvkNummer: '52222222', aanbiederId: '' });
    expect(zonder.success).toBe(false);
    expect(zonder.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['aanbiederId', 'Kies welke aanbieder dit is.']]);
    expect(await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 1, soort: 'SCHULDHULPVERLENING' });
    expect(await code(updatePartnerOrganisatie(w.coach, organisatie({ id, version: 1 })))).toBe('FORBIDDEN');
  });

  it('switching an organisation off ends the access of all its users at once; on again restores it', async () => {
    const h = await createPartnerHuishouden(w);
    const tweede = await savePartnerGebruiker(beheer, gebruiker(w.partners.huisarts.organisatieId));
    expect(await getPartnerHuishouden(w.partners.huisarts, h.huishouden.id)).toBeTruthy();
    const o = await prisma.partnerOrganisatie.findUniqueOrThrow({ where: { id: w.partners.huisarts.organisatieId } });
    expect(await setPartnerOrganisatieActief(beheer, { id: o.id, version: o.version, actief: false })).toEqual({ gebruikers: 2 });
    // Every partner request resolves its session through findPartnerGebruiker (lib/auth/partner.ts, sign-in): no one left.
    expect(await findPartnerGebruiker(w.gemeenteId, w.partners.huisarts.gebruikerId)).toBeNull();
    expect(await findPartnerGebruiker(w.gemeenteId, tweede.id)).toBeNull();
    // The regisseur sees that it sees nothing any more; its actions stay in the plan.
    const zicht = (await getPartnerInbreng(w.coach, h.huishouden.id)).zicht.find((z) => z.organisatieId === o.id)!;
    expect(zicht.toegang).toBeNull();
    expect(zicht.acties).toEqual(['Afstemming met de POH-ggz van de huisarts']);
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: o.id, actie: 'PARTNER_ORGANISATIE_GEDEACTIVEERD' } })).toMatchObject({ before: { actief: true }, after: { actief: false, gebruikers: 2 } });
    expect(await code(setPartnerOrganisatieActief(beheer, { id: o.id, version: o.version + 1, actief: false }))).toBe('TRANSITION_REFUSED');
    expect(await code(setPartnerOrganisatieActief(beheer, { id: o.id, version: o.version, actief: true }))).toBe('STALE_VERSION');

    await setPartnerOrganisatieActief(beheer, { id: o.id, version: o.version + 1, actief: true });
    const terug = (await findPartnerGebruiker(w.gemeenteId, w.partners.huisarts.gebruikerId))!;
    expect((await getPartnerWerklijst(terug)).map((a) => a.huishoudenId)).toContain(h.huishouden.id);
  });
});
