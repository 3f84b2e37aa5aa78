import 'server-only';
import { prisma, type Tx } from '@/lib/db';
import { isValidBsn } from '@/lib/domain/bsn';
import { toCalendarDay } from '@/lib/domain/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { heenberichtCode, herkenBericht, leesInkomendBericht, retourcodeVoorRegel, type InkomendBericht } from '@/lib/iwmo/inkomend';
import { valideerBericht, ValidatorOntbreekt } from '@/lib/iwmo/validatie';
import { recordAudit } from '@/lib/server/audit/record';
import { startZorgIn, startZorgVerwijderenIn, type ZorgBron } from '@/lib/server/toewijzing/registreer-start-zorg';
import { stopZorgIn, stopZorgVerwijderenIn } from '@/lib/server/toewijzing/registreer-stop-zorg';
import { verwerkDeclaratieIn } from './verwerk-declaratie';
import { registreerVerzoek, type VerzoekInhoud } from './registreer-verzoek';
import { BerichtWeigering } from './weigering';

// The berichten inbox, step two: every InkomendBericht still ONTVANGEN is validated (the standard's XSD and TR/CD/CS
// rules), read, and its facts applied, all in one transaction with the row taken FOR UPDATE SKIP LOCKED, so that two
// workers never process one message and a message is processed entirely or not at all. A message that cannot be
// accepted is kept, GEWEIGERD, with Dutch reasons and the standard's retourcodes; nothing of it is applied (the work
// is rolled back to a savepoint before the refusal is written).

/** WACHT: the validators (xmllint, xsltproc) cannot start; the message stays ONTVANGEN for the next round. */
export type Verwerkt = { id: string; status: 'VERWERKT' | 'GEWEIGERD' | 'WACHT'; redenen: string[] };

/** Processes up to `max` waiting messages (of one gemeente, or of all) and tells what became of each. */
export async function verwerkInkomendeBerichten(opties: { gemeenteId?: string; max?: number; now?: Date } = {}): Promise<Verwerkt[]> {
  const uitkomsten: Verwerkt[] = [];
  const max = opties.max ?? 100;
  while (uitkomsten.length < max) {
    const uitkomst = await prisma.$transaction(async (tx) => {
      const [rij] = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "InkomendBericht"
        WHERE "status" = 'ONTVANGEN' AND (${opties.gemeenteId ?? null}::uuid IS NULL OR "gemeenteId" = ${opties.gemeenteId ?? null}::uuid)
        ORDER BY "ontvangenOp", "id"
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      return rij ? verwerkEen(tx, rij.id, opties.now ?? new Date()) : null;
    }, { timeout: 60_000 });
    if (!uitkomst) break;
    uitkomsten.push(uitkomst);
    // Without validators nothing can be judged: the rest waits as well.
    if (uitkomst.status === 'WACHT') break;
  }
  return uitkomsten;
}

async function verwerkEen(tx: Tx, id: string, now: Date): Promise<Verwerkt> {
  const bericht = await tx.inkomendBericht.findUniqueOrThrow({ where: { id }, select: { id: true, gemeenteId: true, inhoud: true } });
  await tx.$executeRawUnsafe('SAVEPOINT verwerk_bericht');
  try {
    const gevolg = await pasToe(tx, bericht, now);
    await tx.$executeRawUnsafe('RELEASE SAVEPOINT verwerk_bericht');
    await tx.inkomendBericht.update({ where: { id }, data: { ...gevolg.kop, status: 'VERWERKT', retourcodes: ['0200'], verwerktOp: now, version: { increment: 1 } } });
    await recordAudit(tx, null, { actie: 'BERICHT_VERWERKT', entiteit: 'InkomendBericht', entiteitId: id, persoonId: gevolg.kop.persoonId ?? null, after: { soort: gevolg.kop.soort ?? null } }, { gemeenteId: bericht.gemeenteId });
    return { id, status: 'VERWERKT', redenen: [] };
  } catch (error) {
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT verwerk_bericht');
    // A valid message is never refused for the server's own lack: it waits, and beheer is warned (validatorOntbreekt).
    if (error instanceof ValidatorOntbreekt) {
      console.warn(`[berichten] ${error.message} Bericht ${id} wacht.`);
      return { id, status: 'WACHT', redenen: [error.message] };
    }
    const weigering = error instanceof Weigeringen ? error : error instanceof BerichtWeigering ? new Weigeringen([error.retourcode], error.reasons, {}) : null;
    const redenen = weigering?.redenen ?? [`Het bericht kon niet worden verwerkt: ${error instanceof Error ? error.message : String(error)}`];
    const retourcodes = weigering?.retourcodes ?? ['0001'];
    await tx.inkomendBericht.update({
      where: { id },
      data: { ...(weigering?.kop ?? {}), status: 'GEWEIGERD', redenen, retourcodes: [...new Set(retourcodes)], verwerktOp: now, version: { increment: 1 } },
    });
    await recordAudit(tx, null, { actie: 'BERICHT_GEWEIGERD', entiteit: 'InkomendBericht', entiteitId: id, after: { retourcodes } }, { gemeenteId: bericht.gemeenteId });
    return { id, status: 'GEWEIGERD', redenen };
  }
}

type Kop = Partial<Pick<Prisma.InkomendBerichtUncheckedUpdateInput, 'soort' | 'afzender' | 'identificatie' | 'aanbiederId' | 'persoonId'>> & { soort?: string; persoonId?: string | null };

/** Refusal of the whole message, with what was learned of its header so far (shown on the Berichtenverkeer page). */
class Weigeringen extends Error {
  constructor(
    readonly retourcodes: string[],
    readonly redenen: string[],
    readonly kop: Kop,
  ) {
    super(redenen.join(' '));
  }
}

const eerste = (regels: string[], n = 5) => (regels.length > n ? [...regels.slice(0, n), `… en nog ${regels.length - n}.`] : regels);

async function pasToe(tx: Tx, bericht: { id: string; gemeenteId: string; inhoud: string }, now: Date): Promise<{ kop: Kop }> {
  const xml = bericht.inhoud;
  const kop: Kop = {};
  const weiger = (retourcodes: string[], ...redenen: string[]): never => {
    throw new Weigeringen(retourcodes, redenen, kop);
  };
  // OP192: UTF-8 without byte-order mark.
  if (xml.charCodeAt(0) === 0xfeff) weiger(['0001'], 'Het bestand begint met een byte-order mark; de standaard vraagt UTF-8 zonder BOM (OP192).');
  if (xml.includes('\uFFFD')) weiger(['0001'], 'Het bestand is geen geldige UTF-8-tekst (OP192).');
  const herkend = herkenBericht(xml);
  if (!herkend) weiger(['0001'], 'Dit is geen bericht van iWmo of iJw 3.2 dat Wijkregie ontvangt (302, 305, 307, 315, 317 of 323).');
  const { berichtSoort, soort, wet } = herkend!;
  kop.soort = berichtSoort;

  // The standard's XSD and rules first (a WMO302 against the XSD derived from JW302: lib/iwmo/validatie).
  const validatie = await valideerBericht(xml, berichtSoort);
  if (validatie.xsd === null) weiger(['0001'], `Voor ${berichtSoort} is geen XSD beschikbaar.`);
  const parserFout = validatie.xsd?.find((regel) => regel.includes('parser error'));
  if (parserFout) weiger(['0001'], `Het bestand is niet te lezen als XML: het is afgebroken of niet goed gevormd (${parserFout.replace(/^-:(\d+): parser error : /, 'regel $1: ')}).`);
  if (validatie.xsd?.length) weiger(['0001'], 'Het bericht past niet in het XSD van de standaard:', ...eerste(validatie.xsd.map(xsdRegel)));
  if (validatie.regels.length) {
    weiger(validatie.regels.map((f) => f.retourcode ?? retourcodeVoorRegel(f.code)), 'Het bericht breekt regels van de standaard:', ...eerste(validatie.regels.map((f) => `${f.code}: ${f.details}`)));
  }

  let inhoud: InkomendBericht;
  try {
    inhoud = leesInkomendBericht(xml, soort);
  } catch (error) {
    return weiger(['0001'], `Het bericht is niet te lezen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const gemeente = await tx.gemeente.findUniqueOrThrow({ where: { id: bericht.gemeenteId }, select: { gemeentecode: true } });
  // A 302 comes back with the gemeente as Afzender (it is the gemeente's own message, returned); the others come from the aanbieder.
  const agb = inhoud.soort === '302' ? inhoud.kop.ontvanger : inhoud.kop.afzender;
  const gemeentecode = inhoud.soort === '302' ? inhoud.kop.afzender : inhoud.kop.ontvanger;
  kop.afzender = agb;
  // A 302 keeps the heenbericht's BerichtIdentificatie and names itself in IdentificatieRetour.
  const identificatie = inhoud.soort === '302' ? inhoud.identificatieRetour : inhoud.kop.identificatie;
  kop.identificatie = identificatie;
  if (gemeentecode !== gemeente.gemeentecode) weiger(['0001'], `Dit bericht is voor gemeente ${gemeentecode}, niet voor deze gemeente (${gemeente.gemeentecode}).`);
  const aanbieder = await tx.aanbieder.findFirst({ where: { gemeenteId: bericht.gemeenteId, agbCode: agb }, select: { id: true, naam: true } });
  if (!aanbieder) weiger(['0001'], `De AGB-code ${agb} is geen aanbieder van deze gemeente.`);
  kop.aanbiederId = aanbieder!.id;
  if (toCalendarDay(inhoud.kop.dagtekening) > toCalendarDay(now)) weiger(['8848'], 'De dagtekening van het bericht ligt in de toekomst.');

  // TR056: the Identificatie is unique per berichtsoort for the sender.
  const dubbel = await tx.inkomendBericht.findFirst({
    where: { gemeenteId: bericht.gemeenteId, soort: berichtSoort, afzender: agb, identificatie, status: 'VERWERKT', id: { not: bericht.id } },
    select: { id: true },
  });
  if (dubbel) weiger(['9056'], `Er is al een ${berichtSoort} van deze aanbieder met identificatie ${identificatie} verwerkt (TR056).`);

  const bron: ZorgBron = { gemeenteId: bericht.gemeenteId, actor: null, inkomendBerichtId: bericht.id, now };
  // 315/317: the one use case of both channels (registreerVerzoek); its refusal keeps what was learned of the header.
  const verzoek = (v: VerzoekInhoud) =>
    registreerVerzoek(tx, { kanaal: 'BERICHT', gemeenteId: bericht.gemeenteId, now, inkomendBerichtId: bericht.id }, v).catch((e: unknown) =>
      e instanceof BerichtWeigering ? weiger([e.retourcode], ...e.reasons) : Promise.reject(e),
    );
  const persoonVan = async (bsn: string) => {
    if (!isValidBsn(bsn)) return null;
    return tx.persoon.findFirst({ where: { gemeenteId: bericht.gemeenteId, bsn }, select: { id: true } });
  };

  switch (inhoud.soort) {
    case '302': {
      const code = heenberichtCode(wet);
      const nummer = Number(inhoud.kop.identificatie);
      const heen = Number.isInteger(nummer)
        ? await tx.bericht.findFirst({ where: { gemeenteId: bericht.gemeenteId, code, berichtNummer: nummer, aanbiederId: aanbieder!.id }, select: { id: true, retourOp: true, toewijzingen: { select: { toewijzing: { select: { persoonId: true } } }, take: 1 } } })
        : null;
      if (!heen) weiger(['9063'], `Er is geen ${code} met identificatie ${inhoud.kop.identificatie} aan deze aanbieder verstuurd.`);
      if (heen!.retourOp) weiger(['9074'], `Op ${code} ${inhoud.kop.identificatie} is al een retour ontvangen.`);
      const goedgekeurd = inhoud.retourcodes.length > 0 && inhoud.retourcodes.every((c) => c === '0200');
      await tx.bericht.update({ where: { id: heen!.id }, data: { retourOp: now, retourGoedgekeurd: goedgekeurd, retourcodes: inhoud.retourcodes, retourBerichtId: bericht.id } });
      kop.persoonId = heen!.toewijzingen[0]?.toewijzing.persoonId ?? null;
      await recordAudit(tx, null, { actie: goedgekeurd ? 'BERICHT_RETOUR_GOEDGEKEURD' : 'BERICHT_RETOUR_AFGEKEURD', entiteit: 'Bericht', entiteitId: heen!.id, persoonId: kop.persoonId, after: { retourcodes: inhoud.retourcodes } }, { gemeenteId: bericht.gemeenteId });
      return { kop };
    }
    case '305':
    case '307': {
      const persoon = await persoonVan(inhoud.bsn);
      if (!persoon) weiger(['9019'], 'Er is geen cliënt met dit BSN bij deze gemeente.');
      kop.persoonId = persoon!.id;
      for (const p of inhoud.producten) {
        // TR019: with an output- or inspanningsgerichte werkwijze the start and stop refer to a ToewijzingNummer.
        if (p.toewijzingNummer === null) weiger(['9019'], 'Een start of stop zonder ToewijzingNummer kan Wijkregie niet koppelen (TR019).');
        const t = await tx.toewijzing.findFirst({
          where: { gemeenteId: bericht.gemeenteId, toewijzingNummer: p.toewijzingNummer!, aanbiederId: aanbieder!.id, persoonId: persoon!.id, wet },
          select: { id: true },
        });
        if (!t) weiger(['9019'], `Toewijzing ${p.toewijzingNummer} is niet van deze cliënt bij deze aanbieder.`);
        const input = { toewijzingId: t!.id, begindatum: p.begindatum };
        if (inhoud.soort === '305') {
          if (p.statusAanlevering === '3') await startZorgVerwijderenIn(tx, bron, input);
          else await startZorgIn(tx, bron, input);
        } else {
          const stop = p as (typeof inhoud.producten)[number];
          if (stop.statusAanlevering === '3') await stopZorgVerwijderenIn(tx, bron, input);
          else await stopZorgIn(tx, bron, { ...input, einddatum: stop.einddatum, redenBeeindiging: stop.redenBeeindiging });
        }
      }
      return { kop };
    }
    case '315': {
      const persoon = await persoonVan(inhoud.bsn);
      kop.persoonId = persoon?.id ?? null;
      for (const p of inhoud.producten) {
        await verzoek({ wet, aanbiederId: aanbieder!.id, persoonId: persoon?.id ?? null, bsn: inhoud.bsn, soort: 'TOEWIJZING', referentieAanbieder: p.referentieAanbieder, producten: [p] });
      }
      return { kop };
    }
    case '317': {
      const persoon = await persoonVan(inhoud.bsn);
      if (!persoon) weiger(['9019'], 'Er is geen cliënt met dit BSN bij deze gemeente.');
      kop.persoonId = persoon!.id;
      await verzoek({ wet, aanbiederId: aanbieder!.id, persoonId: persoon!.id, bsn: inhoud.bsn, soort: 'WIJZIGING', referentieAanbieder: inhoud.verzoek.referentieAanbieder, verzoek: inhoud.verzoek });
      return { kop };
    }
    case '323': {
      if (wet === 'PARTICIPATIEWET') return weiger(['0001'], 'Een declaratie hoort bij de Wmo of de Jeugdwet.');
      const uit = await verwerkDeclaratieIn(tx, { gemeenteId: bericht.gemeenteId, gemeentecode: gemeente.gemeentecode, inkomendBerichtId: bericht.id, aanbieder: { id: aanbieder!.id, agbCode: agb }, wet, now }, inhoud).catch((e: unknown) =>
        e instanceof BerichtWeigering ? weiger([e.retourcode], ...e.reasons) : Promise.reject(e),
      );
      kop.persoonId = uit.persoonId;
      return { kop };
    }
  }
}

/** libxml2's line '-:12: element X: Schemas validity error : Element '{ns}X': …' shortened to the element and the text. */
const xsdRegel = (regel: string) => regel.replace(/^-:(\d+): element (\w+): Schemas validity error : Element '\{[^}]*\}(\w+)': /, 'regel $1, $3: ');

