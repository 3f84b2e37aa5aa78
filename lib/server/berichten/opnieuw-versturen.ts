import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { isUuid } from '@/lib/domain/ids';
import { hoortInBericht, moetVerzonden } from '@/lib/domain/toewijzing-wijziging';
import { DomainError } from '@/lib/errors';
import { buildToewijzingBericht, clientUitGegevens, productUitToewijzing, toewijzingBerichtProblemen } from '@/lib/iwmo/toewijzing-bericht';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { recordAudit } from '@/lib/server/audit/record';
import { nextBerichtNummer } from '@/lib/server/toewijzing/bericht-nummer';
import { eenVoorEen } from '@/lib/server/een-voor-een';

/**
 * A toewijzingbericht that the aanbieder refused (302 with a retourcode other than 0200), sent again after the
 * correction (of the client's data, say): a new message with the next berichtNummer, built from the data as it is
 * now and holding what OP087 asks (every current toewijzing of the client at that aanbieder under that law). The
 * refused message is kept and points to the new one; once. When a toewijzing still has a change waiting, the
 * beschikking's verzenden sends it instead (refused here with that reason). Refused in Dutch when the data still
 * cannot make a valid message.
 */
export async function opnieuwVersturenBericht(actor: Actor, input: { berichtId: string }, now = new Date()) {
  assertPermission(actor, 'berichten:behandelen');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const oud = isUuid(input.berichtId)
      ? await tx.bericht.findFirst({
          where: { id: input.berichtId, gemeenteId: actor.gemeenteId },
          select: {
            id: true, code: true, berichtNummer: true, aanbiederId: true, retourGoedgekeurd: true, opnieuwVerstuurdAlsId: true,
            aanbieder: { select: { naam: true, agbCode: true } },
            toewijzingen: { select: { toewijzing: { select: { id: true, persoonId: true, beschiktProduct: { select: { beschikking: { select: { id: true, huishoudenId: true } } } } } } } },
          },
        })
      : null;
    if (!oud || !oud.toewijzingen.length) throw new DomainError('NOT_FOUND', ['Dit bericht bestaat niet (meer).']);
    if (oud.retourGoedgekeurd !== false) throw new DomainError('TRANSITION_REFUSED', ['Alleen een bericht dat de aanbieder afkeurde, wordt opnieuw verstuurd.']);
    if (oud.opnieuwVerstuurdAlsId) throw new DomainError('TRANSITION_REFUSED', ['Dit bericht is al opnieuw verstuurd.']);
    const { persoonId, beschiktProduct } = oud.toewijzingen[0].toewijzing;
    const { huishoudenId, id: beschikkingId } = beschiktProduct.beschikking;
    await assertHouseholdAccess(tx, actor, huishoudenId, { actie: 'BERICHT_OPNIEUW_VERSTUURD', entiteit: 'Bericht', entiteitId: oud.id, persoonId });

    const inOud = new Set(oud.toewijzingen.map((t) => t.toewijzing.id));
    const toewijzingen = await tx.toewijzing.findMany({
      where: { gemeenteId: actor.gemeenteId, persoonId, aanbiederId: oud.aanbiederId, wet: oud.code === 'WMO301' ? 'WMO' : 'JEUGDWET' },
      orderBy: { toewijzingNummer: 'asc' },
      select: {
        id: true, toewijzingNummer: true, status: true, toewijzingOp: true, ingangsdatum: true, einddatum: true, volume: true, eenheid: true, frequentie: true,
        budgetCent: true, redenWijziging: true, commentaar: true, referentieAanbieder: true, product: { select: { categorie: true, code: true } },
        berichten: { select: { bericht: { select: { createdAt: true } } } },
      },
    });
    const wachtend = toewijzingen.filter((t) => moetVerzonden({ ...t, laatsteBerichtOp: t.berichten.reduce<Date | null>((max, l) => (!max || l.bericht.createdAt > max ? l.bericht.createdAt : max), null) }));
    if (wachtend.length) {
      throw new DomainError('TRANSITION_REFUSED', [`Toewijzing ${wachtend.map((t) => t.toewijzingNummer).join(', ')} heeft een wijziging die nog niet is verstuurd; verstuur die via de beschikking, dan gaat het gecorrigeerde bericht mee.`]);
    }
    const inBericht = toewijzingen.filter((t) => hoortInBericht(t, inOud.has(t.id), today));
    const [gemeente, persoon, huishouden] = await eenVoorEen([
      tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true } }),
      tx.persoon.findUniqueOrThrow({ where: { id: persoonId }, select: { bsn: true, geboortedatum: true, geslacht: true, voornamen: true, tussenvoegsel: true, achternaam: true, telefoon: true, email: true } }),
      tx.huishouden.findUniqueOrThrow({ where: { id: huishoudenId }, select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } }),
    ]);
    if (!persoon.geboortedatum) throw new DomainError('TRANSITION_REFUSED', ['De geboortedatum van de cliënt ontbreekt; die is verplicht in een toewijzingbericht. Vul haar eerst in bij de leden van het huishouden.']);
    const berichtNummer = await nextBerichtNummer(tx, actor.gemeenteId, oud.code);
    const bericht = {
      code: oud.code, afzender: gemeente.gemeentecode, ontvanger: oud.aanbieder.agbCode, identificatie: String(berichtNummer), dagtekening: today,
      client: clientUitGegevens({ ...persoon, geboortedatum: persoon.geboortedatum }, huishouden), producten: inBericht.map(productUitToewijzing),
    };
    const problemen = toewijzingBerichtProblemen(bericht);
    if (problemen.length) throw new DomainError('TRANSITION_REFUSED', [`Het bericht aan ${oud.aanbieder.naam} kan nog steeds niet weg; corrigeer eerst:`, ...problemen]);
    const nieuw = await tx.bericht.create({
      data: {
        gemeenteId: actor.gemeenteId, code: oud.code, aanbiederId: oud.aanbiederId, berichtNummer, berichtDatum: today, xml: buildToewijzingBericht(bericht), createdAt: now,
        toewijzingen: { create: inBericht.map((t) => ({ toewijzingId: t.id })) },
      },
      select: { id: true },
    });
    const { count } = await tx.bericht.updateMany({ where: { id: oud.id, opnieuwVerstuurdAlsId: null }, data: { opnieuwVerstuurdAlsId: nieuw.id } });
    if (count === 0) throw new DomainError('STALE_VERSION', ['Dit bericht is net door iemand anders opnieuw verstuurd. Laad de pagina opnieuw.']);
    await recordAudit(tx, actor, {
      actie: 'BERICHT_OPNIEUW_VERSTUURD', entiteit: 'Bericht', entiteitId: nieuw.id, huishoudenId, persoonId,
      context: `${oud.code} ${oud.berichtNummer} opnieuw als ${oud.code} ${berichtNummer} aan AGB ${oud.aanbieder.agbCode}`,
      after: { berichtNummer, vorigBerichtNummer: oud.berichtNummer, toewijzingNummers: inBericht.map((t) => t.toewijzingNummer) },
    });
    return { id: nieuw.id, code: oud.code, berichtNummer, beschikkingId };
  });
}
