import 'server-only';
import { leesZonderTransactie } from '@/lib/server/lees-zonder-transactie';
import { assertPermission, can, type Actor } from '@/lib/auth/permissions';
import { toCalendarDay } from '@/lib/domain/dates';
import { intrekkenProblem, mandaatProblem, REDENEN, wijzigenProblem } from '@/lib/domain/beschikking';
import { moetVerzonden } from '@/lib/domain/toewijzing-wijziging';
import { assertHouseholdAccess } from '@/lib/server/access/household-access';
import { persoonNaam } from '@/lib/server/aanvraag/shared';
import { gebruikersNamen, loadBeschikking, mandatenVan } from './shared';
import { eenVoorEen } from '@/lib/server/een-voor-een';
import { wettelijkeTermijn } from '@/lib/domain/deadlines';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';

/** One beschikking for the backoffice: the besluit, its products, its place among earlier and later besluiten, its toewijzingen and messages. */
export async function getBeschikking(actor: Actor, beschikkingId: string, now = new Date()) {
  assertPermission(actor, 'aanvraag:read');
  const today = toCalendarDay(now);
  return leesZonderTransactie(async (tx) => {
    const b = await loadBeschikking(tx, actor, beschikkingId);
    await assertHouseholdAccess(tx, actor, b.huishoudenId, { actie: 'READ', entiteit: 'Beschikking', entiteitId: b.id, persoonId: b.persoonId });
    const [aanvraag, persoon, huishouden, vorig, opvolgers, toewijzingen, brief, openToewijzingen] = await eenVoorEen([
      b.aanvraagId ? tx.aanvraag.findUnique({ where: { id: b.aanvraagId }, select: { id: true, nummer: true, ontvangenOp: true, status: true, product: { select: { naam: true } } } }) : null,
      tx.persoon.findUniqueOrThrow({ where: { id: b.persoonId }, select: { voornamen: true, tussenvoegsel: true, achternaam: true, geboortedatum: true, geheimhouding: true } }),
      tx.huishouden.findUniqueOrThrow({ where: { id: b.huishoudenId }, select: { id: true, naam: true, straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } }),
      b.vorigBesluitId ? tx.beschikking.findUnique({ where: { id: b.vorigBesluitId }, select: { id: true, identificatie: true, besluit: true, status: true, datum: true } }) : null,
      tx.beschikking.findMany({ where: { vorigBesluitId: b.id }, orderBy: { createdAt: 'asc' }, select: { id: true, identificatie: true, besluit: true, status: true } }),
      tx.toewijzing.findMany({
        where: { beschiktProduct: { beschikkingId: b.id } },
        orderBy: { toewijzingNummer: 'asc' },
        select: {
          id: true, toewijzingNummer: true, status: true, ingangsdatum: true, einddatum: true, volume: true, eenheid: true, frequentie: true,
          budgetCent: true, redenWijziging: true, toewijzingOp: true, wet: true,
          product: { select: { code: true, naam: true } },
          aanbieder: { select: { naam: true, agbCode: true } },
          berichten: { select: { bericht: { select: { id: true, code: true, berichtNummer: true, berichtDatum: true, createdAt: true, aanbieder: { select: { naam: true } }, retourOp: true, retourGoedgekeurd: true, retourcodes: true } } } },
          // Issue 19: what the aanbieder reported (305 start, 307 stop).
          leveringen: { orderBy: { begindatum: 'asc' }, select: { begindatum: true, einddatum: true, redenBeeindiging: true } },
          // What the aanbieder declared on it (323), granted or rejected.
          declaratiePrestaties: { select: { toegekend: true, debet: true, bedragCent: true } },
        },
      }),
      tx.document.findFirst({ where: { huishoudenId: b.huishoudenId, bronId: b.id, soort: 'BESCHIKKING' }, orderBy: { createdAt: 'desc' }, select: { id: true } }),
      // Everything the client's aanbieders still have to hear, also from other besluiten (one message holds all).
      tx.toewijzing.findMany({
        where: { gemeenteId: actor.gemeenteId, persoonId: b.persoonId, status: { in: ['NIEUW', 'GEWIJZIGD', 'INGETROKKEN'] } },
        select: { status: true, toewijzingOp: true, redenWijziging: true, berichten: { select: { bericht: { select: { createdAt: true } } } } },
      }),
    ]);
    const namen = await gebruikersNamen(tx, [b.opgesteldDoorId, b.vastgesteldDoorId]);
    // How the stored bezwaar term was reached, for a person to check (issue 17).
    const bezwaarUitleg = b.verzenddatum && b.bezwaarTermijnDagen !== null
      ? wettelijkeTermijn(b.verzenddatum, b.bezwaarTermijnDagen, await laadBesluitdagen(tx), 'na verzending').uitleg
      : null;
    const mandaten = await mandatenVan(tx, actor.id);

    const laatste = (links: { bericht: { createdAt: Date } }[]) =>
      links.reduce<Date | null>((max, l) => (!max || l.bericht.createdAt > max ? l.bericht.createdAt : max), null);
    const teVersturen = openToewijzingen.filter((t) => moetVerzonden({ ...t, laatsteBerichtOp: laatste(t.berichten) })).length;
    const berichten = [...new Map(toewijzingen.flatMap((t) => t.berichten.map((l) => [l.bericht.id, l.bericht] as const))).values()].sort(
      (x, y) => y.createdAt.getTime() - x.createdAt.getTime(),
    );
    const opvolgerLoopt = opvolgers.some((o) => o.status !== 'VERVALLEN');
    const mandaatProducten = b.producten.map((p) => ({ id: p.productId, naam: p.product.naam }));
    const vaststellenWaarom = [
      ...(b.opgesteldDoorId === actor.id ? [REDENEN.vierOgen] : []),
      ...[mandaatProblem(mandaten, { wet: b.wet, producten: mandaatProducten, op: today })].filter((r): r is string => r !== null),
    ];
    return {
      bezwaarUitleg,
      beschikking: { ...b, opsteller: namen.get(b.opgesteldDoorId) ?? 'Onbekend', vaststeller: b.vastgesteldDoorId ? (namen.get(b.vastgesteldDoorId) ?? 'Onbekend') : null },
      aanvraag,
      inwoner: { ...persoon, naam: persoonNaam(persoon) },
      huishouden,
      vorig,
      opvolgers,
      toewijzingen: toewijzingen.map((t) => ({ ...t, teVersturen: moetVerzonden({ ...t, laatsteBerichtOp: laatste(t.berichten) }) })),
      berichten,
      briefDocumentId: brief?.id ?? null,
      teVersturen,
      acties: {
        bewerken: b.status === 'CONCEPT' && can(actor, 'beschikking:draft'),
        vaststellen: b.status === 'CONCEPT' && can(actor, 'beschikking:vaststellen'),
        vaststellenWaarom,
        verzenden: b.status === 'VASTGESTELD' && can(actor, 'beschikking:draft'),
        wijzigen: can(actor, 'beschikking:draft') && wijzigenProblem({ status: b.status, besluit: b.besluit, heeftOpvolger: opvolgerLoopt }) === null,
        intrekken: can(actor, 'beschikking:draft') && intrekkenProblem({ status: b.status, besluit: b.besluit, heeftOpvolger: opvolgerLoopt }) === null,
        toewijzingenVersturen: can(actor, 'toewijzing:verzenden') && b.status !== 'CONCEPT' && teVersturen > 0,
      },
    };
  });
}
