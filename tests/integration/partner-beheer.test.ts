// Issue 22 item 1: beheer registers ketenpartners and their users; an organisation's coordinator manages its own users
// (and only those), never themself out; another partner user may not; every change is logged.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError } from '@/lib/errors';
import { createPartnerOrganisatie } from '@/lib/server/beheer/create-partner-organisatie';
import { savePartnerGebruiker } from '@/lib/server/beheer/save-partner-gebruiker';
import { getEigenGebruikers } from '@/lib/server/partner/get-eigen-gebruikers';
import { findPartnerGebruiker } from '@/lib/server/access/partner-access';
import { actorFor, createUser } from '../support/factories';
import { createPartnerWereld, type PartnerWereld } from '../support/partner-factories';

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
    expect(await code(createPartnerOrganisatie(beheer, { ...input, naam: 'Dubbel' }))).toBe('CONFLICT');
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
