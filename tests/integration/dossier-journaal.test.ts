import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { JOURNAAL_REASONS } from '@/lib/domain/journaal';
import { createContactmoment } from '@/lib/server/dossier/create-contactmoment';
import { getJournaal } from '@/lib/server/dossier/get-journaal';
import { updateContactmoment } from '@/lib/server/dossier/update-contactmoment';
import { actorFor, createGemeente, createUser } from '../support/factories';
import { createBuitenstaander, createRijkHuishouden, createWijkMetTeam, type HuishoudenFixture } from '../support/dossier-fixtures';

let gemeenteId: string;
let org: Awaited<ReturnType<typeof createWijkMetTeam>>;
let fx: HuishoudenFixture;
let collega: Actor;

const vandaag = () => toCalendarDay(new Date());
const invoer = (over: Record<string, unknown> = {}) => ({
  huishoudenId: fx.huishouden.id, soort: 'TELEFOON' as const, datum: vandaag(), tijd: 0, duurMinuten: 10, metWie: 'Piet', notitie: 'Gebeld over de afspraak.', ...over,
});

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  org = await createWijkMetTeam(gemeenteId);
  fx = await createRijkHuishouden(gemeenteId, org);
  collega = actorFor(await createUser(gemeenteId, ['WIJKCOACH'], { teamId: org.team.id }), [org.team.id]);
});

describe('writing the journaal', () => {
  it('stores a contactmoment with its author and the open casus, and logs it without the note', async () => {
    const moment = await createContactmoment(org.coach, invoer({ notitie: 'Vertrouwelijk: zorgen over de kinderen.' }));
    expect(moment).toMatchObject({ auteurId: org.coach.id, casusId: fx.casus.id, soort: 'TELEFOON', duurMinuten: 10 });
    const row = await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'CONTACTMOMENT_CREATED', actorId: org.coach.id } });
    expect(row).toMatchObject({ huishoudenId: fx.huishouden.id, after: { soort: 'TELEFOON' } });
    expect(JSON.stringify({ ...row, id: null })).not.toContain('Vertrouwelijk');
    const journaal = await getJournaal(org.coach, fx.huishouden.id);
    expect(journaal[0]).toMatchObject({ id: moment.id, auteur: org.coach.naam, bewerkbaar: true });
    expect((await getJournaal(collega, fx.huishouden.id))[0].bewerkbaar).toBe(false);
  });

  it('refuses without need-to-know and writes nothing', async () => {
    const ander = await createBuitenstaander(gemeenteId);
    const before = await prisma.contactmoment.count();
    await expect(createContactmoment(ander, invoer())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.contactmoment.count()).toBe(before);
  });

  it('refuses a role that may not write the journaal', async () => {
    const beleid = actorFor(await createUser(gemeenteId, ['BELEID']));
    await expect(createContactmoment(beleid, invoer())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a contact in the future at the date field', async () => {
    const morgen = new Date(vandaag().getTime() + 2 * 86_400_000);
    await expect(createContactmoment(org.coach, invoer({ datum: morgen }))).rejects.toMatchObject({
      code: 'INVALID', fieldErrors: { datum: ['Een contactmoment kan niet in de toekomst liggen.'] },
    });
  });
});

describe('correcting a contactmoment', () => {
  it('lets the author correct it within the term, with a version check', async () => {
    const moment = await createContactmoment(org.coach, invoer());
    await updateContactmoment(org.coach, { ...invoer({ notitie: 'Gebeld, afspraak verzet.' }), contactmomentId: moment.id, version: 1 });
    expect(await prisma.contactmoment.findUniqueOrThrow({ where: { id: moment.id } })).toMatchObject({ notitie: 'Gebeld, afspraak verzet.', version: 2 });
    const row = await prisma.auditEntry.findFirstOrThrow({ where: { actie: 'CONTACTMOMENT_UPDATED', entiteitId: moment.id } });
    expect(row.after).toEqual({ velden: ['notitie'] });
    // The same form sent twice: the second one is stale and changes nothing.
    await expect(updateContactmoment(org.coach, { ...invoer({ notitie: 'Oude versie' }), contactmomentId: moment.id, version: 1 })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await prisma.contactmoment.findUniqueOrThrow({ where: { id: moment.id } })).notitie).toBe('Gebeld, afspraak verzet.');
  });

  it('refuses a colleague, and the author after 24 hours', async () => {
    const eerder = invoer({ datum: new Date(vandaag().getTime() - 3 * 86_400_000) });
    const moment = await createContactmoment(org.coach, eerder, new Date(Date.now() - 25 * 3600_000));
    await expect(updateContactmoment(collega, { ...eerder, contactmomentId: moment.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN', reasons: [JOURNAAL_REASONS.nietAuteur] });
    await expect(updateContactmoment(org.coach, { ...eerder, contactmomentId: moment.id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN', reasons: [JOURNAAL_REASONS.vast] });
    expect((await prisma.contactmoment.findUniqueOrThrow({ where: { id: moment.id } })).version).toBe(1);
  });
});
