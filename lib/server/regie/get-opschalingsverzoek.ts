import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { kandidatenVoor } from '@/lib/domain/casusverdeling';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadCasusForRegie } from './regie-core';
import { loadTeamleden } from './team-caseload';
import { userNames } from './user-names';

/** An opschalingsverzoek for the teamlead's decision, with the team's members who may take procesregie first. */
export async function getOpschalingsverzoek(actor: Actor, verzoekId: string, today = new Date()) {
  assertPermission(actor, 'regie:assign');
  return leesZonderTransactie(async (tx) => {
    const verzoek = await tx.opschalingsverzoek.findFirst({
      where: { id: verzoekId, gemeenteId: actor.gemeenteId },
      select: {
        id: true, casusId: true, reden: true, status: true, version: true, createdAt: true, aangevraagdDoorId: true,
        besluitDoorId: true, besluitOp: true, besluitToelichting: true,
      },
    });
    if (!verzoek) throw new DomainError('NOT_FOUND', ['Dit verzoek bestaat niet (meer).']);
    const ref = await loadCasusForRegie(tx, actor, verzoek.casusId);
    await assertHouseholdAccess(tx, actor, ref.huishoudenId, { actie: 'READ', entiteit: 'Opschalingsverzoek', entiteitId: verzoek.id });
    const casus = await tx.casus.findUniqueOrThrow({
      where: { id: ref.id },
      select: {
        id: true, nummer: true, fase: true, urgentie: true, complexiteit: true,
        huishouden: { select: { id: true, naam: true, wijk: { select: { id: true, naam: true } } } },
        regie: { where: { tot: null }, select: { id: true, vorm: true, lead: true, regisseur: { select: { naam: true } }, aanbieder: { select: { naam: true } } } },
      },
    });
    const leden = await loadTeamleden(tx, actor.gemeenteId, [ref.teamId!], today);
    const namen = await userNames(tx, [verzoek.aangevraagdDoorId, verzoek.besluitDoorId]);
    return {
      verzoek: {
        ...verzoek,
        aangevraagdDoor: namen.get(verzoek.aangevraagdDoorId) ?? 'Onbekend',
        besluitDoor: verzoek.besluitDoorId ? namen.get(verzoek.besluitDoorId) ?? null : null,
      },
      casus,
      kandidaten: kandidatenVoor(leden, { wijkId: casus.huishouden.wijk?.id ?? null, vorm: 'PROCESREGIE' }, today),
    };
  });
}
