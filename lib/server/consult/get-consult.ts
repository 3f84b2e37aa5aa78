import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { ageOn } from '@/lib/domain/dates';
import { persoonNaam } from '@/lib/domain/gesprek';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import type { StoredAntwoorden } from '@/lib/server/veiligheid/get-veiligheid';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { isUuid } from '@/lib/domain/ids';

/**
 * One consult as the gedragswetenschapper opens it: the question, the household's members (names, roles, ages),
 * the veiligheidsanalyses and earlier consults. Opening it is logged (ground: consult).
 */
export async function getConsult(actor: Actor, consultId: string, today = new Date()) {
  assertPermission(actor, 'consult:read');
  return leesZonderTransactie(async (tx) => {
    const consult = isUuid(consultId) ? await tx.consult.findFirst({ where: { id: consultId, gemeenteId: actor.gemeenteId, partnerOrganisatieId: null } }) : null;
    if (!consult) throw new DomainError('NOT_FOUND', ['Dit consult bestaat niet (meer).']);
    await assertHouseholdAccess(tx, actor, consult.huishoudenId, { actie: 'READ', entiteit: 'Consult', entiteitId: consult.id });
    const [huishouden, casus, analyses, eerdere] = await eenVoorEen([
      tx.huishouden.findUniqueOrThrow({
        where: { id: consult.huishoudenId },
        select: {
          id: true, naam: true, woonplaats: true,
          leden: { where: { tot: null }, orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }], select: { rol: true, persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } } },
        },
      }),
      tx.casus.findUniqueOrThrow({ where: { id: consult.casusId }, select: { id: true, nummer: true, fase: true, veiligheid: true } }),
      tx.veiligheidsanalyse.findMany({ where: { casusId: consult.casusId }, orderBy: { op: 'desc' } }),
      tx.consult.findMany({ where: { huishoudenId: consult.huishoudenId, id: { not: consult.id } }, orderBy: { createdAt: 'desc' } }),
    ]);
    const userIds = [...new Set([consult.aangevraagdDoorId, consult.gedragswetenschapperId, ...analyses.map((a) => a.doorId)].filter((v): v is string => Boolean(v)))];
    const users = new Map((await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true, telefoon: true, email: true } })).map((u) => [u.id, u]));
    return {
      consult: {
        ...consult,
        aangevraagdDoor: users.get(consult.aangevraagdDoorId) ?? null,
        gedragswetenschapper: consult.gedragswetenschapperId ? (users.get(consult.gedragswetenschapperId)?.naam ?? 'Onbekend') : null,
      },
      huishouden: {
        id: huishouden.id,
        naam: huishouden.naam,
        woonplaats: huishouden.woonplaats,
        leden: huishouden.leden.map((l) => ({
          naam: persoonNaam(l.persoon),
          rol: l.rol,
          leeftijd: l.persoon.geboortedatum ? ageOn(l.persoon.geboortedatum, today) : null,
        })),
      },
      casus,
      analyses: analyses.map((a) => ({ ...a, antwoorden: a.antwoorden as unknown as StoredAntwoorden, door: users.get(a.doorId)?.naam ?? 'Onbekend' })),
      eerdere,
    };
  });
}
