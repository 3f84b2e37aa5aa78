import 'server-only';
import type { Tx } from '@/lib/db';
import { prisma } from '@/lib/db';
import type { TriageSituatie } from '@/lib/domain/triage';

type Db = Tx | typeof prisma;

/** Where the melding stands for triage: no casus, a casus in triage, or a casus that is already further. */
export async function loadTriageSituatie(db: Db, melding: { id: string; casusId: string | null }): Promise<{ situatie: TriageSituatie; casus: { id: string; version: number; nummer: string } | null }> {
  if (!melding.casusId) return { situatie: { soort: 'GEEN_CASUS' }, casus: null };
  const casus = await db.casus.findUnique({
    where: { id: melding.casusId },
    select: {
      id: true, nummer: true, version: true, fase: true, veiligheid: true, urgentie: true, afsluitreden: true, huishoudenId: true,
      _count: {
        select: {
          consulten: { where: { soort: 'VEILIGHEID', status: { not: 'AFGEROND' } } },
          meldingen: { where: { id: { not: melding.id }, status: { in: ['NIEUW', 'IN_TRIAGE'] } } },
        },
      },
    },
  });
  if (!casus || casus.fase === 'AFGESLOTEN') return { situatie: { soort: 'GEEN_CASUS' }, casus: null };
  const leads = await db.regieToewijzing.count({ where: { huishoudenId: casus.huishoudenId, lead: true, tot: null } });
  const facts = {
    fase: casus.fase,
    hasLeadRegisseur: leads > 0,
    planVastgesteld: false,
    hasOpenVeiligheidsconsult: casus._count.consulten > 0,
    veiligheid: casus.veiligheid,
    spoed: false,
    teamleadApprovedClosing: false,
    afsluitreden: null,
  };
  const ref = { id: casus.id, version: casus.version, nummer: casus.nummer };
  if (casus.fase === 'TRIAGE') return { situatie: { soort: 'TRIAGE', casus: facts, andereOpenMeldingen: casus._count.meldingen }, casus: ref };
  return { situatie: { soort: 'LOPEND', casus: facts }, casus: ref };
}
