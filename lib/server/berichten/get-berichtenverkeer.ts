import 'server-only';
import { leesSql, prisma } from '@/lib/db';
import { assertPermission, type Actor } from '@/lib/auth/permissions';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { addWerkdagen, RETOUR_WERKDAGEN } from '@/lib/domain/berichtenverkeer';
import { Prisma } from '@/lib/generated/prisma/client';
import { alsBesluitdagen, BESLUITDAGEN_SQL } from '@/lib/server/termijnwet/besluitdagen';
import type { BerichtenFilters } from '@/lib/validations/berichten';
import type { InkomendBerichtStatus } from '@/lib/domain/enums';

export const PAGINA_GROOTTE = 25;
/** The "Ontvangen" list without a period filter shows this many days back. */
export const ONTVANGEN_DAGEN = 90;

const periode = (f: BerichtenFilters) =>
  f.van || f.tot ? { ...(f.van ? { gte: f.van } : {}), ...(f.tot ? { lt: addCalendarDays(f.tot, 1) } : {}) } : undefined;

/**
 * Issue 23: the page's statements on node-postgres (besluitdagen, the counts, a list of messages) keep their plan
 * (lib/db.ts, leesSql's plan 'bewaren'); the verzoeken and declaraties, read through Prisma, do not. Their text varies
 * only with the list and which filters are set (a few dozen texts at most), their values are the gemeente, the filter
 * and the page; planning them cost more than running them (at 100,000 households the counts 1.0 ms from the client
 * planned on every view against 0.4 ms kept, the list of messages 1.0 against 0.2 ms).
 */
const BEWAREN = { plan: 'bewaren' } as const;

type Tellingen = { retour: number; teLaat: number; afgekeurd: number; ontvangen: number; geweigerd: number; verzoeken: number; declaraties: number; declaratiesAfgewezen: number };

/** The filter's aanbieder and period on a table aliased `x` with its moment column `kolom`; `tot` replaces the period's end. */
const filterSql = (x: string, kolom: string, f: BerichtenFilters, tot?: Date): Prisma.Sql => {
  const delen: Prisma.Sql[] = [];
  if (f.aanbiederId) delen.push(Prisma.sql`AND ${Prisma.raw(`${x}."aanbiederId"`)} = ${f.aanbiederId}::uuid`);
  if (f.van) delen.push(Prisma.sql`AND ${Prisma.raw(`${x}."${kolom}"`)} >= ${f.van}::timestamp`);
  const eind = tot ?? (f.tot ? addCalendarDays(f.tot, 1) : undefined);
  if (eind) delen.push(Prisma.sql`AND ${Prisma.raw(`${x}."${kolom}"`)} < ${eind}::timestamp`);
  return delen.length ? Prisma.join(delen, ' ', '', '') : Prisma.empty;
};

/** "Ontvangen" without a period: the last ONTVANGEN_DAGEN days (a city receives tens of thousands of messages a year;
 * counting them all on every visit would read them all). */
const ontvangenSql = (f: BerichtenFilters, sinds: Date) =>
  f.van || f.tot ? filterSql('i', 'ontvangenOp', f) : Prisma.sql`${filterSql('i', 'ontvangenOp', f)} AND i."ontvangenOp" >= ${sinds}::timestamp`;

/** Late (OP090) within the period: sent in it and before the limit, so never more than those still without retour. */
const teLaatTot = (f: BerichtenFilters, grens: Date): Date => {
  const eind = f.tot ? addCalendarDays(f.tot, 1) : null;
  return eind && eind.getTime() < grens.getTime() ? eind : grens;
};

const tellingenSql = (g: string, f: BerichtenFilters, grens: Date, sinds: Date) => Prisma.sql`
  SELECT
    (SELECT count(*)::int FROM "Bericht" b WHERE b."gemeenteId" = ${g}::uuid AND b."retourOp" IS NULL ${filterSql('b', 'createdAt', f)}) AS "retour",
    (SELECT count(*)::int FROM "Bericht" b WHERE b."gemeenteId" = ${g}::uuid AND b."retourOp" IS NULL ${filterSql('b', 'createdAt', f, teLaatTot(f, grens))}) AS "teLaat",
    (SELECT count(*)::int FROM "Bericht" b WHERE b."gemeenteId" = ${g}::uuid AND b."retourGoedgekeurd" = false ${filterSql('b', 'createdAt', f)}) AS "afgekeurd",
    (SELECT count(*)::int FROM "InkomendBericht" i WHERE i."gemeenteId" = ${g}::uuid ${ontvangenSql(f, sinds)}) AS "ontvangen",
    (SELECT count(*)::int FROM "InkomendBericht" i WHERE i."gemeenteId" = ${g}::uuid AND i."status" = 'GEWEIGERD' ${filterSql('i', 'ontvangenOp', f)}) AS "geweigerd",
    (SELECT count(*)::int FROM "AanbiederVerzoek" v WHERE v."gemeenteId" = ${g}::uuid AND v."status" = 'OPEN' ${filterSql('v', 'ontvangenOp', f)}) AS "verzoeken",
    (SELECT count(*)::int FROM "Declaratie" d WHERE d."gemeenteId" = ${g}::uuid ${filterSql('d', 'ontvangenOp', f)}) AS "declaraties",
    (SELECT count(*)::int FROM "Declaratie" d WHERE d."gemeenteId" = ${g}::uuid AND d."status" <> 'TOEGEKEND' ${filterSql('d', 'ontvangenOp', f)}) AS "declaratiesAfgewezen",
    (SELECT json_agg(json_build_object('id', a."id", 'naam', a."naam", 'agbCode', a."agbCode") ORDER BY a."naam", a."id")
     FROM "Aanbieder" a WHERE a."gemeenteId" = ${g}::uuid) AS "aanbieders"`;

type UitRij = {
  id: string; code: string; berichtNummer: number; createdAt: Date; retourOp: Date | null; retourGoedgekeurd: boolean | null; retourcodes: string[];
  opnieuwVerstuurdAlsId: string | null; aanbiederNaam: string; aanbiederAgbCode: string; beschikkingId: string | null;
  opnieuwId: string | null; opnieuwCode: string | null; opnieuwNummer: number | null; opnieuwGoedgekeurd: boolean | null;
};

/** One page of outgoing messages waiting for a retour or refused by the aanbieder, oldest first, in one statement. */
async function leesUit(g: string, f: BerichtenFilters, skip: number) {
  const rijen = await leesSql<UitRij>(Prisma.sql`
    SELECT b."id", b."code"::text AS "code", b."berichtNummer", b."createdAt", b."retourOp", b."retourGoedgekeurd", b."retourcodes", b."opnieuwVerstuurdAlsId",
           an."naam" AS "aanbiederNaam", an."agbCode" AS "aanbiederAgbCode",
           (SELECT bp."beschikkingId" FROM "ToewijzingBericht" tb JOIN "Toewijzing" t ON t."id" = tb."toewijzingId" JOIN "BeschiktProduct" bp ON bp."id" = t."beschiktProductId"
            WHERE tb."berichtId" = b."id" ORDER BY tb."toewijzingId" LIMIT 1) AS "beschikkingId",
           n."id" AS "opnieuwId", n."code"::text AS "opnieuwCode", n."berichtNummer" AS "opnieuwNummer", n."retourGoedgekeurd" AS "opnieuwGoedgekeurd"
    FROM "Bericht" b
    JOIN "Aanbieder" an ON an."id" = b."aanbiederId"
    LEFT JOIN "Bericht" n ON n."id" = b."opnieuwVerstuurdAlsId" AND n."gemeenteId" = ${g}::uuid
    WHERE b."gemeenteId" = ${g}::uuid AND ${f.weergave === 'retour' ? Prisma.sql`b."retourOp" IS NULL` : Prisma.sql`b."retourGoedgekeurd" = false`} ${filterSql('b', 'createdAt', f)}
    ORDER BY b."createdAt", b."id"
    OFFSET ${skip}::int LIMIT ${PAGINA_GROOTTE}::int`, BEWAREN);
  return rijen.map((r) => ({
    id: r.id, code: r.code, berichtNummer: r.berichtNummer, createdAt: r.createdAt, retourOp: r.retourOp, retourGoedgekeurd: r.retourGoedgekeurd,
    retourcodes: r.retourcodes, opnieuwVerstuurdAlsId: r.opnieuwVerstuurdAlsId, aanbieder: { naam: r.aanbiederNaam, agbCode: r.aanbiederAgbCode },
    beschikkingId: r.beschikkingId,
    /** The message that replaced a refused one (shown as "opnieuw verstuurd als …"). */
    opnieuwVerstuurdAls: r.opnieuwId ? { id: r.opnieuwId, code: r.opnieuwCode!, berichtNummer: r.opnieuwNummer!, retourGoedgekeurd: r.opnieuwGoedgekeurd } : null,
  }));
}

type InRij = {
  id: string; bestandsnaam: string; soort: string | null; identificatie: string | null; status: InkomendBerichtStatus; redenen: string[]; retourcodes: string[];
  ontvangenOp: Date; aanbiederNaam: string | null; afzender: string | null;
};

/** One page of incoming messages (all, or the refused ones), newest first, in one statement. */
async function leesInkomend(g: string, f: BerichtenFilters, skip: number, sinds: Date) {
  const rijen = await leesSql<InRij>(Prisma.sql`
    SELECT i."id", i."bestandsnaam", i."soort", i."identificatie", i."status"::text AS "status", i."redenen", i."retourcodes", i."ontvangenOp",
           an."naam" AS "aanbiederNaam", i."afzender"
    FROM "InkomendBericht" i
    LEFT JOIN "Aanbieder" an ON an."id" = i."aanbiederId"
    WHERE i."gemeenteId" = ${g}::uuid ${f.weergave === 'ontvangen' ? ontvangenSql(f, sinds) : Prisma.sql`AND i."status" = 'GEWEIGERD' ${filterSql('i', 'ontvangenOp', f)}`}
    ORDER BY i."ontvangenOp" DESC, i."id"
    OFFSET ${skip}::int LIMIT ${PAGINA_GROOTTE}::int`, BEWAREN);
  return rijen.map(({ aanbiederNaam, ...r }) => ({ ...r, aanbieder: aanbiederNaam === null ? null : { naam: aanbiederNaam } }));
}

/**
 * The Berichtenverkeer page: the chosen list (outgoing waiting for a retour with OP090's term, refused by the
 * aanbieder, incoming, refused incoming, verzoeken to answer), filtered per aanbieder and period, one page of 25,
 * with the counts of every list. Every list reads along an index that starts with gemeenteId (see the migration).
 */
export async function getBerichtenverkeer(actor: Actor, f: BerichtenFilters, now = new Date()) {
  assertPermission(actor, 'berichten:read');
  const g = actor.gemeenteId;
  const declaratieWaar: Prisma.DeclaratieWhereInput = { gemeenteId: g, ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { ontvangenOp: periode(f) } : {}) };
  const verzoekWaar: Prisma.AanbiederVerzoekWhereInput = { gemeenteId: g, status: 'OPEN', ...(f.aanbiederId ? { aanbiederId: f.aanbiederId } : {}), ...(periode(f) ? { ontvangenOp: periode(f) } : {}) };
  const [{ besluitdagen: dagen }] = await leesSql<{ besluitdagen: string[] }>(Prisma.sql`SELECT ${BESLUITDAGEN_SQL} AS "besluitdagen"`, BEWAREN);
  const besluitdagen = alsBesluitdagen(dagen);
  // OP090: sent before this instant and still without retour = more than 3 werkdagen.
  const grens = (() => {
    let d = toCalendarDay(now);
    for (let i = 0; i < 12 && addWerkdagen(d, RETOUR_WERKDAGEN, besluitdagen) >= toCalendarDay(now); i++) d = addCalendarDays(d, -1);
    return addCalendarDays(d, 1);
  })();
  // Issue 23: the eight counts and the aanbieders in one statement on node-postgres (were nine Prisma statements), the
  // same conditions as the where-objects above (which the lists of verzoeken and declaraties still use); the list of
  // messages at the same time, for the requested page (read again below in the rare case it lies past the end).
  const sinds = addCalendarDays(toCalendarDay(now), -ONTVANGEN_DAGEN);
  const lijst = (skip: number) =>
    f.weergave === 'retour' || f.weergave === 'afgekeurd' ? leesUit(g, f, skip).then((uit) => ({ uit, inkomend: [] }))
      : f.weergave === 'ontvangen' || f.weergave === 'geweigerd' ? leesInkomend(g, f, skip, sinds).then((inkomend) => ({ uit: [], inkomend }))
        : Promise.resolve({ uit: [], inkomend: [] });
  const gevraagd = (Math.max(1, f.pagina) - 1) * PAGINA_GROOTTE;
  const [[telling], vooraf] = await Promise.all([
    leesSql<Tellingen & { aanbieders: { id: string; naam: string; agbCode: string }[] | null }>(tellingenSql(g, f, grens, sinds), BEWAREN),
    lijst(gevraagd),
  ]);
  const { retour, teLaat, afgekeurd: afgekeurdAantal, ontvangen, geweigerd: geweigerdAantal, verzoeken, declaraties, declaratiesAfgewezen } = telling;
  const aanbieders = telling.aanbieders ?? [];
  const totaal = { retour, afgekeurd: afgekeurdAantal, ontvangen, geweigerd: geweigerdAantal, verzoeken, declaraties }[f.weergave];
  const pages = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  const page = Math.min(f.pagina, pages);
  const skip = (page - 1) * PAGINA_GROOTTE;

  const { uit, inkomend } = skip === gevraagd ? vooraf : await lijst(skip);
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
