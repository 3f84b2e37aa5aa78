import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { ANONIEM } from '@/lib/domain/bewaartermijn';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { isUuid } from '@/lib/domain/ids';
import { loadBeschikking } from '@/lib/server/beschikking/shared';

/** A stored WMO301/JW301 message about this beschikking's client, exactly as it was sent. */
export async function getBerichtXml(actor: Actor, beschikkingId: string, berichtId: string) {
  assertPermission(actor, 'aanvraag:read');
  return leesZonderTransactie(async (tx) => {
    const b = await loadBeschikking(tx, actor, beschikkingId);
    const bericht = isUuid(berichtId)
      ? await tx.bericht.findFirst({
          where: { id: berichtId, gemeenteId: actor.gemeenteId, toewijzingen: { some: { toewijzing: { persoonId: b.persoonId } } } },
          select: { id: true, code: true, berichtNummer: true, xml: true, aanbieder: { select: { agbCode: true } } },
        })
      : null;
    if (!bericht) throw new DomainError('NOT_FOUND', ['Dit bericht bestaat niet (meer).']);
    if (bericht.xml === ANONIEM.tekst) throw new DomainError('NOT_FOUND', ['Dit bericht is geanonimiseerd: de bewaartermijn van het dossier is verstreken.']);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'EXPORT', entiteit: 'Bericht', entiteitId: bericht.id, persoonId: b.persoonId });
    return { xml: bericht.xml, filename: `${bericht.code}-${bericht.berichtNummer}-${bericht.aanbieder.agbCode}.xml` };
  });
}
