// The toewijzingberichten (WMO301 / JW301) that went out for the demo's sent toewijzingen. The route marks a
// toewijzing VERZONDEN a few days after the beschikking; here, once every row is in, each client's sent toewijzingen
// at one aanbieder under one law become one stored message, built by the same code the application sends with
// (lib/iwmo), numbered gaplessly per code in the order they were sent, with the Nummering counters that go with them.
import { berichtCodeVoor } from '@/lib/iwmo/codes';
import { buildToewijzingBericht, clientUitGegevens, productUitToewijzing } from '@/lib/iwmo/toewijzing-bericht';
import { toCalendarDay } from '@/lib/domain/dates';
import type { BerichtCode } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { uuid, type SeedDb } from './rows';
import { createHash } from 'node:crypto';
import { addWerkdagen, VERZOEK_WERKDAGEN } from '@/lib/domain/berichtenverkeer';
import { addCalendarDays, toIsoDate } from '@/lib/domain/dates';
import { declaratieBericht, retourOp, startBericht, stopBericht, verzoekOmToewijzing } from '@/lib/iwmo/aanbieder-berichten';
import { beoordeelPrestaties, declaratieUitkomst, toegestaanVolume, type DeclaratiePrestatieIn } from '@/lib/domain/declaratie';
import { buildDeclaratieAntwoord } from '@/lib/iwmo/inkomend';

/**
 * How much traffic beyond the demo's story: a city (the benchmark's dataset) has a refused toewijzingbericht every
 * `afgekeurdElke` messages, and a monthly declaratie per aanbieder over all its running toewijzingen.
 */
export type BerichtenSchaal = { afgekeurdElke?: number; declaratiePerAanbieder?: boolean };

/** Rows per createMany or bulk update. */
const BULK = 2_000;

export async function seedBerichten(db: SeedDb, gemeenteId: string, today: Date, schaal: BerichtenSchaal = {}): Promise<number> {
  const gemeente = await db.gemeente.findUniqueOrThrow({ where: { id: gemeenteId }, select: { gemeentecode: true } });
  const toewijzingen = await db.toewijzing.findMany({
    where: { gemeenteId, status: 'VERZONDEN' },
    orderBy: [{ toewijzingOp: 'asc' }, { toewijzingNummer: 'asc' }],
    select: {
      id: true, toewijzingNummer: true, aanbiederId: true, wet: true, toewijzingOp: true, ingangsdatum: true, einddatum: true,
      volume: true, eenheid: true, frequentie: true, budgetCent: true, redenWijziging: true, commentaar: true,
      product: { select: { categorie: true, code: true } },
      aanbieder: { select: { agbCode: true } },
      persoon: { select: { id: true, bsn: true, geboortedatum: true, geslacht: true, voornamen: true, tussenvoegsel: true, achternaam: true, telefoon: true, email: true } },
      beschiktProduct: { select: { beschikking: { select: { huishouden: { select: { straat: true, huisnummer: true, huisnummerToevoeging: true, postcode: true, woonplaats: true } } } } } },
    },
  });

  // One message per client, aanbieder and law, sent on the day of its latest toewijzing, just after it was fixed.
  const groepen = new Map<string, typeof toewijzingen>();
  for (const t of toewijzingen) {
    if (!berichtCodeVoor(t.wet) || !t.persoon.bsn || !t.persoon.geboortedatum) continue;
    const sleutel = `${t.persoon.id}|${t.aanbiederId}|${t.wet}`;
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), t]);
  }
  const berichten = [...groepen.values()]
    .map((groep) => ({ groep, op: new Date(groep[groep.length - 1].toewijzingOp.getTime() + 30 * 60_000) }))
    .sort((a, b) => a.op.getTime() - b.op.getTime());

  const laatste = new Map<BerichtCode, number>();
  // Written in bulk (a city has tens of thousands of messages: one round trip each took most of the bench's time).
  const berichtRijen: Prisma.BerichtCreateManyInput[] = [];
  const koppelRijen: Prisma.ToewijzingBerichtCreateManyInput[] = [];
  for (const { groep, op } of berichten) {
    const eerste = groep[0];
    const code = berichtCodeVoor(eerste.wet)!;
    const berichtNummer = (laatste.get(code) ?? 0) + 1;
    laatste.set(code, berichtNummer);
    const persoon = eerste.persoon;
    const adres = eerste.beschiktProduct.beschikking.huishouden;
    const xml = buildToewijzingBericht({
      code,
      afzender: gemeente.gemeentecode,
      ontvanger: eerste.aanbieder.agbCode,
      identificatie: String(berichtNummer),
      dagtekening: toCalendarDay(op),
      client: clientUitGegevens({ ...persoon, geboortedatum: persoon.geboortedatum! }, adres),
      producten: groep.map(productUitToewijzing),
    });
    const id = uuid();
    berichtRijen.push({ id, gemeenteId, code, aanbiederId: eerste.aanbiederId, berichtNummer, berichtDatum: toCalendarDay(op), xml, createdAt: op, bestandOp: op });
    for (const t of groep) koppelRijen.push({ toewijzingId: t.id, berichtId: id });
  }
  for (let i = 0; i < berichtRijen.length; i += BULK) await db.bericht.createMany({ data: berichtRijen.slice(i, i + BULK) });
  for (let i = 0; i < koppelRijen.length; i += BULK) await db.toewijzingBericht.createMany({ data: koppelRijen.slice(i, i + BULK) });
  for (const [code, n] of laatste) await db.nummering.create({ data: { gemeenteId, soort: `bericht:${code}`, laatste: n } });
  await seedBerichtenverkeer(db, gemeenteId, gemeente.gemeentecode, today, schaal);
  return berichten.length;
}

/**
 * Issue 19: the story of the berichtenverkeer, with the aanbieders' own messages kept as they came in (built by
 * lib/iwmo/aanbieder-berichten, valid against the standard): every toewijzingbericht older than three days accepted
 * with a 302, except one that the aanbieder refused (technically, code 0001) and that was sent again
 * corrected and accepted; the newest still waiting for their retour; care started (305) on most accepted
 * toewijzingen that have begun, and stopped (307) on one; one verzoek om toewijzing (315) waiting for an answer.
 * And one declaratie (323) over last month, judged by the rules the inbox uses (lib/domain/declaratie): one prestatie
 * granted, one rejected for more volume than assigned (9321), answered with a 325.
 */
async function seedBerichtenverkeer(db: SeedDb, gemeenteId: string, gemeentecode: string, today: Date, schaal: BerichtenSchaal) {
  const berichten = await db.bericht.findMany({
    where: { gemeenteId },
    orderBy: [{ createdAt: 'asc' }, { berichtNummer: 'asc' }],
    select: {
      id: true, code: true, berichtNummer: true, xml: true, createdAt: true, aanbiederId: true, aanbieder: { select: { agbCode: true } },
      toewijzingen: { select: { toewijzing: { select: {
        id: true, toewijzingNummer: true, ingangsdatum: true, einddatum: true, persoonId: true, wet: true, volume: true, eenheid: true, frequentie: true, budgetCent: true, redenWijziging: true, productId: true,
        product: { select: { categorie: true, code: true, tariefCent: true } }, persoon: { select: { bsn: true, geboortedatum: true, achternaam: true } },
      } } } },
    },
  });
  // Written in bulk at the end (the seed stays fast): the rows of the inbox, the deliveries, the verzoek.
  const inkomendRijen: Prisma.InkomendBerichtCreateManyInput[] = [];
  const leveringen: Prisma.ZorgleveringCreateManyInput[] = [];
  const inkomend = async (xml: string, naam: string, ontvangenOp: Date, velden: { soort: string | null; afzender: string | null; identificatie: string | null; aanbiederId: string | null; persoonId: string | null }, status: 'VERWERKT' | 'GEWEIGERD' = 'VERWERKT', redenen: string[] = [], retourcodes = ['0200']) => {
    const id = uuid();
    inkomendRijen.push({ id, gemeenteId, bestandsnaam: naam, inhoud: xml, sha256: createHash('sha256').update(xml).digest('hex'), bron: 'MAP', ...velden, status, redenen, retourcodes, ontvangenOp, verwerktOp: ontvangenOp });
    // Written as they fill up, so that a city's tens of thousands of messages are not all held in memory at once.
    if (inkomendRijen.length >= BULK) await db.inkomendBericht.createMany({ data: inkomendRijen.splice(0) });
    return id;
  };
  // The three newest still wait for their retour (the oldest of them may be past OP090's 3 werkdagen).
  const oud = berichten.slice(0, Math.max(0, berichten.length - 3));
  const geweigerd = oud.find((b) => b.code === 'WMO301' && b.toewijzingen.length === 1);
  // In a city more are refused; those wait for their correction (only the demo's one was sent again).
  const elke = schaal.afgekeurdElke;
  const afgekeurd = new Set([...(geweigerd ? [geweigerd.id] : []), ...(elke ? oud.filter((_, i) => i % elke === elke - 1).map((b) => b.id) : [])]);
  let volgnummer = 0;
  const retouren: { id: string; op: Date; goed: boolean; retourBerichtId: string }[] = [];
  for (const b of oud) {
    const op = new Date(b.createdAt.getTime() + 20 * 3_600_000);
    const refused = afgekeurd.has(b.id);
    const identificatieRetour = `R${String(++volgnummer).padStart(5, '0')}`;
    const xml = retourOp(b.xml, { identificatieRetour, dagtekeningRetour: toIsoDate(op), codes: refused ? ['0001'] : ['0200'] });
    const persoonId = b.toewijzingen[0]?.toewijzing.persoonId ?? null;
    const id = await inkomend(xml, `${b.code.replace('301', '302')}-${identificatieRetour}.xml`, op, { soort: b.code.replace('301', '302'), afzender: b.aanbieder.agbCode, identificatie: identificatieRetour, aanbiederId: b.aanbiederId, persoonId });
    retouren.push({ id: b.id, op, goed: !refused, retourBerichtId: id });
  }
  // One statement per BULK retours (what bericht.update did per message): a refused one has codes 0200 and 0001.
  for (let i = 0; i < retouren.length; i += BULK) {
    const deel = retouren.slice(i, i + BULK);
    await db.$executeRaw`
      UPDATE "Bericht" b SET "retourOp" = u.op, "retourGoedgekeurd" = u.goed,
        retourcodes = CASE WHEN u.goed THEN ARRAY['0200'] ELSE ARRAY['0200', '0001'] END, "retourBerichtId" = u.retour
      FROM unnest(${deel.map((r) => r.id)}::uuid[], ${deel.map((r) => r.op.toISOString())}::timestamp(3)[], ${deel.map((r) => r.goed)}::boolean[], ${deel.map((r) => r.retourBerichtId)}::uuid[]) AS u(id, op, goed, retour)
      WHERE b.id = u.id`;
  }
  // The refused one, corrected and sent again the next morning: accepted.
  if (geweigerd) {
    const nummer = (await db.nummering.update({ where: { gemeenteId_soort: { gemeenteId, soort: 'bericht:WMO301' } }, data: { laatste: { increment: 1 } } })).laatste;
    const op = new Date(geweigerd.createdAt.getTime() + 40 * 3_600_000);
    const xml = geweigerd.xml.replace(/(<wmo301:BerichtIdentificatie>\s*<iwmo:Identificatie>)\d+(<\/iwmo:Identificatie>\s*<iwmo:Dagtekening>)[^<]*/, `$1${nummer}$2${toIsoDate(op)}`);
    const opnieuw = await db.bericht.create({
      data: { id: uuid(), gemeenteId, code: 'WMO301', aanbiederId: geweigerd.aanbiederId, berichtNummer: nummer, berichtDatum: toCalendarDay(op), xml, createdAt: op, bestandOp: op, toewijzingen: { create: geweigerd.toewijzingen.map((t) => ({ toewijzingId: t.toewijzing.id })) } },
    });
    const retourMoment = new Date(op.getTime() + 6 * 3_600_000);
    const identificatieRetour = `R${String(++volgnummer).padStart(5, '0')}`;
    const id = await inkomend(retourOp(xml, { identificatieRetour, dagtekeningRetour: toIsoDate(retourMoment) }), `WMO302-${identificatieRetour}.xml`, retourMoment, { soort: 'WMO302', afzender: geweigerd.aanbieder.agbCode, identificatie: identificatieRetour, aanbiederId: geweigerd.aanbiederId, persoonId: geweigerd.toewijzingen[0].toewijzing.persoonId });
    await db.bericht.update({ where: { id: opnieuw.id }, data: { retourOp: retourMoment, retourGoedgekeurd: true, retourcodes: ['0200'], retourBerichtId: id } });
    await db.bericht.update({ where: { id: geweigerd.id }, data: { opnieuwVerstuurdAlsId: opnieuw.id } });
  }

  // Care started on accepted toewijzingen that have begun (two in three), and stopped on the first of those.
  let gestopt = false;
  let verzoekGedaan = false;
  for (const b of oud.filter((x) => !afgekeurd.has(x.id))) {
    for (const { toewijzing: t } of b.toewijzingen) {
      if (!t.persoon.bsn || !t.persoon.geboortedatum || t.ingangsdatum >= today || t.toewijzingNummer % 3 === 0) continue;
      const kop = { wet: t.wet === 'WMO' ? ('WMO' as const) : ('JEUGDWET' as const), agb: b.aanbieder.agbCode, gemeentecode, identificatie: `S${t.toewijzingNummer}`, dagtekening: toIsoDate(addCalendarDays(t.ingangsdatum, 1)) };
      if (toCalendarDay(new Date(`${kop.dagtekening}T00:00:00Z`)) > today) continue;
      const client = { bsn: t.persoon.bsn, geboortedatum: toIsoDate(t.persoon.geboortedatum), achternaam: t.persoon.achternaam };
      const product = { toewijzingNummer: t.toewijzingNummer, categorie: t.product.categorie, code: t.product.code, toewijzingIngangsdatum: toIsoDate(t.ingangsdatum), begindatum: toIsoDate(t.ingangsdatum) };
      const ontvangenOp = new Date(addCalendarDays(t.ingangsdatum, 1).getTime() + 9 * 3_600_000);
      const startId = await inkomend(startBericht(kop, client, [product]), `${kop.wet === 'WMO' ? 'WMO' : 'JW'}305-${kop.identificatie}.xml`, ontvangenOp, { soort: `${kop.wet === 'WMO' ? 'WMO' : 'JW'}305`, afzender: kop.agb, identificatie: kop.identificatie, aanbiederId: b.aanbiederId, persoonId: t.persoonId });
      const stop = !gestopt && t.wet === 'WMO' && addCalendarDays(t.ingangsdatum, 20) < addCalendarDays(today, -2);
      let stopData: { einddatum: Date; redenBeeindiging: string; stopBerichtId: string } | null = null;
      if (stop) {
        gestopt = true;
        const einddatum = addCalendarDays(t.ingangsdatum, 20);
        const stopKop = { ...kop, identificatie: `E${t.toewijzingNummer}`, dagtekening: toIsoDate(addCalendarDays(einddatum, 1)) };
        const stopId = await inkomend(stopBericht(stopKop, client, [{ ...product, einddatum: toIsoDate(einddatum), reden: '21' }]), `WMO307-${stopKop.identificatie}.xml`, new Date(addCalendarDays(einddatum, 1).getTime() + 9 * 3_600_000), { soort: 'WMO307', afzender: kop.agb, identificatie: stopKop.identificatie, aanbiederId: b.aanbiederId, persoonId: t.persoonId });
        stopData = { einddatum, redenBeeindiging: '21', stopBerichtId: stopId };
      }
      leveringen.push({ id: uuid(), gemeenteId, toewijzingId: t.id, begindatum: t.ingangsdatum, startBerichtId: startId, createdAt: ontvangenOp, ...(stopData ?? {}) });

      // A verzoek om toewijzing from this aanbieder for another product of the client, waiting for an answer.
      if (!verzoekGedaan && t.wet === 'WMO' && b.code === 'WMO301') {
        verzoekGedaan = true;
        const op = new Date(addCalendarDays(today, -1).getTime() + 10 * 3_600_000);
        const referentie = `VOT-${t.toewijzingNummer}-1`;
        const aangevraagd = { referentie, categorie: '07', code: '07A12', ingangsdatum: toIsoDate(addCalendarDays(today, 14)), einddatum: toIsoDate(addCalendarDays(today, 379)), volume: 4, eenheid: '16', frequentie: '2' };
        const vKop = { ...kop, identificatie: `V${t.toewijzingNummer}`, dagtekening: toIsoDate(addCalendarDays(today, -1)) };
        const id = await inkomend(verzoekOmToewijzing(vKop, client, [aangevraagd]), `WMO315-${vKop.identificatie}.xml`, op, { soort: 'WMO315', afzender: kop.agb, identificatie: vKop.identificatie, aanbiederId: b.aanbiederId, persoonId: t.persoonId });
        await db.inkomendBericht.createMany({ data: inkomendRijen.splice(0) });
        await db.aanbiederVerzoek.create({
          data: {
            id: uuid(), gemeenteId, soort: 'TOEWIJZING', inkomendBerichtId: id, aanbiederId: b.aanbiederId, persoonId: t.persoonId, bsn: t.persoon.bsn, referentieAanbieder: referentie,
            producten: [{ referentieAanbieder: referentie, product: { categorie: '07', code: '07A12' }, ingangsdatum: aangevraagd.ingangsdatum, einddatum: aangevraagd.einddatum, omvang: { volume: 4, eenheid: '16', frequentie: '2' }, budgetCent: null, commentaar: null }],
            ontvangenOp: op, uiterlijkOp: addWerkdagen(op, VERZOEK_WERKDAGEN, new Set((await db.besluitdag.findMany({ select: { datum: true } })).map((r) => toIsoDate(r.datum)))),
          },
        });
      }
    }
  }
  // One file that is not a message at all: kept, refused, shown to beheer.
  await inkomend('Beste gemeente, hierbij de lijst van oktober.', 'lijst-oktober.txt', addCalendarDays(today, -2), { soort: null, afzender: null, identificatie: null, aanbiederId: null, persoonId: null }, 'GEWEIGERD', ['Dit is geen bericht van iWmo of iJw 3.2 dat Wijkregie ontvangt (302, 305, 307, 315, 317 of 323).'], ['0001']);
  const declaraties = await seedDeclaraties(db, gemeenteId, gemeentecode, today, oud.filter((x) => !afgekeurd.has(x.id)), leveringen, inkomend, schaal);
  if (inkomendRijen.length) await db.inkomendBericht.createMany({ data: inkomendRijen });
  if (leveringen.length) await db.zorglevering.createMany({ data: leveringen });
  await declaraties();
}

type SeedBericht = {
  aanbiederId: string;
  aanbieder: { agbCode: string };
  toewijzingen: { toewijzing: { id: string; toewijzingNummer: number; ingangsdatum: Date; einddatum: Date | null; persoonId: string; wet: string; volume: number | null; eenheid: string | null; frequentie: string | null; budgetCent: number | null; redenWijziging: string | null; productId: string; product: { categorie: string; code: string; tariefCent: number | null }; persoon: { bsn: string | null } } }[];
};

/**
 * The declaraties: an aanbieder declares last month on WMO toewijzingen whose care is running, each in two halves;
 * the first within the assigned volume (granted), the second within it too except for every twentieth toewijzing,
 * where it is one dagdeel more than assigned (9321). The demo has one declaratie of one toewijzing (so partly
 * rejected); a city (`schaal.declaratiePerAanbieder`) one per aanbieder over all such toewijzingen. Judged and answered
 * by the same code the inbox uses. Returns the writer, run once the InkomendBericht rows are in.
 */
async function seedDeclaraties(
  db: SeedDb, gemeenteId: string, gemeentecode: string, today: Date, berichten: SeedBericht[], leveringen: Prisma.ZorgleveringCreateManyInput[],
  inkomend: (xml: string, naam: string, op: Date, velden: { soort: string | null; afzender: string | null; identificatie: string | null; aanbiederId: string | null; persoonId: string | null }) => Promise<string>,
  schaal: BerichtenSchaal,
): Promise<() => Promise<void>> {
  const periodeBegin = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const periodeEind = addCalendarDays(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)), -1);
  const lopend = new Set(leveringen.filter((l) => !l.einddatum).map((l) => l.toewijzingId));
  const kandidaten = berichten.flatMap((b) => b.toewijzingen.map(({ toewijzing: t }) => ({ b, t }))).filter(({ t }) =>
    t.wet === 'WMO' && lopend.has(t.id) && t.volume !== null && t.frequentie === '2' && t.eenheid !== '83' && t.persoon.bsn && t.redenWijziging === null &&
    t.ingangsdatum <= addCalendarDays(periodeBegin, -1) && (t.einddatum === null || t.einddatum >= periodeEind));
  const groepen = new Map<string, typeof kandidaten>();
  for (const k of schaal.declaratiePerAanbieder ? kandidaten : kandidaten.slice(0, 1)) groepen.set(k.b.aanbiederId, [...(groepen.get(k.b.aanbiederId) ?? []), k]);
  const contracten = await db.contract.findMany({ where: { aanbiederId: { in: [...groepen.keys()] } }, select: { aanbiederId: true, productId: true, tariefCent: true } });
  const midden = addCalendarDays(periodeBegin, 13); // two whole weeks, then the rest of the month
  const helften = [[periodeBegin, midden], [addCalendarDays(midden, 1), periodeEind]] as const;
  const dagtekening = addCalendarDays(periodeEind, 2) > today ? today : addCalendarDays(periodeEind, 2);
  const ontvangenOp = new Date(dagtekening.getTime() + 10 * 3_600_000);
  const schrijvers: (() => Promise<void>)[] = [];
  for (const [aanbiederId, groep] of groepen) {
    const { b } = groep[0];
    const contractTarief = (productId: string) => contracten.find((c) => c.aanbiederId === aanbiederId && c.productId === productId)?.tariefCent ?? null;
    const prestaties: DeclaratiePrestatieIn[] = groep.flatMap(({ t }, n) => {
      const tarief = contractTarief(t.productId) ?? t.product.tariefCent ?? 4650;
      return helften.map(([begin, eind], i) => {
        const volume = toegestaanVolume(t, begin, eind)! + (i === 1 && n % 20 === 0 ? 1 : 0);
        return {
          bsn: t.persoon.bsn!, toewijzingNummer: t.toewijzingNummer, referentieNummer: `PR${t.toewijzingNummer}${i + 1}`, vorigReferentieNummer: null, categorie: t.product.categorie, code: t.product.code,
          begindatum: begin, einddatum: eind, volume, eenheid: t.eenheid!, tariefCent: tarief, bedragCent: volume * tarief, debet: true,
        };
      });
    });
    const sleutel = groep[0].t.toewijzingNummer;
    const declaratieNummer = `D${toIsoDate(periodeBegin).slice(0, 7).replace('-', '')}${sleutel}`.slice(0, 12);
    const identificatie = `DCL${sleutel}`;
    const xml = declaratieBericht({ agb: b.aanbieder.agbCode, gemeentecode, identificatie, dagtekening: toIsoDate(dagtekening) }, {
      nummer: declaratieNummer, periodeBegin: toIsoDate(periodeBegin), periodeEind: toIsoDate(periodeEind),
      prestaties: prestaties.map((p) => ({ bsn: p.bsn, referentie: p.referentieNummer, toewijzingNummer: p.toewijzingNummer, categorie: p.categorie, code: p.code, begindatum: toIsoDate(p.begindatum), einddatum: toIsoDate(p.einddatum), volume: p.volume, eenheid: p.eenheid, tariefCent: p.tariefCent!, bedragCent: p.bedragCent })),
    });
    const inkomendId = await inkomend(xml, `WMO323-${identificatie}.xml`, ontvangenOp, { soort: 'WMO323', afzender: b.aanbieder.agbCode, identificatie, aanbiederId, persoonId: groep.length === 1 ? groep[0].t.persoonId : null });
    const toewijzingen = new Map(groep.map(({ t }) => [t.toewijzingNummer, {
      toewijzingNummer: t.toewijzingNummer, bsn: t.persoon.bsn, categorie: t.product.categorie, code: t.product.code, ingangsdatum: t.ingangsdatum, einddatum: t.einddatum,
      volume: t.volume, eenheid: t.eenheid, frequentie: t.frequentie, budgetCent: t.budgetCent, redenWijziging: t.redenWijziging, contractTariefCent: contractTarief(t.productId),
    }]));
    const oordelen = beoordeelPrestaties(prestaties, toewijzingen, { perToewijzing: new Map(), referenties: new Map(), gebruikt: new Set() });
    const uitkomst = declaratieUitkomst(prestaties, oordelen);
    const perNummer = new Map(groep.map(({ t }) => [t.toewijzingNummer, t]));
    schrijvers.push(async () => {
      const antwoordNummer = (await db.nummering.upsert({ where: { gemeenteId_soort: { gemeenteId, soort: 'bericht:WMO325' } }, create: { gemeenteId, soort: 'bericht:WMO325', laatste: 1 }, update: { laatste: { increment: 1 } } })).laatste;
      const antwoordXml = buildDeclaratieAntwoord({
        wet: 'WMO', afzender: gemeentecode, ontvanger: b.aanbieder.agbCode, identificatie: String(antwoordNummer), dagtekening: toCalendarDay(ontvangenOp),
        declaratie: { identificatie, dagtekening, declaratieNummer }, ingediendCent: uitkomst.ingediendCent, toegekendCent: uitkomst.toegekendCent,
        afgewezen: prestaties.flatMap((p, i) => (oordelen[i].toegekend ? [] : [{ ...p, retourcodes: oordelen[i].retourcodes }])),
      });
      const id = uuid();
      await db.declaratie.create({
        data: {
          id, gemeenteId, inkomendBerichtId: inkomendId, aanbiederId, wet: 'WMO', declaratieNummer, periodeBegin, periodeEind,
          ingediendCent: uitkomst.ingediendCent, toegekendCent: uitkomst.toegekendCent, status: uitkomst.status, antwoordNummer, antwoordXml, bestandOp: ontvangenOp, ontvangenOp,
        },
      });
      await db.declaratiePrestatie.createMany({
        data: prestaties.map((p, i) => {
          const t = perNummer.get(p.toewijzingNummer)!;
          return { id: uuid(), gemeenteId, declaratieId: id, aanbiederId, toewijzingId: t.id, persoonId: t.persoonId, ...p, toegekend: oordelen[i].toegekend, retourcodes: oordelen[i].retourcodes };
        }),
      });
    });
  }
  return async () => {
    for (const schrijf of schrijvers) await schrijf();
  };
}
