import 'server-only';
import type { Tx } from '@/lib/db';
import type { Actor } from '@/lib/auth/permissions';
import type { CasusFacts } from '@/lib/domain/casus-transitions';
import type { Fase } from '@/lib/domain/enums';
import { GELDENDE_STATUSSEN } from '@/lib/domain/plan';
import { hasOpenVeiligheidsconsult } from '@/lib/server/consult/has-open-veiligheidsconsult';

export type CasusRef = { id: string; huishoudenId: string; fase: Fase; version: number; veiligheid: CasusFacts['veiligheid'] };

/**
 * The facts the casus route table needs (lib/domain/casus-transitions), read in the caller's transaction; the step
 * itself goes through applyTransition (lib/server/transition/apply-transition.ts).
 */
export async function casusFacts(tx: Tx, actor: Actor, casus: CasusRef, extra: Partial<CasusFacts> = {}): Promise<CasusFacts> {
  const leads = await tx.regieToewijzing.count({ where: { casusId: casus.id, lead: true, tot: null } });
  const geldend = await tx.planVersie.count({ where: { plan: { casusId: casus.id }, status: { in: [...GELDENDE_STATUSSEN] } } });
  const consult = await hasOpenVeiligheidsconsult(tx, casus.id);
  return {
    fase: casus.fase,
    hasLeadRegisseur: leads > 0,
    planVastgesteld: geldend > 0,
    hasOpenVeiligheidsconsult: consult,
    veiligheid: casus.veiligheid,
    spoed: false,
    // DOMAIN.md §2: a casus with a lasting safety risk is not closed without the teamlead; a teamleider who closes
    // it gives that approval by doing so.
    teamleadApprovedClosing: actor.rollen.includes('TEAMLEAD'),
    afsluitreden: null,
    ...extra,
  };
}
