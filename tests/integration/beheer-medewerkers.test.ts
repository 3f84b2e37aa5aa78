import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import {
  addMandaatSchema,
  addTeamlidmaatschapSchema,
  createMedewerkerSchema,
  resetWachtwoordSchema,
  updateMedewerkerSchema,
} from '@/lib/validations/beheer';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { addMandaat } from '@/lib/server/beheer/add-mandaat';
import { addTeamlidmaatschap } from '@/lib/server/beheer/add-teamlidmaatschap';
import { createMedewerker } from '@/lib/server/beheer/create-medewerker';
import { deactivateMedewerker } from '@/lib/server/beheer/deactivate-medewerker';
import { endMandaat } from '@/lib/server/beheer/end-mandaat';
import { endTeamlidmaatschap } from '@/lib/server/beheer/end-teamlidmaatschap';
import { getMedewerker } from '@/lib/server/beheer/get-medewerker';
import { listOpenRegieOfInactiveUsers } from '@/lib/server/beheer/list-open-regie-of-inactive-users';
import { reactivateMedewerker } from '@/lib/server/beheer/reactivate-medewerker';
import { resetTweestapsverificatie } from '@/lib/server/beheer/reset-tweestapsverificatie';
import { resetWachtwoord } from '@/lib/server/beheer/reset-wachtwoord';
import { setFocuswijken } from '@/lib/server/beheer/set-focuswijken';
import { updateMedewerker } from '@/lib/server/beheer/update-medewerker';
import { actorFor, createGemeente, createRegie, createRegieTeam, createTeamCasus, createUser } from '../support/factories';

// getActor reads the session through next-auth; here the session is whatever the test says it is.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('next-auth', () => ({ getServerSession: async () => (session.userId ? { userId: session.userId } : null) }));
vi.mock('@/lib/auth/options', () => ({ authOptions: {} }));
// No proxy in front of these calls: the session comes from the cookie (getServerSession above), as on a public page.
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
const { getActor } = await import('@/lib/auth/session');

const PASSWORD = 'Nieuw-Wachtwoord-2026';
let gemeenteId: string;
let beheerder: Actor;
let teamId: string;
let wijkId: string;

const auditCount = (entiteitId: string) => prisma.auditEntry.count({ where: { entiteitId } });

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
  teamId = (await prisma.team.create({ data: { gemeenteId, naam: 'Sociaal wijkteam Noord', soort: 'WIJKTEAM' } })).id;
  wijkId = (await prisma.wijk.create({ data: { gemeenteId, code: 'CEN', naam: 'Centrum' } })).id;
});

async function newCoach(email = `coach-${crypto.randomUUID().slice(0, 8)}@example.test`) {
  const input = createMedewerkerSchema.parse({
    naam: 'Noor Bakker',
    email,
    functie: 'Wijkcoach',
    rollen: ['WIJKCOACH'],
    wachtwoord: PASSWORD,
    teamId,
    focuswijkIds: [wijkId],
  });
  return createMedewerker(beheerder, input);
}

describe('createMedewerker', () => {
  it('creates a wijkcoach in a team with a focuswijk, stores only a hash, and logs the values without it', async () => {
    const { id } = await newCoach('Noor.Bakker@Example.test');
    const user = await prisma.user.findUniqueOrThrow({ where: { id }, include: { teams: true, focuswijken: true } });
    expect(user).toMatchObject({ email: 'noor.bakker@example.test', rollen: ['WIJKCOACH'], actief: true, gemeenteId });
    expect(user.teams).toMatchObject([{ teamId, isLead: false, tot: null }]);
    expect(user.focuswijken).toMatchObject([{ wijkId }]);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'USER_CREATED' } });
    expect(audit).toMatchObject({ actorId: beheerder.id, entiteit: 'User', huishoudenId: null });
    expect(audit.after).toMatchObject({ naam: 'Noor Bakker', email: 'noor.bakker@example.test', rollen: ['WIJKCOACH'], teamId, focuswijkIds: [wijkId] });
    expect(JSON.stringify(audit.after)).not.toMatch(/wachtwoord|passwordHash|argon/i);
  });

  it('refuses an e-mail address in use (in any case) at the field, and writes nothing', async () => {
    const email = `dubbel-${crypto.randomUUID().slice(0, 6)}@example.test`;
    await newCoach(email);
    const users = await prisma.user.count();
    const audits = await prisma.auditEntry.count();
    await expect(newCoach(email.toUpperCase())).rejects.toMatchObject({ code: 'CONFLICT', fieldErrors: { email: ['Er is al een medewerker met dit e-mailadres.'] } });
    expect(await prisma.user.count()).toBe(users);
    expect(await prisma.auditEntry.count()).toBe(audits);
  });

  it('refuses a weak password in Dutch at the field', () => {
    const result = createMedewerkerSchema.safeParse({ naam: 'X', email: 'x@example.test', rollen: ['WIJKCOACH'], wachtwoord: 'kort' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.filter((i) => i.path[0] === 'wachtwoord').map((i) => i.message)).toEqual([
      'Gebruik minstens 12 tekens.',
      'Gebruik kleine letters én hoofdletters.',
      'Gebruik minstens één cijfer.',
    ]);
  });

  it('refuses anyone without beheer, before touching anything', async () => {
    const coach = actorFor(await createUser(gemeenteId, ['WIJKCOACH', 'TEAMLEAD', 'PRIVACY']));
    const users = await prisma.user.count();
    const input = createMedewerkerSchema.parse({ naam: 'X', email: 'x@example.test', rollen: ['BEHEERDER'], wachtwoord: PASSWORD });
    await expect(createMedewerker(coach, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await prisma.user.count()).toBe(users);
  });
});

describe('updateMedewerker', () => {
  it('changes roles and availability and logs only the changed fields', async () => {
    const { id } = await newCoach();
    const input = updateMedewerkerSchema.parse({
      userId: id, version: '1', naam: 'Noor Bakker', email: (await prisma.user.findUniqueOrThrow({ where: { id } })).email,
      functie: 'Wijkcoach', rollen: ['WIJKCOACH', 'TEAMLEAD'], beschikbaarheid: '80', afwezigTot: '',
    });
    await updateMedewerker(beheerder, input);
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ rollen: ['WIJKCOACH', 'TEAMLEAD'], beschikbaarheid: 80, version: 2 });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'USER_UPDATED' } });
    expect(audit.before).toEqual({ rollen: ['WIJKCOACH'], beschikbaarheid: 100 });
    expect(audit.after).toEqual({ rollen: ['WIJKCOACH', 'TEAMLEAD'], beschikbaarheid: 80 });
  });

  it('refuses a stale version and writes no audit entry', async () => {
    const { id } = await newCoach();
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    const base = { userId: id, naam: 'Een', email: user.email, rollen: ['WIJKCOACH'], beschikbaarheid: '100' };
    const collega = actorFor(await createUser(gemeenteId, ['BEHEERDER'], { naam: 'Bea Collega' }));
    await updateMedewerker(collega, updateMedewerkerSchema.parse({ ...base, version: '1' }));
    const audits = await auditCount(id);
    const stale = updateMedewerker(beheerder, updateMedewerkerSchema.parse({ ...base, naam: 'Twee', version: '1' }));
    await expect(stale).rejects.toMatchObject({ code: 'STALE_VERSION' });
    // The conflict says who changed the medewerker, when and which fields.
    await expect(stale).rejects.toMatchObject({ reasons: [expect.stringMatching(/^Bea Collega heeft deze medewerker om \d{2}:\d{2} gewijzigd: naam, functie zijn aangepast\. Je wijziging is niet opgeslagen/)] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).naam).toBe('Een');
    expect(await auditCount(id)).toBe(audits);
  });

  it('does not let a beheerder take away their own beheer role', async () => {
    const me = await prisma.user.findUniqueOrThrow({ where: { id: beheerder.id } });
    const input = updateMedewerkerSchema.parse({ userId: me.id, version: String(me.version), naam: me.naam, email: me.email, rollen: ['WIJKCOACH'], beschikbaarheid: '100' });
    await expect(updateMedewerker(beheerder, input)).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { rollen: ['Je kunt je eigen rol Beheerder niet weghalen.'] } });
  });
});

describe('deactivateMedewerker', () => {
  it('keeps the regie of a deactivated coach and lists those households for reassignment', async () => {
    const { team, teamlead, coaches } = await createRegieTeam(gemeenteId, { coaches: 1 });
    const coach = coaches[0];
    await prisma.user.update({ where: { id: coach.id }, data: { passwordHash: await (await import('@/lib/auth/password')).hashPassword(PASSWORD) } });
    const open = await createTeamCasus(gemeenteId, team.id, { fase: 'UITVOERING' });
    const open2 = await createTeamCasus(gemeenteId, team.id, { fase: 'PLAN' });
    const closed = await createTeamCasus(gemeenteId, team.id, { fase: 'AFGESLOTEN' });
    const regie = await createRegie(open.casus, coach.id);
    await createRegie(open2.casus, coach.id, { vorm: 'PROCESREGIE' });
    await createRegie(closed.casus, coach.id, { tot: new Date() }); // ended with its casus

    expect(await verifyCredentials({ email: coach.email, password: PASSWORD, ip: '10.0.0.1' })).toMatchObject({ id: coach.id });
    session.userId = coach.id;
    expect(await getActor()).toMatchObject({ id: coach.id });

    const version = (await prisma.user.findUniqueOrThrow({ where: { id: coach.id } })).version;
    expect(await deactivateMedewerker(beheerder, { userId: coach.id, version })).toEqual({ openRegie: 2 });

    // Never deleted, and the regie rows are untouched.
    expect(await prisma.user.findUniqueOrThrow({ where: { id: coach.id } })).toMatchObject({ actief: false, naam: coach.naam });
    expect(await prisma.regieToewijzing.findUniqueOrThrow({ where: { id: regie.id } })).toMatchObject({ tot: null, regisseurId: coach.id });
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: coach.id, actie: 'USER_DEACTIVATED' } })).toMatchObject({
      before: { actief: true, gedeactiveerdOp: null },
      after: { actief: false, openRegie: 2 },
    });

    // A deactivated account can no longer sign in, and an open session stops working at the next request.
    expect(await verifyCredentials({ email: coach.email, password: PASSWORD, ip: '10.0.0.1' })).toBeNull();
    expect(await getActor()).toBeNull();
    session.userId = null;

    // The teamleider sees the households to reassign, by name; the beheerder sees the casussen without them.
    const voorTeamleider = await listOpenRegieOfInactiveUsers(teamlead);
    expect(voorTeamleider.map((r) => r.casus.nummer).sort()).toEqual([open.casus.nummer, open2.casus.nummer].sort());
    expect(voorTeamleider.find((r) => r.id === regie.id)).toMatchObject({
      vorm: 'CASUSREGIE',
      lead: true,
      regisseur: { id: coach.id, naam: coach.naam },
      casus: { nummer: open.casus.nummer, team: { id: team.id } },
      huishouden: { id: open.huishouden.id, naam: open.huishouden.naam },
    });
    const voorBeheer = await listOpenRegieOfInactiveUsers(beheerder, { userId: coach.id });
    expect(voorBeheer).toHaveLength(2);
    expect(voorBeheer.every((r) => r.huishouden === null)).toBe(true);

    // Another team's teamleider has no need to know; a wijkcoach may not ask at all.
    const other = await createRegieTeam(gemeenteId, { coaches: 1 });
    expect(await listOpenRegieOfInactiveUsers(other.teamlead)).toEqual([]);
    await expect(listOpenRegieOfInactiveUsers(other.coaches[0])).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Reactivated, the same password works again and the list is empty.
    await reactivateMedewerker(beheerder, { userId: coach.id, version: version + 1 });
    expect(await verifyCredentials({ email: coach.email, password: PASSWORD, ip: '10.0.0.1' })).toMatchObject({ id: coach.id });
    expect(await listOpenRegieOfInactiveUsers(teamlead)).toEqual([]);
  });

  it('refuses a stale version, the beheerder\'s own account and a second deactivation', async () => {
    const { id } = await newCoach();
    await expect(deactivateMedewerker(beheerder, { userId: id, version: 7 })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).actief).toBe(true);
    expect(await prisma.auditEntry.count({ where: { entiteitId: id, actie: 'USER_DEACTIVATED' } })).toBe(0);
    await expect(deactivateMedewerker(beheerder, { userId: beheerder.id, version: 1 })).rejects.toMatchObject({ code: 'INVALID' });
    await deactivateMedewerker(beheerder, { userId: id, version: 1 });
    await expect(deactivateMedewerker(beheerder, { userId: id, version: 2 })).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
  });

  it('refuses anyone without beheer', async () => {
    const { id } = await newCoach();
    const teamlead = actorFor(await createUser(gemeenteId, ['TEAMLEAD']));
    await expect(deactivateMedewerker(teamlead, { userId: id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).actief).toBe(true);
  });
});

describe('resetWachtwoord', () => {
  it('sets a new password, after which only the new one works, and logs no hash', async () => {
    const { id } = await newCoach();
    const email = (await prisma.user.findUniqueOrThrow({ where: { id } })).email;
    const nieuw = 'Ander-Wachtwoord-77';
    await resetWachtwoord(beheerder, resetWachtwoordSchema.parse({ userId: id, version: '1', wachtwoord: nieuw, wachtwoordHerhaling: nieuw }));
    expect(await verifyCredentials({ email, password: PASSWORD, ip: '10.0.0.2' })).toBeNull();
    expect(await verifyCredentials({ email, password: nieuw, ip: '10.0.0.2' })).toMatchObject({ id });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'USER_PASSWORD_RESET' } });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/argon|Wachtwoord-77/);
  });

  it('clears a second factor so that it can be set up again, and refuses when there is none', async () => {
    const { id } = await newCoach();
    await expect(resetTweestapsverificatie(beheerder, { userId: id, version: 1 })).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    await prisma.user.update({ where: { id }, data: { totpSecret: 'JBSWY3DPEHPK3PXP', totpActief: true } });
    await resetTweestapsverificatie(beheerder, { userId: id, version: 1 });
    expect(await prisma.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ totpActief: false, totpSecret: null, version: 2 });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'USER_TOTP_RESET' } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses two different passwords at the second field', () => {
    const result = resetWachtwoordSchema.safeParse({ userId: crypto.randomUUID(), version: '1', wachtwoord: PASSWORD, wachtwoordHerhaling: `${PASSWORD}x` });
    expect(result.error?.issues).toMatchObject([{ path: ['wachtwoordHerhaling'], message: 'De twee wachtwoorden zijn niet gelijk.' }]);
  });
});

describe('teams, focuswijken and mandates of a medewerker', () => {
  it('adds a team membership once, and ending it keeps it as history', async () => {
    const { id } = await newCoach();
    const tweede = await prisma.team.create({ data: { gemeenteId, naam: `Jeugdteam ${crypto.randomUUID().slice(0, 4)}`, soort: 'JEUGDTEAM' } });
    const lid = await addTeamlidmaatschap(beheerder, addTeamlidmaatschapSchema.parse({ userId: id, teamId: tweede.id, isLead: 'on' }));
    expect(lid).toMatchObject({ isLead: true, tot: null, vanaf: toCalendarDay(new Date()) });
    await expect(addTeamlidmaatschap(beheerder, addTeamlidmaatschapSchema.parse({ userId: id, teamId: tweede.id }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await endTeamlidmaatschap(beheerder, { lidmaatschapId: lid.id });
    expect(await prisma.teamLidmaatschap.findUniqueOrThrow({ where: { id: lid.id } })).toMatchObject({ tot: toCalendarDay(new Date()) });
    await expect(endTeamlidmaatschap(beheerder, { lidmaatschapId: lid.id })).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    expect(await prisma.auditEntry.findMany({ where: { entiteitId: lid.id }, select: { actie: true }, orderBy: { id: 'asc' } })).toEqual([
      { actie: 'TEAMLIDMAATSCHAP_ADDED' },
      { actie: 'TEAMLIDMAATSCHAP_ENDED' },
    ]);
  });

  it('replaces the focuswijken, and refuses a stale version', async () => {
    const { id } = await newCoach();
    const tweede = await prisma.wijk.create({ data: { gemeenteId, code: `W${crypto.randomUUID().slice(0, 4)}`.toUpperCase(), naam: 'De Schooten' } });
    await setFocuswijken(beheerder, { userId: id, version: 1, wijkIds: [tweede.id] });
    expect((await prisma.focuswijk.findMany({ where: { userId: id } })).map((f) => f.wijkId)).toEqual([tweede.id]);
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: id, actie: 'USER_FOCUSWIJKEN_SET' } })).toMatchObject({
      before: { focuswijkIds: [wijkId] },
      after: { focuswijkIds: [tweede.id] },
    });
    await expect(setFocuswijken(beheerder, { userId: id, version: 1, wijkIds: [] })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await prisma.focuswijk.count({ where: { userId: id } })).toBe(1);
  });

  it('gives a mandate per law and product, refuses one that does not fit the role or the product\'s law', async () => {
    const { id } = await newCoach();
    const product = await prisma.product.create({
      data: { gemeenteId, wet: 'JEUGDWET', categorie: '45', code: '45A04', naam: 'Jeugdhulp ambulant', eenheid: '01', standaardFrequentie: '4', leveringsvormen: ['ZIN'], actiefVan: new Date('2026-01-01') },
    });
    const plan = await addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'PLAN_VASTSTELLEN', wet: 'WMO' }));
    expect(plan).toMatchObject({ soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: null, tot: null });
    const perProduct = await addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'PLAN_VASTSTELLEN', wet: '', productId: product.id, vanaf: '01-01-2026', tot: '31-12-2026' }));
    expect(perProduct).toMatchObject({ wet: 'JEUGDWET', productId: product.id });
    await expect(addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'BESCHIKKING_VASTSTELLEN', wet: 'WMO' }))).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { soort: ['Dit mandaat past alleen bij de rol backoffice. Geef de medewerker eerst die rol.'] },
    });
    await expect(addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'PLAN_VASTSTELLEN', wet: 'WMO', productId: product.id }))).rejects.toMatchObject({
      fieldErrors: { productId: ['Dit product hoort bij een andere wet dan het gekozen mandaat.'] },
    });
    expect(addMandaatSchema.safeParse({ userId: id, soort: 'PLAN_VASTSTELLEN', vanaf: '01-02-2026', tot: '01-01-2026' }).error?.issues).toMatchObject([
      { path: ['tot'], message: 'De einddatum ligt vóór de begindatum.' },
    ]);
    expect(await prisma.mandaat.count({ where: { userId: id } })).toBe(2);
    expect((await getMedewerker(beheerder, id)).user.mandaten).toHaveLength(2);
  });

  it('ends a running mandate as of yesterday, and removes one that had not started', async () => {
    const { id } = await newCoach();
    const lopend = await addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'PROCESREGIE', vanaf: '01-01-2025' }));
    await endMandaat(beheerder, { mandaatId: lopend.id });
    expect((await prisma.mandaat.findUniqueOrThrow({ where: { id: lopend.id } })).tot).toEqual(addCalendarDays(new Date(), -1));
    await expect(endMandaat(beheerder, { mandaatId: lopend.id })).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    const vandaag = await addMandaat(beheerder, addMandaatSchema.parse({ userId: id, soort: 'DOORZETTINGSMACHT' }));
    await endMandaat(beheerder, { mandaatId: vandaag.id });
    expect(await prisma.mandaat.findUnique({ where: { id: vandaag.id } })).toBeNull();
    expect(await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: vandaag.id, actie: 'MANDAAT_REMOVED' } })).toMatchObject({ before: { soort: 'DOORZETTINGSMACHT' } });
  });
});
