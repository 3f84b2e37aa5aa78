import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { isOpen, volledigeNaam } from '@/lib/domain/melding';
import { routeOptions } from '@/lib/domain/triage';
import { DomainError } from '@/lib/errors';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import { loadTriageSituatie } from './load-situatie';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { isUuid } from '@/lib/domain/ids';

/** What the triage screen needs: the melding, the household members, the lists to choose from, and the routes open now. */
export async function getTriageForm(actor: Actor, meldingId: string) {
  assertPermission(actor, 'triage:perform');
  if (!isUuid(meldingId)) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
  return prisma.$transaction(async (tx) => {
    const melding = await tx.melding.findFirst({
      where: { id: meldingId, gemeenteId: actor.gemeenteId },
      select: {
        id: true, kenmerk: true, version: true, status: true, naam: true, vraag: true, urgent: true, veiligheidsantwoord: true,
        ontvangenOp: true, kanaal: true, huishoudenId: true, casusId: true,
        leefgebieden: { select: { leefgebiedId: true } },
      },
    });
    if (!melding) throw new DomainError('NOT_FOUND', ['Melding niet gevonden.']);
    if (!isOpen(melding.status)) throw new DomainError('TRANSITION_REFUSED', ['Deze melding is al getrieerd.']);

    let huishouden = null;
    if (melding.huishoudenId) {
      await assertHouseholdAccess(tx, actor, melding.huishoudenId, { actie: 'READ', entiteit: 'Melding', entiteitId: melding.id });
      const h = await tx.huishouden.findUniqueOrThrow({
        where: { id: melding.huishoudenId },
        select: {
          id: true, naam: true, wijkId: true,
          leden: { where: { tot: null }, orderBy: { vanaf: 'asc' }, select: { rol: true, persoon: { select: { id: true, voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true } } } },
        },
      });
      huishouden = { id: h.id, naam: h.naam, wijkId: h.wijkId, leden: h.leden.map((l) => ({ id: l.persoon.id, naam: volledigeNaam(l.persoon), geboortedatum: l.persoon.geboortedatum, rol: l.rol })) };
    } else {
      await recordAudit(tx, actor, { actie: 'READ', entiteit: 'Melding', entiteitId: melding.id });
    }

    const { situatie, casus } = await loadTriageSituatie(tx, melding);
    const wijkId = huishouden?.wijkId ?? null;
    const [leefgebieden, voorzieningen, casusDetail] = await eenVoorEen([
      tx.leefgebied.findMany({ where: { gemeenteId: actor.gemeenteId, actief: true }, orderBy: { volgorde: 'asc' }, select: { id: true, code: true, naam: true } }),
      tx.voorziening.findMany({
        where: { gemeenteId: actor.gemeenteId, actief: true, OR: [{ wijkId: null }, ...(wijkId ? [{ wijkId }] : [])] },
        orderBy: { naam: 'asc' },
        select: { id: true, naam: true, soort: true, aanbod: true, leefgebiedCodes: true, wijk: { select: { naam: true } } },
      }),
      casus ? tx.casus.findUnique({ where: { id: casus.id }, select: { nummer: true, fase: true, team: { select: { naam: true } } } }) : Promise.resolve(null),
    ]);
    return {
      melding,
      huishouden,
      situatie,
      casus: casusDetail,
      routes: routeOptions(situatie),
      leefgebieden,
      voorzieningen,
    };
  });
}
