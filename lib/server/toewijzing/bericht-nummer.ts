import 'server-only';
import type { Tx } from '@/lib/db';
import type { BerichtCode } from '@/lib/generated/prisma/enums';

/**
 * The next berichtNummer of a gemeente for a message code (WMO301, JW301), gapless like the other numbers: one
 * atomic upsert-and-increment on the Nummering row 'bericht:<code>' inside the caller's transaction (the row stays
 * locked until it ends; a unique index on Bericht(gemeenteId, code, berichtNummer) backs it up).
 */
/** Also for the gemeente's answers (WMO319/JW319, WMO325/JW325): TR056, an Identificatie unique per berichtsoort for the afzender. */
export async function nextBerichtNummer(tx: Tx, gemeenteId: string, code: BerichtCode | 'WMO319' | 'JW319' | 'WMO325' | 'JW325'): Promise<number> {
  const soort = `bericht:${code}`;
  const rows = await tx.$queryRaw<{ laatste: number }[]>`
    INSERT INTO "Nummering" ("gemeenteId", "soort", "laatste")
    VALUES (${gemeenteId}::uuid, ${soort}, 1)
    ON CONFLICT ("gemeenteId", "soort") DO UPDATE SET "laatste" = "Nummering"."laatste" + 1
    RETURNING "laatste"`;
  return Number(rows[0].laatste);
}
