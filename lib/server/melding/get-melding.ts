import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { intakeGeenToegangUitleg } from '@/lib/domain/intake-toegang';
import { volledigeNaam } from '@/lib/domain/melding';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess, findHouseholdAccess } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { isUuid } from '@/lib/domain/ids';

/**
 * One melding for the front office: what was reported, by whom, and where it stands. The household it is attached
 * to shows only to those with a ground to see it (need-to-know); every opening is in the access log.
 */
export async function getMelding(actor: Actor, meldingId: string) {
  assertPermission(actor, 'melding:read');
  // An id that is no uuid is a melding that does not exist (the database would refuse it with an error).
  if (!isUuid(meldingId)) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  return prisma.$transaction(async (tx) => {
    const melding = await tx.melding.findFirst({
      where: { id: meldingId, gemeenteId: actor.gemeenteId },
      include: {
        leefgebieden: { select: { leefgebiedId: true, label: true } },
        wijk: { select: { naam: true } },
        casus: { select: { id: true, nummer: true, fase: true, team: { select: { naam: true } } } },
        triage: {
          include: { leefgebieden: { select: { label: true } }, voorziening: { select: { naam: true } } },
        },
      },
    });
    if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);

    let huishouden = null;
    if (melding.huishoudenId && (await findHouseholdAccess(actor, melding.huishoudenId, tx))) {
      await assertHouseholdAccess(tx, actor, melding.huishoudenId, { actie: 'READ', entiteit: 'Melding', entiteitId: melding.id });
      const h = await tx.huishouden.findUniqueOrThrow({
        where: { id: melding.huishoudenId },
        select: {
          id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true,
          wijk: { select: { naam: true } },
          leden: { where: { tot: null }, orderBy: { vanaf: 'asc' }, select: { rol: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } } },
        },
      });
      huishouden = { ...h, leden: h.leden.map((l) => ({ id: l.persoon.id, naam: volledigeNaam(l.persoon), geboortedatum: l.persoon.geboortedatum, rol: l.rol })) };
    } else {
      await recordAudit(tx, actor, { actie: 'READ', entiteit: 'Melding', entiteitId: melding.id });
    }

    const userIds = [melding.geregistreerdDoorId, melding.triage?.doorId].filter((id): id is string => Boolean(id));
    const [users, faseWijzigingen, events] = await eenVoorEen([
      tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } }),
      melding.casusId
        ? tx.casusFaseWijziging.findMany({ where: { casusId: melding.casusId, op: { gte: melding.ontvangenOp } }, orderBy: { op: 'asc' }, select: { id: true, van: true, naar: true, op: true, doorId: true, reden: true } })
        : Promise.resolve([]),
      tx.auditEntry.findMany({
        where: { gemeenteId: actor.gemeenteId, entiteit: 'Melding', entiteitId: melding.id, actie: { in: ['MELDING_GEKOPPELD', 'HUISHOUDEN_AANGEMAAKT'] } },
        orderBy: { op: 'asc' },
        select: { id: true, actie: true, op: true, actorId: true },
      }),
    ]);
    const moreUsers = await tx.user.findMany({
      where: { id: { in: [...faseWijzigingen.map((f) => f.doorId), ...events.map((e) => e.actorId)].filter((id): id is string => Boolean(id) && !userIds.includes(id!)) } },
      select: { id: true, naam: true },
    });
    const naamVan = new Map([...users, ...moreUsers].map((u) => [u.id, u.naam]));
    return {
      melding,
      huishouden,
      // Why the attached household is not shown and what to do (issue 16 item 14); null when it is shown.
      huishoudenGeenToegang: melding.huishoudenId && !huishouden
        ? intakeGeenToegangUitleg({ triageDoorMij: melding.triage?.doorId === actor.id, triageOp: melding.triage?.op ?? null, team: melding.casus?.team?.naam ?? null })
        : null,
      geregistreerdDoor: melding.geregistreerdDoorId ? (naamVan.get(melding.geregistreerdDoorId) ?? null) : null,
      triageDoor: melding.triage ? (naamVan.get(melding.triage.doorId) ?? null) : null,
      verloop: [
        ...events.map((e) => ({ id: `a${e.id}`, op: e.op, soort: e.actie === 'HUISHOUDEN_AANGEMAAKT' ? ('HUISHOUDEN' as const) : ('GEKOPPELD' as const), van: null, naar: null, reden: null, door: e.actorId ? (naamVan.get(e.actorId) ?? null) : null })),
        ...faseWijzigingen.map((f) => ({ id: f.id, op: f.op, soort: 'FASE' as const, van: f.van, naar: f.naar, reden: f.reden, door: f.doorId ? (naamVan.get(f.doorId) ?? null) : null })),
      ].sort((a, b) => a.op.getTime() - b.op.getTime()),
    };
  });
}
