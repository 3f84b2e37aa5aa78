import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { hoortInBericht, moetVerzonden, statusNaVerzenden } from '@/lib/domain/toewijzing-wijziging';
import type { BerichtCode } from '@/lib/generated/prisma/enums';
import { DomainError } from '@/lib/errors';
import { ADRES_SOORT_CORRESPONDENTIE, berichtCodeVoor } from '@/lib/iwmo/codes';
import { buildToewijzingBericht, clientUitGegevens, correspondentieAdresVanGemeente, productUitToewijzing, toewijzingBerichtProblemen, type ToewijzingBericht, type ToewijzingClient } from '@/lib/iwmo/toewijzing-bericht';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { loadBeschikking } from '@/lib/server/beschikking/shared';
import { recordAudit } from '@/lib/server/audit/record';
import { nextBerichtNummer } from './bericht-nummer';
import { eenVoorEen } from '@/lib/server/een-voor-een';

// Short: the form already explains what geheimhouding means for the message (ToewijzingenVersturenForm).
export const GEHEIMHOUDING_AFSPRAAK_NODIG = 'Deze cliënt heeft geheimhouding in de BRP. Vul in hoe en met wie u de aanbieder hebt ingelicht.';

/** Issue 20: for a client under geheimhouding, the gemeente's correspondentieadres and the recorded afspraak (null otherwise). */
function geheimhoudingAdres(geheimhouding: boolean, gemeente: { postadres: string; postcodePlaats: string }, afspraak: string | null) {
  if (!geheimhouding) return null;
  if (!afspraak) throw new DomainError('INVALID', [GEHEIMHOUDING_AFSPRAAK_NODIG], { geheimhoudingAfspraak: [GEHEIMHOUDING_AFSPRAAK_NODIG] });
  const adres = correspondentieAdresVanGemeente(gemeente.postadres, gemeente.postcodePlaats);
  if (!adres) throw new DomainError('TRANSITION_REFUSED', ['Het postadres van de gemeente (bijvoorbeeld "Postbus 2", "1780 AA Den Helder") is nodig als correspondentieadres voor een cliënt met geheimhouding. Vul het in bij de instellingen van de gemeente.']);
  return { adres, afspraak };
}

export type VerzondenBericht = { id: string; code: BerichtCode; berichtNummer: number; aanbieder: string; toewijzingNummers: number[] };

/**
 * Sends what the aanbieders of this beschikking's client still have to hear: one WMO301 (Wmo) or JW301 (Jeugdwet)
 * per aanbieder and law (the message holds one client). iWmo/iJw OP087: the message holds every toewijzing of
 * the client at that aanbieder valid on or after today, plus those changed since the previous message (such as
 * withdrawals). Every message is stored (Bericht with its XML, ToewijzingBericht per toewijzing in it); new and
 * changed toewijzingen become VERZONDEN. Refused, with the reasons, when the message would break the specification
 * (a missing BSN, for example). Optimistic locking on each toewijzing, so a message is never sent twice.
 */
export async function verzendenToewijzingen(actor: Actor, input: { beschikkingId: string; geheimhoudingAfspraak?: string | null }, now = new Date()): Promise<VerzondenBericht[]> {
  assertPermission(actor, 'toewijzing:verzenden');
  const today = toCalendarDay(now);
  return prisma.$transaction(async (tx) => {
    const b = await loadBeschikking(tx, actor, input.beschikkingId);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'TOEWIJZINGEN_VERZONDEN', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId });
    if (b.status === 'CONCEPT') throw new DomainError('TRANSITION_REFUSED', ['Een concept heeft nog geen toewijzingen. Laat de beschikking eerst vaststellen.']);

    const toewijzingen = await tx.toewijzing.findMany({
      where: { gemeenteId: actor.gemeenteId, persoonId: b.persoonId },
      orderBy: { toewijzingNummer: 'asc' },
      select: {
        id: true, toewijzingNummer: true, aanbiederId: true, wet: true, status: true, toewijzingOp: true, ingangsdatum: true, einddatum: true,
        volume: true, eenheid: true, frequentie: true, budgetCent: true, redenWijziging: true, commentaar: true, version: true, referentieAanbieder: true,
        product: { select: { categorie: true, code: true } },
        aanbieder: { select: { naam: true, agbCode: true } },
        berichten: { select: { bericht: { select: { createdAt: true } } } },
      },
    });
    const metLaatste = toewijzingen.map((t) => ({
      ...t,
      code: berichtCodeVoor(t.wet),
      laatsteBerichtOp: t.berichten.reduce<Date | null>((max, l) => (!max || l.bericht.createdAt > max ? l.bericht.createdAt : max), null),
    }));
    const teVersturen = metLaatste.filter((t) => t.code !== null && moetVerzonden(t));
    if (!teVersturen.length) throw new DomainError('TRANSITION_REFUSED', ['Er zijn geen nieuwe of gewijzigde toewijzingen om te versturen.']);

    const [gemeente, persoon, huishouden] = await eenVoorEen([
      tx.gemeente.findUniqueOrThrow({ where: { id: actor.gemeenteId }, select: { gemeentecode: true, postadres: true, postcodePlaats: true } }),
      tx.persoon.findUniqueOrThrow({ where: { id: b.persoonId }, select: { bsn: true, geboortedatum: true, geslacht: true, voornamen: true, tussenvoegsel: true, achternaam: true, telefoon: true, email: true, geheimhouding: true } }),
      tx.huishouden.findUniqueOrThrow({ where: { id: b.huishoudenId }, select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } }),
    ]);
    if (!persoon.geboortedatum) throw new DomainError('TRANSITION_REFUSED', ['De geboortedatum van de cliënt ontbreekt; die is verplicht in een toewijzingbericht. Vul haar eerst in bij de leden van het huishouden.']);
    // Issue 20: geheimhouding (BRP) — the BRP address never leaves in the message; it carries the gemeente's own
    // postal address as correspondentieadres (LDT_AdresSoort 02, allowed by TR061/CD034), and the backoffice records
    // how the aanbieder was told where the care is given.
    const geheim = geheimhoudingAdres(persoon.geheimhouding, gemeente, input.geheimhoudingAfspraak ?? null);
    const client: ToewijzingClient = { ...clientUitGegevens({ ...persoon, geboortedatum: persoon.geboortedatum }, huishouden), ...(geheim ? { adres: geheim.adres, adresSoort: ADRES_SOORT_CORRESPONDENTIE } : {}) };

    const groepen = new Map<string, typeof teVersturen>();
    for (const t of teVersturen) groepen.set(`${t.aanbiederId}|${t.code}`, [...(groepen.get(`${t.aanbiederId}|${t.code}`) ?? []), t]);

    const verzonden: VerzondenBericht[] = [];
    for (const [sleutel, gewijzigd] of groepen) {
      const [aanbiederId, code] = sleutel.split('|') as [string, BerichtCode];
      const gewijzigdeIds = new Set(gewijzigd.map((t) => t.id));
      const inBericht = metLaatste.filter((t) => t.aanbiederId === aanbiederId && t.code === code && hoortInBericht(t, gewijzigdeIds.has(t.id), today));
      const berichtNummer = await nextBerichtNummer(tx, actor.gemeenteId, code);
      const bericht: ToewijzingBericht = {
        code,
        afzender: gemeente.gemeentecode,
        ontvanger: gewijzigd[0].aanbieder.agbCode,
        identificatie: String(berichtNummer),
        dagtekening: today,
        client,
        producten: inBericht.map(productUitToewijzing),
      };
      const problemen = toewijzingBerichtProblemen(bericht);
      if (problemen.length) throw new DomainError('TRANSITION_REFUSED', [`Het bericht aan ${gewijzigd[0].aanbieder.naam} kan zo niet weg:`, ...problemen]);

      const opgeslagen = await tx.bericht.create({
        data: {
          gemeenteId: actor.gemeenteId, code, aanbiederId, berichtNummer, berichtDatum: today, xml: buildToewijzingBericht(bericht), createdAt: now,
          geheimhoudingAfspraak: geheim?.afspraak ?? null,
          toewijzingen: { create: inBericht.map((t) => ({ toewijzingId: t.id })) },
        },
        select: { id: true },
      });
      for (const t of gewijzigd) {
        const { count } = await tx.toewijzing.updateMany({ where: { id: t.id, version: t.version }, data: { status: statusNaVerzenden(t.status), version: { increment: 1 } } });
        if (count === 0) throw new DomainError('STALE_VERSION', ['Deze toewijzingen zijn net door iemand anders verstuurd of gewijzigd. Laad de pagina opnieuw.']);
      }
      // Personal data leaves the gemeente: one access-log row per message, with whom it went to.
      await recordAudit(tx, actor, {
        actie: 'EXPORT', entiteit: 'Bericht', entiteitId: opgeslagen.id, huishoudenId: b.huishoudenId, persoonId: b.persoonId,
        context: `${code} aan AGB ${gewijzigd[0].aanbieder.agbCode}`, after: { berichtNummer, toewijzingNummers: inBericht.map((t) => t.toewijzingNummer) },
      });
      if (geheim) {
        await recordAudit(tx, actor, {
          actie: 'GEHEIMHOUDING_AANBIEDER_GEINFORMEERD', entiteit: 'Bericht', entiteitId: opgeslagen.id, huishoudenId: b.huishoudenId, persoonId: b.persoonId,
          context: `${code} aan AGB ${gewijzigd[0].aanbieder.agbCode}`, after: { adresSoort: ADRES_SOORT_CORRESPONDENTIE },
        });
      }
      verzonden.push({ id: opgeslagen.id, code, berichtNummer, aanbieder: gewijzigd[0].aanbieder.naam, toewijzingNummers: inBericht.map((t) => t.toewijzingNummer) });
    }
    return verzonden;
  });
}
