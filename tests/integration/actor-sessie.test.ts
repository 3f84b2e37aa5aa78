import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { leesActor } from '@/lib/server/auth/lees-actor';
import { findInwoner } from '@/lib/server/access/inwoner-access';
import { findPartnerGebruiker, leesPartnerGebruiker } from '@/lib/server/access/partner-access';
import { updateGemeenteInstellingen } from '@/lib/server/beheer/update-gemeente-instellingen';
import { getGemeente } from '@/lib/server/gemeente/get-gemeente';
import { updateGemeenteSchema } from '@/lib/validations/beheer';
import { actorFor, createGemeente, createHuishouden, createPersoon, createTeam, createUser } from '../support/factories';
import { createPartner } from '../support/partner-factories';
import { sentStatements as sent } from '../support/sent-statements';

// Issue 23 item 3: the floor of every staff page. The actor, their current teams, their second factor and the stand of
// their gemeente come in one statement; the gemeente itself is kept per process and read again when its stand changes.

let gemeenteId: string;
let beheerder: Actor;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
});

describe('leesActor', () => {
  it('reads the user, their current teams, their second factor and their gemeente in one statement', async () => {
    const team = await createTeam(gemeenteId);
    const oud = await createTeam(gemeenteId);
    const user = await createUser(gemeenteId, ['WIJKCOACH', 'TEAMLEAD'], { teamId: team.id });
    await prisma.teamLidmaatschap.create({ data: { teamId: oud.id, userId: user.id, vanaf: new Date('2020-01-01'), tot: new Date('2021-01-01') } });
    await prisma.user.update({ where: { id: user.id }, data: { totpActief: true } });
    const { result, statements: sentStatements } = await sent(() => leesActor(user.id));
    expect(sentStatements).toHaveLength(1);
    expect(result).toMatchObject({
      actor: { id: user.id, gemeenteId, naam: user.naam, email: user.email, rollen: ['WIJKCOACH', 'TEAMLEAD'], teamIds: [team.id] },
      wachtwoordWijzigen: false,
      totpActief: true,
    });
  });

  it('refuses a deactivated account at once, and an id that is no uuid without asking the database', async () => {
    const user = await createUser(gemeenteId, ['WIJKCOACH']);
    expect(await leesActor(user.id)).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { actief: false } });
    expect(await leesActor(user.id)).toBeNull();
    const { result, statements: sentStatements } = await sent(() => leesActor('geen-uuid'));
    expect(result).toBeNull();
    expect(sentStatements).toEqual([]);
  });

  it('says a first password must be changed only for an account with a password', async () => {
    const user = await createUser(gemeenteId, ['WIJKCOACH']);
    await prisma.user.update({ where: { id: user.id }, data: { wachtwoordWijzigen: true, passwordHash: 'x' } });
    expect((await leesActor(user.id))?.wachtwoordWijzigen).toBe(true);
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    expect((await leesActor(user.id))?.wachtwoordWijzigen).toBe(false);
  });
});

describe('the gemeente cached per process', () => {
  it('is read once per stand, and again after beheer changes it (the stand the actor statement reads changes with it)', async () => {
    const user = await createUser(gemeenteId, ['WIJKCOACH']);
    const stand = (await leesActor(user.id))!.gemeenteStand;
    const eerst = await sent(() => getGemeente(gemeenteId, stand));
    expect(eerst.statements).toHaveLength(1);
    const weer = await sent(() => getGemeente(gemeenteId, stand));
    expect(weer.statements).toEqual([]);
    expect(weer.result.naam).toBe(eerst.result.naam);

    const gemeente = await prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId } });
    await updateGemeenteInstellingen(beheerder, updateGemeenteSchema.parse({
      version: String(gemeente.version), naam: 'Gewijzigde gemeente', gemeentecode: gemeente.gemeentecode, postadres: gemeente.postadres,
      postcodePlaats: gemeente.postcodePlaats, telefoon: gemeente.telefoon, website: 'https://www.gewijzigd.example', email: 'info@gewijzigd.example',
      briefhoofd: gemeente.briefhoofd, ondertekening: gemeente.ondertekening, onderzoekTermijnDagen: '42', wmoBeschikkingTermijnDagen: '14',
      awbBeschikkingTermijnDagen: '56', bezwaarTermijnDagen: '42', consultTermijnDagen: '5', waakvlamStandaardDagen: '90',
    }));
    const nieuweStand = (await leesActor(user.id))!.gemeenteStand;
    expect(nieuweStand).not.toBe(stand);
    // A process still holding the old stand would show the old name only under that stand; the next request reads
    // the new stand with the actor, and so the new name.
    expect((await getGemeente(gemeenteId, nieuweStand)).naam).toBe('Gewijzigde gemeente');
  });
});

describe('the resident and the partner user, read on every request of their part', () => {
  it('a resident and their current household in one statement; moved out, no household', async () => {
    const persoon = await createPersoon(gemeenteId, { bsn: '111222333', geboortedatum: new Date('1980-05-01') });
    const huishouden = await createHuishouden(gemeenteId, [{ persoonId: persoon.id }]);
    const { result, statements: sentStatements } = await sent(() => findInwoner(gemeenteId, '111222333'));
    expect(sentStatements).toHaveLength(1);
    // With the stand of their gemeente, the same key the staff actor's statement gives (one gemeente cached per process).
    const stand = (await leesActor(beheerder.id))!.gemeenteStand;
    expect(result).toEqual({ inwoner: { kind: 'inwoner', gemeenteId, persoonId: persoon.id, bsn: '111222333', naam: expect.stringContaining(persoon.achternaam), huishoudenId: huishouden.id }, gemeenteStand: stand });
    await prisma.huishoudenLidmaatschap.updateMany({ where: { persoonId: persoon.id }, data: { tot: new Date() } });
    expect(await findInwoner(gemeenteId, '111222333')).toEqual({ weigering: 'GEEN_HUISHOUDEN' });
  });

  it('a partner user and their organisation in one statement; an inactive organisation or user, none', async () => {
    const partner = await createPartner(gemeenteId, 'SCHOOL', 'Basisschool De Kaap');
    const { result, statements: sentStatements } = await sent(() => leesPartnerGebruiker(gemeenteId, partner.gebruikerId));
    expect(sentStatements).toHaveLength(1);
    expect(result).toEqual({ partner, gemeenteStand: (await leesActor(beheerder.id))!.gemeenteStand });
    expect(await findPartnerGebruiker(gemeenteId, partner.gebruikerId)).toEqual(partner);
    expect(result?.partner).toMatchObject({ kind: 'partner', soort: 'SCHOOL', organisatieNaam: 'Basisschool De Kaap', aanbiederId: null });
    await prisma.partnerOrganisatie.update({ where: { id: partner.organisatieId }, data: { actief: false } });
    expect(await findPartnerGebruiker(gemeenteId, partner.gebruikerId)).toBeNull();
    await prisma.partnerOrganisatie.update({ where: { id: partner.organisatieId }, data: { actief: true } });
    await prisma.partnerGebruiker.update({ where: { id: partner.gebruikerId }, data: { actief: false } });
    expect(await findPartnerGebruiker(gemeenteId, partner.gebruikerId)).toBeNull();
  });
});
