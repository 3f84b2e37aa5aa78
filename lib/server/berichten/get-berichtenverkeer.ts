import 'server-only';
import { prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { addWerkdagen, RETOUR_WERKDAGEN } from '@/lib/domain/berichtenverkeer';
import type { Prisma } from '@/lib/generated/prisma/client';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import type { BerichtenFilters } from '@/lib/validations/berichten';

export const PAGINA_GROOTTE = 25;
/** The "Ontvangen" list without a period filter shows this many days back. */
export const ONTVANGEN_DAGEN = 90;

const periode = (f: BerichtenFilters) =>
  f.van || f.tot ? { ...(f.van ? { gte: f.van } : {}), ...(f.tot ? { lt: addCalendarDays(f.tot, 1) } : {}) } : undefined;

/**
 * The Berichtenverkeer page: the chosen list (outgoing waiting for a retour with OP090's term, refused by the
 * aanbieder, incoming, refused incoming, verzoeken to answer), filtered per aanbieder and period, one page of 25,
 * with the counts of every list. Every list reads along an index that starts with gemeenteId (see the migration).
 */
export async function getBerichtenverkeer(actor: Actor, f: BerichtenFilters, now = new Date()) {
  assertPermission(actor, 'berichten:read');
  const g = actor.gemeenteId;
  const uitWaar = (extra: Prisma.BerichtWhereInput): Prisma.BerichtWhereInput => ({ gemeenteId: g, ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { createdAt: periode(f) } : {}), ...extra });
  const inWaar = (extra: Prisma.InkomendBerichtWhereInput): Prisma.InkomendBerichtWhereInput => ({ gemeenteId: g, ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { ontvangenOp: periode(f) } : {}), ...extra });
  // "Ontvangen" without a period: the last ONTVANGEN_DAGEN days (a city receives tens of thousands of messages a year;
  // counting them all on every visit would read them all).
  const ontvangenWaar = inWaar(periode(f) ? {} : { ontvangenOp: { gte: addCalendarDays(toCalendarDay(now), -ONTVANGEN_DAGEN) } });
  const declaratieWaar: Prisma.DeclaratieWhereInput = { gemeenteId: g, ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { ontvangenOp: periode(f) } : {}) };
  const verzoekWaar: Prisma.AanbiederVerzoekWhereInput = { gemeenteId: g, status: 'OPEN', ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { ontvangenOp: periode(f) } : {}) };
  const wacht = uitWaar({ retourOp: null });
  const afgekeurd = uitWaar({ retourGoedgekeurd: false });
  const geweigerd = inWaar({ status: 'GEWEIGERD' });
  const besluitdagen = await laadBesluitdagen(prisma);
  // OP090: sent before this instant and still without retour = more than 3 werkdagen.
  const grens = (() => {
    let d = toCalendarDay(now);
    for (let i = 0; i < 12 && addWerkdagen(d, RETOUR_WERKDAGEN, besluitdagen) >= toCalendarDay(now); i++) d = addCalendarDays(d, -1);
    return addCalendarDays(d, 1);
  })();
  const [tellingen, aanbieders] = await Promise.all([
    Promise.all([
      prisma.bericht.count({ where: wacht }),
      prisma.bericht.count({ where: { ...wacht, createdAt: { ...(periode(f) ?? {}), lt: grens } } }),
      prisma.bericht.count({ where: afgekeurd }),
      prisma.inkomendBericht.count({ where: ontvangenWaar }),
      prisma.inkomendBericht.count({ where: geweigerd }),
      prisma.aanbiederVerzoek.count({ where: verzoekWaar }),
      prisma.declaratie.count({ where: declaratieWaar }),
      prisma.declaratie.count({ where: { ...declaratieWaar, status: { not: 'TOEGEKEND' } } }),
    ]),
    prisma.aanbieder.findMany({ where: { gemeenteId: g }, orderBy: { naam: 'asc' }, select: { id: true, naam: true, agbCode: true } }),
  ]);
  const [retour, teLaat, afgekeurdAantal, ontvangen, geweigerdAantal, verzoeken, declaraties, declaratiesAfgewezen] = tellingen;
  const totaal = { retour, afgekeurd: afgekeurdAantal, ontvangen, geweigerd: geweigerdAantal, verzoeken, declaraties }[f.weergave];
  const pages = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  const page = Math.min(f.pagina, pages);
  const skip = (page - 1) * PAGINA_GROOTTE;
  const uitSelect = {
    id: true, code: true, berichtNummer: true, createdAt: true, retourOp: true, retourGoedgekeurd: true, retourcodes: true, opnieuwVerstuurdAlsId: true,
    aanbieder: { select: { naam: true, agbCode: true } },
    toewijzingen: { take: 1, select: { toewijzing: { select: { toewijzingNummer: true, beschiktProduct: { select: { beschikkingId: true } } } } } },
  } satisfies Prisma.BerichtSelect;
  const inSelect = { id: true, bestandsnaam: true, soort: true, identificatie: true, status: true, redenen: true, retourcodes: true, ontvangenOp: true, aanbieder: { select: { naam: true } }, afzender: true } satisfies Prisma.InkomendBerichtSelect;

  const uit = f.weergave === 'retour' || f.weergave === 'afgekeurd'
    ? await prisma.bericht.findMany({ where: f.weergave === 'retour' ? wacht : afgekeurd, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], skip, take: PAGINA_GROOTTE, select: uitSelect })
    : [];
  // The messages that replaced refused ones (shown as "opnieuw verstuurd als …").
  const opnieuw = uit.some((b) => b.opnieuwVerstuurdAlsId)
    ? await prisma.bericht.findMany({ where: { id: { in: uit.flatMap((b) => (b.opnieuwVerstuurdAlsId ? [b.opnieuwVerstuurdAlsId] : [])) }, gemeenteId: g }, select: { id: true, code: true, berichtNummer: true, retourGoedgekeurd: true } })
    : [];
  const inkomend = f.weergave === 'ontvangen' || f.weergave === 'geweigerd'
    ? await prisma.inkomendBericht.findMany({ where: f.weergave === 'ontvangen' ? ontvangenWaar : geweigerd, orderBy: [{ ontvangenOp: 'desc' }, { id: 'asc' }], skip, take: PAGINA_GROOTTE, select: inSelect })
    : [];
  const open = f.weergave === 'verzoeken'
    ? await prisma.aanbiederVerzoek.findMany({
        where: verzoekWaar, orderBy: [{ uiterlijkOp: 'asc' }, { id: 'asc' }], skip, take: PAGINA_GROOTTE,
        select: { id: true, soort: true, version: true, referentieAanbieder: true, producten: true, ontvangenOp: true, uiterlijkOp: true, persoonId: true, bsn: true, aanbiederId: true, aanbieder: { select: { naam: true } }, kanaal: true, motivatie: true, ingediendDoor: { select: { naam: true } } },
      })
    : [];
  const declaratieLijst = f.weergave === 'declaraties'
    ? await prisma.declaratie.findMany({
        where: declaratieWaar, orderBy: [{ ontvangenOp: 'desc' }, { id: 'asc' }], skip, take: PAGINA_GROOTTE,
        select: {
          id: true, declaratieNummer: true, wet: true, periodeBegin: true, periodeEind: true, ingediendCent: true, toegekendCent: true, status: true, antwoordNummer: true, ontvangenOp: true, inkomendBerichtId: true,
          aanbieder: { select: { naam: true } },
          prestaties: { where: { toegekend: false }, orderBy: { referentieNummer: 'asc' }, take: 10, select: { id: true, toewijzingNummer: true, referentieNummer: true, code: true, bedragCent: true, debet: true, retourcodes: true } },
        },
      })
    : [];
  // Toewijzingen a verzoek can be honoured with: this client's, at this aanbieder, not sent yet.
  const kandidaten = open.length
    ? await prisma.toewijzing.findMany({
        where: { gemeenteId: g, status: 'NIEUW', referentieAanbieder: null, OR: open.filter((v) => v.persoonId).map((v) => ({ persoonId: v.persoonId!, aanbiederId: v.aanbiederId })) },
        select: { id: true, toewijzingNummer: true, persoonId: true, aanbiederId: true, ingangsdatum: true, product: { select: { code: true, naam: true } } },
      })
    : [];
  const vandaag = toCalendarDay(now);
  return {
    aanbieders,
    tellingen: { retour, teLaat, afgekeurd: afgekeurdAantal, ontvangen, geweigerd: geweigerdAantal, verzoeken, declaraties, declaratiesAfgewezen },
    page, pages, total: totaal,
    uit: uit.map((b) => ({
      ...b,
      uiterlijkRetour: addWerkdagen(b.createdAt, RETOUR_WERKDAGEN, besluitdagen),
      teLaat: b.retourOp === null && vandaag > addWerkdagen(b.createdAt, RETOUR_WERKDAGEN, besluitdagen),
      beschikkingId: b.toewijzingen[0]?.toewijzing.beschiktProduct.beschikkingId ?? null,
      opnieuwVerstuurdAls: opnieuw.find((n) => n.id === b.opnieuwVerstuurdAlsId) ?? null,
    })),
    inkomend,
    declaraties: declaratieLijst,
    verzoeken: open.map((v) => ({ ...v, teLaat: vandaag > v.uiterlijkOp, kandidaten: kandidaten.filter((k) => k.persoonId === v.persoonId && k.aanbiederId === v.aanbiederId) })),
  };
}

/** One file of the berichtenverkeer as it was sent or received: a toewijzingbericht, an incoming message, a 319, a 325. */
export async function getBerichtBestand(actor: Actor, soort: string, id: string) {
  assertPermission(actor, 'berichten:read');
  const { isUuid } = await import('@/lib/domain/ids');
  const { DomainError } = await import('@/lib/errors');
  const { recordAudit } = await import('@/lib/server/audit/record');
  const nietGevonden = () => new DomainError('NOT_FOUND', ['Dit bericht bestaat niet (meer).']);
  if (!isUuid(id)) throw nietGevonden();
  return prisma.$transaction(async (tx) => {
    let bestand: { xml: string; filename: string } | null = null;
    if (soort === 'uit') {
      const b = await tx.bericht.findFirst({ where: { id, gemeenteId: actor.gemeenteId }, select: { code: true, berichtNummer: true, xml: true, aanbieder: { select: { agbCode: true } } } });
      if (b) bestand = { xml: b.xml, filename: `${b.code}-${b.berichtNummer}-${b.aanbieder.agbCode}.xml` };
    } else if (soort === 'in') {
      const b = await tx.inkomendBericht.findFirst({ where: { id, gemeenteId: actor.gemeenteId }, select: { inhoud: true, bestandsnaam: true } });
      if (b) bestand = { xml: b.inhoud, filename: b.bestandsnaam.replace(/[^A-Za-z0-9._-]/g, '_') };
    } else if (soort === 'antwoord') {
      const v = await tx.aanbiederVerzoek.findFirst({ where: { id, gemeenteId: actor.gemeenteId, antwoordXml: { not: null } }, select: { antwoordXml: true, referentieAanbieder: true } });
      if (v) bestand = { xml: v.antwoordXml!, filename: `319-${v.referentieAanbieder.replace(/[^A-Za-z0-9._-]/g, '_')}.xml` };
    } else if (soort === 'declaratie') {
      const d = await tx.declaratie.findFirst({ where: { id, gemeenteId: actor.gemeenteId }, select: { antwoordXml: true, antwoordNummer: true, wet: true, aanbieder: { select: { agbCode: true } } } });
      if (d) bestand = { xml: d.antwoordXml, filename: `${d.wet === 'WMO' ? 'WMO' : 'JW'}325-${d.antwoordNummer}-${d.aanbieder.agbCode}.xml` };
    }
    if (!bestand) throw nietGevonden();
    await recordAudit(tx, actor, { actie: 'EXPORT', entiteit: soort === 'uit' ? 'Bericht' : soort === 'in' ? 'InkomendBericht' : soort === 'declaratie' ? 'Declaratie' : 'AanbiederVerzoek', entiteitId: id, context: 'Berichtenverkeer: bestand gedownload' });
    return bestand;
  });
}
