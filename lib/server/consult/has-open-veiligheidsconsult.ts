import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * CasusFacts.hasOpenVeiligheidsconsult for the closing guard (DOMAIN.md §3 rule 6): a VEILIGHEID consult of this
 * casus that is not yet answered. Call it inside the closing transaction.
 */
export async function hasOpenVeiligheidsconsult(tx: Tx, casusId: string): Promise<boolean> {
  const open = await tx.consult.count({ where: { casusId, soort: 'VEILIGHEID', status: { not: 'AFGEROND' } } });
  return open > 0;
}
