import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import type { Antwoorden } from '@/lib/domain/veiligheid';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { eenVoorEen } from '@/lib/server/een-voor-een';

export type StoredAntwoorden = { antwoorden: Antwoorden; berekend: string; eigenOordeel: string | null; redenen: string[] };

/** The veiligheid tab: the open casus and its level, every analysis (newest first) and the household's consults. */
export async function getVeiligheid(actor: Actor, huishoudenId: string) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Veiligheidsanalyse' });
    const huishouden = await tx.huishouden.findFirst({
      where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
      select: { id: true, naam: true, casussen: { where: { fase: { not: 'AFGESLOTEN' } }, select: { id: true, nummer: true, veiligheid: true } } },
    });
    if (!huishouden) throw new DomainError('NOT_FOUND');
    const [analyses, consulten] = await eenVoorEen([
      tx.veiligheidsanalyse.findMany({ where: { huishoudenId }, orderBy: { op: 'desc' } }),
      tx.consult.findMany({ where: { huishoudenId }, orderBy: [{ status: 'asc' }, { uiterlijkOp: 'asc' }] }),
    ]);
    const userIds = [...new Set([...analyses.map((a) => a.doorId), ...consulten.flatMap((c) => [c.aangevraagdDoorId, c.gedragswetenschapperId].filter((v): v is string => Boolean(v)))])];
    const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } })).map((u) => [u.id, u.naam]));
    // Issue 22: a consult asked of a ketenpartner names the organisation as the adviser.
    const adviseurIds = [...new Set(consulten.map((c) => c.partnerOrganisatieId).filter((v): v is string => Boolean(v)))];
    const adviseurs = new Map(adviseurIds.length ? (await tx.partnerOrganisatie.findMany({ where: { id: { in: adviseurIds } }, select: { id: true, naam: true } })).map((o) => [o.id, o.naam]) : []);
    return {
      huishouden: { id: huishouden.id, naam: huishouden.naam },
      casus: huishouden.casussen[0] ?? null,
      analyses: analyses.map((a) => ({ ...a, antwoorden: a.antwoorden as unknown as StoredAntwoorden, door: users.get(a.doorId) ?? 'Onbekend' })),
      consulten: consulten.map((c) => ({
        ...c,
        aangevraagdDoor: users.get(c.aangevraagdDoorId) ?? 'Onbekend',
        gedragswetenschapper: c.gedragswetenschapperId ? (users.get(c.gedragswetenschapperId) ?? 'Onbekend') : null,
        adviseur: c.partnerOrganisatieId ? (adviseurs.get(c.partnerOrganisatieId) ?? 'Ketenpartner') : null,
      })),
    };
  });
}
