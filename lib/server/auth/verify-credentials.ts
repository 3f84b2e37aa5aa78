import 'server-only';
import { prisma } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password';
import { isValidTotp } from '@/lib/auth/totp';
import { DomainError } from '@/lib/errors';

// Five failures within fifteen minutes throttle the account; an address gets a little more room because a
// whole office may sign in from behind one address.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 10;

// Verifying against a fixed hash when the account does not exist keeps the answer time the same either way.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0T9yvHDFFu7m2n8Z2c2QbHw6wM0GlnjqZb4LQ0X1wJk';

export type VerifiedUser = { id: string; email: string; naam: string };

/**
 * Password first; for an account with a second factor, then the TOTP code. A missing code is no failure (the form
 * asks for it: TOTP_REQUIRED); a wrong one counts toward throttling like a wrong password.
 */
export async function verifyCredentials(input: { email: string; password: string; ip: string; code?: string }): Promise<VerifiedUser | null> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
  const [accountFailures, addressFailures] = await Promise.all([
    prisma.loginPoging.count({ where: { email, gelukt: false, createdAt: { gte: since } } }),
    prisma.loginPoging.count({ where: { ip: input.ip, gelukt: false, createdAt: { gte: since } } }),
  ]);
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    throw new DomainError('THROTTLED');
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  const passwordOk = Boolean(ok && user && user.actief && user.passwordHash);
  if (passwordOk && user?.totpActief && user.totpSecret) {
    if (!input.code) throw new DomainError('TOTP_REQUIRED');
    if (!isValidTotp(user.totpSecret, input.code)) {
      await prisma.loginPoging.create({ data: { email, ip: input.ip, gelukt: false } });
      throw new DomainError('TOTP_INVALID');
    }
  }
  const gelukt = passwordOk;
  await prisma.loginPoging.create({ data: { email, ip: input.ip, gelukt } });
  return gelukt && user ? { id: user.id, email: user.email, naam: user.naam } : null;
}

/** OIDC: the identity provider vouches for the person; they must exist here, active, with the same e-mail. */
export async function findUserForOidc(input: { email?: string | null; subject: string }): Promise<VerifiedUser | null> {
  const user =
    (await prisma.user.findUnique({ where: { oidcSubject: input.subject } })) ??
    (input.email ? await prisma.user.findUnique({ where: { email: input.email.toLowerCase() } }) : null);
  if (!user || !user.actief) return null;
  if (!user.oidcSubject) await prisma.user.update({ where: { id: user.id }, data: { oidcSubject: input.subject } });
  return { id: user.id, email: user.email, naam: user.naam };
}
