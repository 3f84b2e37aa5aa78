import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { consentStatus, consentSummary } from '@/lib/domain/toestemming';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { persoonNaam } from '@/lib/domain/gesprek';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/** The toestemmingen page: the members who can consent, every toestemming with its status today, and every sharing. */
export async function getToestemmingen(actor: Actor, huishoudenId: string, today = new Date()) {
  assertPermission(actor, 'dossier:read');
  return leesZonderTransactie(async (tx) => {
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'READ', entiteit: 'Toestemming' });
    const huishouden = await tx.huishouden.findFirst({
      where: { id: huishoudenId, gemeenteId: actor.gemeenteId },
      select: {
        id: true, naam: true,
        leden: { where: { tot: null }, orderBy: [{ rol: 'asc' }, { vanaf: 'asc' }], select: { rol: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } } },
      },
    });
    if (!huishouden) throw new DomainError('NOT_FOUND');
    const [toestemmingen, delingen] = await eenVoorEen([
      tx.toestemming.findMany({
        where: { huishoudenId },
        orderBy: [{ gegevenOp: 'desc' }, { createdAt: 'desc' }],
        include: { persoon: { select: { voornamen: true, tussenvoegsel: true, achternaam: true } } },
      }),
      tx.gegevensdeling.findMany({ where: { huishoudenId }, orderBy: { op: 'desc' } }),
    ]);
    const userIds = [...new Set(delingen.map((d) => d.doorId))];
    const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } });
    const userNaam = new Map(users.map((u) => [u.id, u.naam]));
    const toestemmingById = new Map(toestemmingen.map((t) => [t.id, t]));
    return {
      huishouden: { id: huishouden.id, naam: huishouden.naam },
      leden: huishouden.leden.map((l) => ({ id: l.persoon.id, naam: persoonNaam(l.persoon), rol: l.rol })),
      summary: consentSummary(toestemmingen, today),
      toestemmingen: toestemmingen.map((t) => ({ ...t, persoonNaam: persoonNaam(t.persoon), status: consentStatus(t, today) })),
      delingen: delingen.map((d) => {
        const t = d.toestemmingId ? toestemmingById.get(d.toestemmingId) : undefined;
        return { ...d, doorNaam: userNaam.get(d.doorId) ?? 'Onbekend', toestemmingVan: t ? persoonNaam(t.persoon) : null };
      }),
    };
  });
}
