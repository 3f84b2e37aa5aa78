// Issue 16 item 8: staff change their own password, and a first or reset password must be changed at the next
// sign-in outside demo mode.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import { verifyPassword } from '@/lib/auth/password';
import { createMedewerker } from '@/lib/server/beheer/create-medewerker';
import { resetWachtwoord } from '@/lib/server/beheer/reset-wachtwoord';
import { wijzigEigenWachtwoord } from '@/lib/server/auth/wijzig-eigen-wachtwoord';
import { createMedewerkerSchema, resetWachtwoordSchema } from '@/lib/validations/beheer';
import { wijzigWachtwoordSchema } from '@/lib/validations/wachtwoord';
import { actorFor, createGemeente, createUser } from '../support/factories';

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('next-auth', () => ({ getServerSession: async () => (session.userId ? { userId: session.userId } : null) }));
vi.mock('@/lib/auth/options', () => ({ authOptions: {} }));
// No proxy in front of these calls: the session comes from the cookie (getServerSession above), as on a public page.
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));
const { getActor, requireActorVoorWachtwoord } = await import('@/lib/auth/session');

const EERSTE = 'Eerste-Wachtwoord-2026';
const EIGEN = 'Mijn-Eigen-Geheim-77';
let gemeenteId: string;
let beheerder: Actor;
const demo = process.env.WIJKREGIE_DEMO;

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  beheerder = actorFor(await createUser(gemeenteId, ['BEHEERDER']));
});
afterEach(() => {
  process.env.WIJKREGIE_DEMO = demo;
  session.userId = null;
});

async function nieuweCoach() {
  const { id } = await createMedewerker(beheerder, createMedewerkerSchema.parse({ naam: 'Noor Bakker', email: `noor-${crypto.randomUUID().slice(0, 8)}@example.test`, functie: 'Wijkcoach', rollen: ['WIJKCOACH'], wachtwoord: EERSTE, focuswijkIds: [] }));
  const user = await prisma.user.findUniqueOrThrow({ where: { id } });
  return { user, actor: actorFor(user) };
}

const invoer = (huidig: string, nieuw: string, herhaling = nieuw) => wijzigWachtwoordSchema.parse({ huidig, nieuw, herhaling });

describe('a first or reset password must be changed', () => {
  it('outside demo mode, a new account can do nothing but change its first password; in demo mode it may go on', async () => {
    const { user } = await nieuweCoach();
    expect(user.wachtwoordWijzigen).toBe(true);
    session.userId = user.id;
    process.env.WIJKREGIE_DEMO = '0';
    await expect(getActor()).rejects.toMatchObject({ digest: expect.stringContaining(';/wachtwoord;') });
    expect(await requireActorVoorWachtwoord()).toMatchObject({ actor: { id: user.id }, afgedwongen: true });
    process.env.WIJKREGIE_DEMO = '1';
    expect(await getActor()).toMatchObject({ id: user.id });
    expect(await requireActorVoorWachtwoord()).toMatchObject({ afgedwongen: false });
  });

  it('after the change the account works normally; a reset by the beheerder makes it change again', async () => {
    const { user, actor } = await nieuweCoach();
    process.env.WIJKREGIE_DEMO = '0';
    session.userId = user.id;
    await wijzigEigenWachtwoord(actor, invoer(EERSTE, EIGEN));
    const na = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(na.wachtwoordWijzigen).toBe(false);
    expect(await verifyPassword(na.passwordHash!, EIGEN)).toBe(true);
    expect(await verifyPassword(na.passwordHash!, EERSTE)).toBe(false);
    expect(await getActor()).toMatchObject({ id: user.id });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entiteitId: user.id, actie: 'USER_PASSWORD_CHANGED' } });
    expect(audit.actorId).toBe(user.id);
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/argon|Geheim|Wachtwoord-2026/);

    await resetWachtwoord(beheerder, resetWachtwoordSchema.parse({ userId: user.id, version: String(na.version), wachtwoord: EERSTE, wachtwoordHerhaling: EERSTE }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).wachtwoordWijzigen).toBe(true);
    await expect(getActor()).rejects.toMatchObject({ digest: expect.stringContaining(';/wachtwoord;') });
  });
});

describe('wijzigEigenWachtwoord', () => {
  it('refuses a wrong current password at the field, and throttles after five wrong guesses without locking sign-in', async () => {
    const { user, actor } = await nieuweCoach();
    for (let i = 0; i < 5; i++) {
      await expect(wijzigEigenWachtwoord(actor, invoer(`Fout-Wachtwoord-${i}0`, EIGEN))).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { huidig: ['Dit is niet je huidige wachtwoord.'] } });
    }
    await expect(wijzigEigenWachtwoord(actor, invoer(EERSTE, EIGEN))).rejects.toMatchObject({ code: 'THROTTLED' });
    expect(await prisma.loginPoging.count({ where: { email: user.email } })).toBe(0);
    expect(await verifyPassword((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, EERSTE)).toBe(true);
  });

  it('changes only the own account, and refuses an account that signs in through OIDC', async () => {
    const oidc = await createUser(gemeenteId, ['WIJKCOACH']);
    await prisma.user.update({ where: { id: oidc.id }, data: { passwordHash: null } });
    await expect(wijzigEigenWachtwoord(actorFor(oidc), invoer(EERSTE, EIGEN))).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    const ander = actorFor(await createUser(gemeenteId, ['WIJKCOACH']), []);
    await expect(wijzigEigenWachtwoord({ ...ander, gemeenteId: crypto.randomUUID() }, invoer(EERSTE, EIGEN))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes the new password by the policy, typed twice, and not the current one again', () => {
    const fouten = (huidig: string, nieuw: string, herhaling = nieuw) => wijzigWachtwoordSchema.safeParse({ huidig, nieuw, herhaling }).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`) ?? [];
    expect(fouten(EERSTE, 'kort')).toEqual(expect.arrayContaining(['nieuw: Gebruik minstens 12 tekens.']));
    expect(fouten(EERSTE, EIGEN, 'Iets-Anders-2026')).toEqual(['herhaling: De twee nieuwe wachtwoorden zijn niet gelijk.']);
    expect(fouten(EERSTE, EERSTE)).toEqual(['nieuw: Kies een ander wachtwoord dan je huidige.']);
    expect(fouten('', EIGEN)).toEqual(['huidig: Vul je huidige wachtwoord in.']);
    expect(fouten(EERSTE, EIGEN)).toEqual([]);
  });
});
