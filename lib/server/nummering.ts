import 'server-only';
import type { Tx } from '@/lib/db';
import { formatNummer, type NummerSoort } from '@/lib/domain/nummering';

/**
 * The next number of a kind for a gemeente, gapless: one atomic upsert-and-increment inside the caller's
 * transaction. The row stays locked until that transaction ends, so a rolled-back transaction gives its number
 * back and two concurrent callers never get the same one.
 */
export async function nextNummer(tx: Tx, gemeenteId: string, soort: NummerSoort): Promise<number> {
  const rows = await tx.$queryRaw<{ laatste: number }[]>`
    INSERT INTO "Nummering" ("gemeenteId", "soort", "laatste")
    VALUES (${gemeenteId}::uuid, ${soort}, 1)
    ON CONFLICT ("gemeenteId", "soort") DO UPDATE SET "laatste" = "Nummering"."laatste" + 1
    RETURNING "laatste"`;
  return Number(rows[0].laatste);
}

/** The next formatted number of a kind: 'M-2026-000123', 'C-2026-000045', … */
export async function nextKenmerk(tx: Tx, gemeenteId: string, soort: Exclude<NummerSoort, 'toewijzing'>, op = new Date()): Promise<string> {
  return formatNummer(soort, await nextNummer(tx, gemeenteId, soort), op);
}
