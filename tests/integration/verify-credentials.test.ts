import { beforeAll, describe, expect, it } from 'vitest';
import { generateSync } from 'otplib';
import { prisma } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { newTotpSecret } from '@/lib/auth/totp';
import { verifyCredentials, MAX_FAILURES_PER_ACCOUNT } from '@/lib/server/auth/verify-credentials';
import { confirmTotp, getTotpSetup } from '@/lib/server/auth/setup-totp';
import { actorFor, createGemeente, createUser } from '../support/factories';

const PASSWORD = 'Geheim-wachtwoord-2026';
let gemeenteId: string;
let passwordHash: string;

async function account(options: { totp?: boolean; actief?: boolean } = {}) {
  const user = await createUser(gemeenteId, ['WIJKCOACH']);
  const totpSecret = options.totp ? newTotpSecret() : null;
  return prisma.user.update({ where: { id: user.id }, data: { passwordHash, totpSecret, totpActief: Boolean(options.totp), actief: options.actief ?? true } });
}

beforeAll(async () => {
  gemeenteId = (await createGemeente()).id;
  passwordHash = await hashPassword(PASSWORD);
});

describe('verifyCredentials', () => {
  it('accepts the right password, refuses a wrong one, and records both attempts', async () => {
    const user = await account();
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, ip: '10.0.0.1' })).resolves.toMatchObject({ id: user.id });
    await expect(verifyCredentials({ email: user.email, password: 'fout', ip: '10.0.0.1' })).resolves.toBeNull();
    expect(await prisma.loginPoging.count({ where: { email: user.email } })).toBe(2);
  });

  it('refuses a deactivated account even with the right password', async () => {
    const user = await account({ actief: false });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, ip: '10.0.0.2' })).resolves.toBeNull();
  });

  it('throttles an account after five failures, even with the right password', async () => {
    const user = await account();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) await verifyCredentials({ email: user.email, password: 'fout', ip: `10.0.1.${i}` });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, ip: '10.0.1.99' })).rejects.toMatchObject({ code: 'THROTTLED' });
  });

  it('asks for the TOTP code after a right password, refuses a wrong code and accepts the current one', async () => {
    const user = await account({ totp: true });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, ip: '10.0.2.1' })).rejects.toMatchObject({ code: 'TOTP_REQUIRED' });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, code: '000000', ip: '10.0.2.1' })).rejects.toMatchObject({ code: 'TOTP_INVALID' });
    const code = generateSync({ secret: user.totpSecret! });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD, code, ip: '10.0.2.1' })).resolves.toMatchObject({ id: user.id });
  });

  it('does not reveal the second factor to someone with a wrong password', async () => {
    const user = await account({ totp: true });
    await expect(verifyCredentials({ email: user.email, password: 'fout', ip: '10.0.3.1' })).resolves.toBeNull();
  });
});

describe('setting up TOTP', () => {
  it('turns the second factor on only with a valid code, and writes an audit row', async () => {
    const user = await account();
    const actor = actorFor(user);
    const setup = await getTotpSetup(actor);
    if (setup.actief) throw new Error('expected a new setup');
    await expect(confirmTotp(actor, '123456')).rejects.toMatchObject({ code: 'TOTP_INVALID' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpActief).toBe(false);
    await confirmTotp(actor, generateSync({ secret: setup.secret }));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpActief).toBe(true);
    expect(await prisma.auditEntry.count({ where: { actorId: user.id, actie: 'TOTP_ENABLED' } })).toBe(1);
  });
});
