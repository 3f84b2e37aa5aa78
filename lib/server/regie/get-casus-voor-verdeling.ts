import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { kandidatenVoor, wachtOpRegie, wachttijdDagen } from '@/lib/domain/casusverdeling';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadCasusForRegie } from './regie-core';
import { loadTeamleden } from './team-caseload';
import { userNames } from './user-names';

/** One waiting casus with what the teamlead needs to choose a regisseur, and the team's candidates. */
export async function getCasusVoorVerdeling(actor: Actor, casusId: string, today = new Date()) {
  assertPermission(actor, 'regie:assign');
  return leesZonderTransactie(async (tx) => {
    const ref = await loadCasusForRegie(tx, actor, casusId);
    await assertHouseholdAccess(tx, actor, ref.huishoudenId, { actie: 'READ', entiteit: 'Casus', entiteitId: ref.id });
    const casus = await tx.casus.findUnique({
      where: { id: ref.id },
      select: {
        id: true, nummer: true, fase: true, version: true, urgentie: true, complexiteit: true, veiligheid: true,
        meldingOntvangenOp: true, intakeDoorId: true,
        huishouden: { select: { id: true, naam: true, wijk: { select: { id: true, naam: true } }, _count: { select: { leden: { where: { tot: null } } } } } },
        triages: { orderBy: { op: 'desc' }, take: 1, select: { uitkomst: true, vervolg: true, toelichting: true, doorId: true, leefgebieden: { select: { label: true } } } },
        regie: { where: { tot: null }, select: { id: true, vorm: true, lead: true, regisseur: { select: { naam: true } }, aanbieder: { select: { naam: true } } } },
      },
    });
    if (!casus) throw new DomainError('NOT_FOUND');
    const leden = await loadTeamleden(tx, actor.gemeenteId, [ref.teamId!], today);
    // The same test as the board's SQL: a current lead regisseur of the household.
    const heeftLead = (await tx.regieToewijzing.count({ where: { huishoudenId: casus.huishouden.id, lead: true, tot: null } })) > 0;
    const triage = casus.triages[0] ?? null;
    const namen = await userNames(tx, [casus.intakeDoorId, triage?.doorId ?? null]);
    return {
      casus: {
        id: casus.id,
        nummer: casus.nummer,
        fase: casus.fase,
        /** Listed on the board as waiting, so assignable here (issue 16 item 1). */
        wacht: wachtOpRegie(casus.fase, heeftLead),
        version: casus.version,
        urgentie: casus.urgentie,
        complexiteit: casus.complexiteit,
        veiligheid: casus.veiligheid,
        meldingOntvangenOp: casus.meldingOntvangenOp,
        wachttijdDagen: wachttijdDagen(casus.meldingOntvangenOp, today),
        intakeDoor: casus.intakeDoorId ? namen.get(casus.intakeDoorId) ?? null : null,
        // Who took the melding in at the front office and triaged it (issue 16 item 16: the intake was done, by them).
        triageDoor: triage?.doorId ? namen.get(triage.doorId) ?? null : null,
        huishouden: { id: casus.huishouden.id, naam: casus.huishouden.naam, leden: casus.huishouden._count.leden },
        wijk: casus.huishouden.wijk,
        triage: triage && {
          uitkomst: triage.uitkomst,
          vervolg: triage.vervolg,
          toelichting: triage.toelichting,
          leefgebieden: triage.leefgebieden.map((l) => l.label).sort((a, b) => a.localeCompare(b, 'nl')),
        },
        regie: casus.regie,
      },
      kandidaten: kandidatenVoor(leden, { wijkId: casus.huishouden.wijk?.id ?? null, vorm: 'CASUSREGIE' }, today),
    };
  });
}
