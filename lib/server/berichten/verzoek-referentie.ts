import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * Issue 22 item 4: the ReferentieAanbieder of a verzoek asked by hand. An aanbieder without software has no series
 * of its own, so the gemeente gives one: PORTAAL-<n> from a database sequence (never reused; well within the 36
 * characters of LDT_Referentie). TR347 (unique per aanbieder) is still checked by registreerVerzoek.
 */
export async function portaalReferentie(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('"AanbiederVerzoek_portaal_referentie"') AS n`;
  return `PORTAAL-${n}`;
}
