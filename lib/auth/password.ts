// argon2id from @node-rs/argon2: prebuilt binaries inside the npm package, no node-gyp build.
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string) => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Password policy for staff accounts: a Dutch reason per unmet rule (empty when the password is acceptable). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < 12) problems.push('Gebruik minstens 12 tekens.');
  if (password.length > 200) problems.push('Gebruik hoogstens 200 tekens.');
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password)) problems.push('Gebruik kleine letters én hoofdletters.');
  if (!/[0-9]/.test(password)) problems.push('Gebruik minstens één cijfer.');
  return problems;
}
