import 'server-only';
import type { Tx } from '@/lib/db';
import { DomainError } from '@/lib/errors';

/** The leefgebieden and wijk a voorziening names must be the gemeente's own. */
export async function assertVoorzieningVerwijzingen(tx: Tx, gemeenteId: string, input: { leefgebiedCodes: string[]; wijkId: string | null }, toegestaneInactieve: string[] = []) {
  const codes = [...new Set(input.leefgebiedCodes)];
  const bekend = await tx.leefgebied.findMany({ where: { gemeenteId, code: { in: codes } }, select: { code: true, actief: true } });
  const ok = codes.every((c) => bekend.some((l) => l.code === c && (l.actief || toegestaneInactieve.includes(c))));
  if (!ok) throw new DomainError('INVALID', ['Kies actieve leefgebieden.'], { leefgebiedCodes: ['Kies actieve leefgebieden.'] });
  if (input.wijkId && !(await tx.wijk.findFirst({ where: { id: input.wijkId, gemeenteId }, select: { id: true } }))) {
    throw new DomainError('INVALID', ['Kies een bestaande wijk.'], { wijkId: ['Kies een bestaande wijk.'] });
  }
  return codes;
}
