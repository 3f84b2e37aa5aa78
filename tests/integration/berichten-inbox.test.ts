// Issue 19, item 3: the berichten inbox. Incoming 302/305/307/315 messages are validated against the standard first,
// then applied in one transaction; a refused one is kept with Dutch reasons and retourcodes and changes nothing else;
// the same file twice, and two workers at once, give the result of one.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { valideerBericht, validatorOntbreekt } from '@/lib/iwmo/validatie';
import { getBerichtenControle } from '@/lib/server/beheer/get-beheer-home';
import { ontvangBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { verzendenToewijzingen } from '@/lib/server/toewijzing/verzenden-toewijzingen';
import { afwijzenVerzoek, toewijzenVerzoek } from '@/lib/server/berichten/beantwoorden-verzoek';
import { opnieuwVersturenBericht } from '@/lib/server/berichten/opnieuw-versturen';
import { parseToewijzingBericht } from '@/lib/iwmo/toewijzing-bericht';
import { DomainError } from '@/lib/errors';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { berichtenNuUitwisselen, wisselBerichtenUit } from '@/lib/server/berichten/kanaal';
import { getBerichtBestand, getBerichtenverkeer } from '@/lib/server/berichten/get-berichtenverkeer';
import { parseBerichtenFilters } from '@/lib/validations/berichten';
import { createBeschikkingWereld, vastgesteldeBeschikking, type BeschikkingWereld } from '../support/beschikking-factories';
import { retourOp, startBericht, stopBericht, verzoekOmToewijzing, type Kop } from '@/lib/iwmo/aanbieder-berichten';

let w: BeschikkingWereld;
beforeAll(async () => {
  w = await createBeschikkingWereld();
});

const SEND = new Date('2026-03-11T09:00:00Z');
const NU = new Date('2026-03-20T10:00:00Z');
let volgnummer = 0;
const kop = (overrides: Partial<Kop> = {}): Kop => ({ agb: '98100035', gemeentecode: w.gemeente.gemeentecode, identificatie: `T${++volgnummer}`, dagtekening: '2026-03-19', ...overrides });

/** A client with a sent WMO301 at Marsdiep: the toewijzing, the stored message and what the aanbieder needs. */
async function verzondenToewijzing() {
  const r = await vastgesteldeBeschikking(w);
  const [b] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, SEND);
  const bericht = await prisma.bericht.findUniqueOrThrow({ where: { id: b.id } });
  const toewijzing = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: r.persoon.id }, include: { product: true } });
  const client = { bsn: r.persoon.bsn!, geboortedatum: r.persoon.geboortedatum!.toISOString().slice(0, 10), achternaam: r.persoon.achternaam };
  const product = { toewijzingNummer: toewijzing.toewijzingNummer, categorie: toewijzing.product.categorie, code: toewijzing.product.code, toewijzingIngangsdatum: '2026-03-16' };
  return { r, bericht, toewijzing, client, product };
}

const ontvang = (xml: string, naam = 'bericht.xml') => ontvangBericht(w.gemeenteId, { bestandsnaam: naam, inhoud: Buffer.from(xml, 'utf8'), bron: 'MAP' }, NU);
const verwerk = () => verwerkInkomendeBerichten({ gemeenteId: w.gemeenteId, now: NU });
const inkomend = (id: string) => prisma.inkomendBericht.findUniqueOrThrow({ where: { id } });

describe('the test messages themselves', () => {
  it('are valid against the standard (a refusal in the tests below is the inbox, not the test data)', async () => {
    const { bericht, client, product } = await verzondenToewijzing();
    expect(await valideerBericht(retourOp(bericht.xml, { identificatieRetour: 'R1', dagtekeningRetour: '2026-03-12' }), 'WMO302')).toEqual({ xsd: [], regels: [] });
    expect(await valideerBericht(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]), 'WMO305')).toEqual({ xsd: [], regels: [] });
    expect(await valideerBericht(stopBericht(kop(), client, [{ ...product, begindatum: '2026-03-17', einddatum: '2026-03-18', reden: '19' }]), 'WMO307')).toEqual({ xsd: [], regels: [] });
  });
});

describe('verwerkInkomendeBerichten', () => {
  it('a 302 with 0200 marks the toewijzingbericht accepted; one with another code refused, with the code', async () => {
    const a = await verzondenToewijzing();
    const b = await verzondenToewijzing();
    const goed = await ontvang(retourOp(a.bericht.xml, { identificatieRetour: 'R-A', dagtekeningRetour: '2026-03-12' }));
    const fout = await ontvang(retourOp(b.bericht.xml, { identificatieRetour: 'R-B', dagtekeningRetour: '2026-03-12', codes: ['9332'] }));
    const uitkomst = await verwerk();
    // Received at the same instant: processed in either order.
    expect(new Map(uitkomst.map((u) => [u.id, u.status]))).toEqual(new Map([[goed.id, 'VERWERKT'], [fout.id, 'VERWERKT']]));
    expect(await prisma.bericht.findUniqueOrThrow({ where: { id: a.bericht.id } })).toMatchObject({ retourGoedgekeurd: true, retourcodes: ['0200'], retourBerichtId: goed.id });
    expect(await prisma.bericht.findUniqueOrThrow({ where: { id: b.bericht.id } })).toMatchObject({ retourGoedgekeurd: false, retourcodes: expect.arrayContaining(['9332']) });
    expect(await inkomend(goed.id)).toMatchObject({ soort: 'WMO302', afzender: '98100035', identificatie: 'R-A', aanbiederId: w.aanbieders.marsdiep.id, persoonId: a.r.persoon.id });
  });

  it('a 305 starts care on the toewijzing and a 307 stops it, with the reason', async () => {
    const { toewijzing, client, product } = await verzondenToewijzing();
    const start = await ontvang(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]));
    expect((await verwerk()).map((u) => u.status)).toEqual(['VERWERKT']);
    expect(await prisma.zorglevering.findMany({ where: { toewijzingId: toewijzing.id } })).toEqual([
      expect.objectContaining({ begindatum: new Date('2026-03-17T00:00:00Z'), einddatum: null, startBerichtId: start.id }),
    ]);
    const stop = await ontvang(stopBericht(kop(), client, [{ ...product, begindatum: '2026-03-17', einddatum: '2026-03-19', reden: '23' }]));
    expect((await verwerk()).map((u) => u.status)).toEqual(['VERWERKT']);
    expect(await prisma.zorglevering.findMany({ where: { toewijzingId: toewijzing.id } })).toEqual([
      expect.objectContaining({ einddatum: new Date('2026-03-19T00:00:00Z'), redenBeeindiging: '23', stopBerichtId: stop.id }),
    ]);
    expect(await prisma.auditEntry.count({ where: { actie: { in: ['ZORG_GESTART', 'ZORG_GESTOPT'] }, persoonId: toewijzing.persoonId } })).toBe(2);
  });

  it('a 315 becomes a verzoek in the backoffice queue, due in 5 werkdagen', async () => {
    const { r, client } = await verzondenToewijzing();
    const ontvangen = await ontvang(verzoekOmToewijzing(kop(), client, [{ referentie: 'VOT-315-1', categorie: '07', code: '07A12', ingangsdatum: '2026-04-01', einddatum: '2027-03-31', volume: 4, eenheid: '16', frequentie: '2' }]));
    expect((await verwerk()).map((u) => u.status)).toEqual(['VERWERKT']);
    const verzoek = await prisma.aanbiederVerzoek.findFirstOrThrow({ where: { inkomendBerichtId: ontvangen.id } });
    expect(verzoek).toMatchObject({ soort: 'TOEWIJZING', status: 'OPEN', persoonId: r.persoon.id, referentieAanbieder: 'VOT-315-1', uiterlijkOp: new Date('2026-03-27T00:00:00Z') });
    expect(verzoek.producten).toEqual([expect.objectContaining({ referentieAanbieder: 'VOT-315-1', ingangsdatum: '2026-04-01', omvang: { volume: 4, eenheid: '16', frequentie: '2' } })]);
  });

  it('refuses a malformed file, an XSD break and an unknown toewijzing, keeps each with its reason, and changes nothing else', async () => {
    const { toewijzing, client, product } = await verzondenToewijzing();
    const voor = { leveringen: await prisma.zorglevering.count(), berichten: await prisma.bericht.count({ where: { retourOp: { not: null } } }), verzoeken: await prisma.aanbiederVerzoek.count() };
    const kapot = await ontvang('<wmo305:Bericht xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"><niet-af', 'kapot.xml');
    const onbekend = await ontvang('<?xml version="1.0"?><Factuur>geen iStandaard</Factuur>', 'factuur.xml');
    const zonderBegindatum = await ontvang(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]).replace(/<wmo305:Begindatum>[^<]*<\/wmo305:Begindatum>/, ''));
    // Two products, the second on a toewijzing of another client: the whole message is refused, the first start too.
    const half = await ontvang(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }, { ...product, toewijzingNummer: 999_999, begindatum: '2026-03-17' }]));
    const uitkomst = await verwerk();
    expect(uitkomst.map((u) => u.status)).toEqual(['GEWEIGERD', 'GEWEIGERD', 'GEWEIGERD', 'GEWEIGERD']);
    expect(await inkomend(kapot.id)).toMatchObject({ status: 'GEWEIGERD', retourcodes: ['0001'], inhoud: expect.stringContaining('<niet-af') });
    expect((await inkomend(kapot.id)).redenen).toEqual([expect.stringMatching(/^Het bestand is niet te lezen als XML: het is afgebroken of niet goed gevormd \(regel 1: /)]);
    expect((await inkomend(onbekend.id)).redenen).toEqual(['Dit is geen bericht van iWmo of iJw 3.2 dat Wijkregie ontvangt (302, 305, 307, 315, 317 of 323).']);
    expect((await inkomend(zonderBegindatum.id)).redenen.join(' ')).toMatch(/XSD.*Begindatum/s);
    expect(await inkomend(half.id)).toMatchObject({ status: 'GEWEIGERD', retourcodes: ['9019'], redenen: ['Toewijzing 999999 is niet van deze cliënt bij deze aanbieder.'] });
    expect(await prisma.zorglevering.count({ where: { toewijzingId: toewijzing.id } })).toBe(0);
    expect({ leveringen: await prisma.zorglevering.count(), berichten: await prisma.bericht.count({ where: { retourOp: { not: null } } }), verzoeken: await prisma.aanbiederVerzoek.count() }).toEqual(voor);
    expect(await prisma.auditEntry.count({ where: { actie: 'BERICHT_GEWEIGERD', entiteitId: { in: [kapot.id, onbekend.id, zonderBegindatum.id, half.id] } } })).toBe(4);
  });

  it('refuses a message for another gemeente, from an unknown AGB code, or with an identificatie it already had (TR056)', async () => {
    const { client, product } = await verzondenToewijzing();
    const andere = await ontvang(startBericht(kop({ gemeentecode: '0363' }), client, [{ ...product, begindatum: '2026-03-17' }]));
    const vreemd = await ontvang(startBericht(kop({ agb: '12345678' }), client, [{ ...product, begindatum: '2026-03-17' }]));
    const eerste = await ontvang(startBericht(kop({ identificatie: 'DUBBEL' }), client, [{ ...product, begindatum: '2026-03-17' }]));
    const uitkomst = new Map((await verwerk()).map((u) => [u.id, u]));
    const tweede = await ontvang(startBericht(kop({ identificatie: 'DUBBEL', dagtekening: '2026-03-18' }), client, [{ ...product, begindatum: '2026-03-18' }]));
    await verwerk();
    expect(uitkomst.get(andere.id)!.redenen).toEqual([`Dit bericht is voor gemeente 0363, niet voor deze gemeente (${w.gemeente.gemeentecode}).`]);
    expect(uitkomst.get(vreemd.id)!.redenen).toEqual(['De AGB-code 12345678 is geen aanbieder van deze gemeente.']);
    expect(uitkomst.get(eerste.id)!.status).toBe('VERWERKT');
    expect(await inkomend(tweede.id)).toMatchObject({ status: 'GEWEIGERD', retourcodes: ['9056'] });
  });

  it('processes the same file twice as once, and a start with the sleutel of a known one changes nothing', async () => {
    const { toewijzing, client, product } = await verzondenToewijzing();
    const xml = startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]);
    const a = await ontvang(xml, 'a.xml');
    const b = await ontvang(xml, 'kopie-van-a.xml');
    expect(b).toEqual({ id: a.id, nieuw: false });
    expect(await verwerk()).toHaveLength(1);
    expect(await verwerk()).toHaveLength(0);
    await ontvang(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]));
    expect((await verwerk()).map((u) => u.status)).toEqual(['VERWERKT']);
    expect(await prisma.zorglevering.count({ where: { toewijzingId: toewijzing.id } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { actie: 'ZORG_GESTART', persoonId: toewijzing.persoonId } })).toBe(1);
  });

  it('two workers receiving and processing the same inbox at once give the result of one', async () => {
    const clients = await Promise.all([1, 2, 3].map(() => verzondenToewijzing()));
    const bestanden = clients.map((c) => startBericht(kop(), c.client, [{ ...c.product, begindatum: '2026-03-17' }]));
    // Both workers pick up every file of the folder.
    const ontvangen = await Promise.all([...bestanden, ...bestanden].map((xml, i) => ontvang(xml, `start-${i % 3}.xml`)));
    expect(new Set(ontvangen.map((o) => o.id)).size).toBe(3);
    const [een, twee] = await Promise.all([verwerk(), verwerk()]);
    expect([...een, ...twee].map((u) => u.status).sort()).toEqual(['VERWERKT', 'VERWERKT', 'VERWERKT']);
    for (const c of clients) expect(await prisma.zorglevering.count({ where: { toewijzingId: c.toewijzing.id } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { actie: 'BERICHT_VERWERKT', entiteitId: { in: ontvangen.map((o) => o.id) } } })).toBe(3);
  });
});

describe('the channel: the folder pair berichten/uit and berichten/in', () => {
  it('writes a sent WMO301 to uit/ exactly as stored, once, and takes a file from in/ into the inbox and processes it', async () => {
    process.env.BERICHTEN_DIR = mkdtempSync(path.join(tmpdir(), 'berichten-'));
    const { bericht, toewijzing, client, product } = await verzondenToewijzing();
    const eerst = await wisselBerichtenUit(w.gemeenteId, NU);
    const naam = `WMO301-${bericht.berichtNummer}-98100035.xml`;
    const uit = path.join(process.env.BERICHTEN_DIR, 'uit', naam);
    expect(eerst.geschreven).toBeGreaterThanOrEqual(1);
    expect(readFileSync(uit, 'utf8')).toBe(bericht.xml);
    expect(readFileSync(uit)[0]).toBe(0x3c); // '<': no byte-order mark (OP192)
    expect((await wisselBerichtenUit(w.gemeenteId, NU)).geschreven).toBe(0);

    writeFileSync(path.join(process.env.BERICHTEN_DIR, 'in', 'start.xml'), startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]));
    writeFileSync(path.join(process.env.BERICHTEN_DIR, 'in', 'kapot.xml'), '<niet-af');
    const r = await berichtenNuUitwisselen(w.opsteller, NU);
    expect(r.ingelezen).toBe(2);
    expect(r.verwerkt.map((v) => v.status).sort()).toEqual(['GEWEIGERD', 'VERWERKT']);
    expect(await prisma.zorglevering.count({ where: { toewijzingId: toewijzing.id } })).toBe(1);
    expect(readdirSync(path.join(process.env.BERICHTEN_DIR, 'in')).filter((n) => n.endsWith('.xml'))).toEqual([]);
    expect(readdirSync(path.join(process.env.BERICHTEN_DIR, 'in', 'ontvangen'))).toHaveLength(2);
    expect(existsSync(path.join(process.env.BERICHTEN_DIR, 'uit'))).toBe(true);
    await expect(berichtenNuUitwisselen(w.coach, NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    delete process.env.BERICHTEN_DIR;
  });
});

describe('answering a verzoek', () => {
  const verzoek = async (referentie: string) => {
    const c = await verzondenToewijzing();
    const o = await ontvang(verzoekOmToewijzing(kop(), c.client, [{ referentie, categorie: '07', code: '07A12', ingangsdatum: '2026-04-01', einddatum: '2027-03-31', volume: 4, eenheid: '16', frequentie: '2' }]));
    await verwerk();
    return { ...c, verzoek: await prisma.aanbiederVerzoek.findFirstOrThrow({ where: { inkomendBerichtId: o.id } }) };
  };

  it('refuses with a WMO319 that the standard accepts, once', async () => {
    const { verzoek: v } = await verzoek('VOT-AF-1');
    const uit = await afwijzenVerzoek(w.opsteller, { verzoekId: v.id, version: v.version, reden: '3' }, NU);
    const na = await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } });
    expect(na).toMatchObject({ status: 'AFGEWEZEN', redenAfwijzing: '3', beantwoordDoorId: w.opsteller.id });
    expect(na.antwoordXml).toContain('<wmo319:ReferentieAanbieder>VOT-AF-1</wmo319:ReferentieAanbieder>');
    expect(na.antwoordXml).toContain(`<iwmo:Identificatie>${uit.berichtNummer}</iwmo:Identificatie>`);
    expect(await valideerBericht(na.antwoordXml!, 'WMO319')).toEqual({ xsd: [], regels: [] });
    await expect(afwijzenVerzoek(w.opsteller, { verzoekId: v.id, version: na.version, reden: '3' }, NU)).rejects.toThrow(/al beantwoord/);
  });

  it('honours it with a not yet sent toewijzing, whose toewijzingbericht then carries the ReferentieAanbieder (TR379)', async () => {
    const { verzoek: v, r } = await verzoek('VOT-TOE-1');
    const nieuw = await vastgesteldeBeschikking(w, {}, {});
    // The new beschikking is for another client: refused. Then one for this client.
    const ander = await prisma.toewijzing.findFirstOrThrow({ where: { persoonId: nieuw.persoon.id } });
    await expect(toewijzenVerzoek(w.opsteller, { verzoekId: v.id, version: v.version, toewijzingId: ander.id }, NU)).rejects.toThrow(/deze cliënt bij deze aanbieder/);
    const eigen = await prisma.toewijzing.create({
      data: { ...(({ id: _i, createdAt: _c, toewijzingNummer: _n, ...rest }) => rest)(ander), persoonId: r.persoon.id, toewijzingNummer: 900_000 + Math.floor(Math.random() * 99_999), status: 'NIEUW', ingangsdatum: new Date('2027-03-16T00:00:00Z'), einddatum: new Date('2028-03-15T00:00:00Z') },
    });
    expect(await toewijzenVerzoek(w.opsteller, { verzoekId: v.id, version: v.version, toewijzingId: eigen.id }, NU)).toEqual({ toewijzingNummer: eigen.toewijzingNummer });
    expect(await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: 'TOEGEWEZEN', redenAfwijzing: null });
    const [b] = await verzendenToewijzingen(w.opsteller, { beschikkingId: r.beschikkingId }, NU);
    const xml = (await prisma.bericht.findUniqueOrThrow({ where: { id: b.id } })).xml;
    expect(parseToewijzingBericht(xml).producten.find((p) => p.toewijzingNummer === eigen.toewijzingNummer)?.referentieAanbieder).toBe('VOT-TOE-1');
    expect(await valideerBericht(xml, 'WMO301')).toEqual({ xsd: [], regels: [] });
  });

  it('refuses the wrong role, an unknown verzoek and an unknown reason', async () => {
    const { verzoek: v } = await verzoek('VOT-REF-1');
    await expect(afwijzenVerzoek(w.coach, { verzoekId: v.id, version: v.version, reden: '3' }, NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(afwijzenVerzoek(w.opsteller, { verzoekId: crypto.randomUUID(), version: 1, reden: '3' }, NU)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(afwijzenVerzoek(w.opsteller, { verzoekId: v.id, version: v.version, reden: 'X' }, NU)).rejects.toBeInstanceOf(DomainError);
    expect((await prisma.aanbiederVerzoek.findUniqueOrThrow({ where: { id: v.id } })).status).toBe('OPEN');
  });
});

describe('opnieuwVersturenBericht', () => {
  it('sends a refused toewijzingbericht again after correction, with a new number, keeping the refused one; once', async () => {
    const a = await verzondenToewijzing();
    await ontvang(retourOp(a.bericht.xml, { identificatieRetour: 'R-OPN-1', dagtekeningRetour: '2026-03-12', codes: ['0001'] }));
    await verwerk();
    // The correction: the client's street name was wrong.
    await prisma.huishouden.update({ where: { id: a.r.huishouden.id }, data: { straat: 'Gecorrigeerde straat' } });
    const r = await opnieuwVersturenBericht(w.opsteller, { berichtId: a.bericht.id }, NU);
    const nieuw = await prisma.bericht.findUniqueOrThrow({ where: { id: r.id }, include: { toewijzingen: true } });
    expect(nieuw).toMatchObject({ code: 'WMO301', aanbiederId: a.bericht.aanbiederId, retourOp: null });
    expect(nieuw.berichtNummer).toBeGreaterThan(a.bericht.berichtNummer);
    expect(nieuw.toewijzingen.map((t) => t.toewijzingId)).toEqual([a.toewijzing.id]);
    expect(nieuw.xml).toContain('Gecorrigeerde straat');
    expect(await valideerBericht(nieuw.xml, 'WMO301')).toEqual({ xsd: [], regels: [] });
    expect(await prisma.bericht.findUniqueOrThrow({ where: { id: a.bericht.id } })).toMatchObject({ xml: a.bericht.xml, retourGoedgekeurd: false, opnieuwVerstuurdAlsId: r.id });
    expect(await prisma.auditEntry.count({ where: { actie: 'BERICHT_OPNIEUW_VERSTUURD', entiteitId: r.id } })).toBe(1);
    await expect(opnieuwVersturenBericht(w.opsteller, { berichtId: a.bericht.id }, NU)).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    const lijst = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'afgekeurd' }), NU);
    expect(lijst.uit.find((b) => b.id === a.bericht.id)?.opnieuwVerstuurdAls).toMatchObject({ id: r.id, berichtNummer: nieuw.berichtNummer });
  });

  it('refuses an accepted message, an unknown one, and a role without berichten:behandelen', async () => {
    const a = await verzondenToewijzing();
    await expect(opnieuwVersturenBericht(w.opsteller, { berichtId: a.bericht.id }, NU)).rejects.toMatchObject({ code: 'TRANSITION_REFUSED' });
    await expect(opnieuwVersturenBericht(w.opsteller, { berichtId: crypto.randomUUID() }, NU)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(opnieuwVersturenBericht(w.coach, { berichtId: a.bericht.id }, NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('without xmllint and xsltproc on the server', () => {
  it('leaves a valid message waiting (ONTVANGEN) instead of refusing it, warns beheer, and processes it once they are back', async () => {
    const { toewijzing, client, product } = await verzondenToewijzing();
    const o = await ontvang(startBericht(kop(), client, [{ ...product, begindatum: '2026-03-17' }]), 'start-zonder-controle.xml');
    const pad = process.env.PATH;
    process.env.PATH = '/bestaat-niet';
    try {
      const uitkomst = await verwerk();
      expect(uitkomst).toEqual([{ id: expect.any(String), status: 'WACHT', redenen: [expect.stringMatching(/kan niet starten.*Installeer libxml2-utils en xsltproc/)] }]);
      expect(await inkomend(o.id)).toMatchObject({ status: 'ONTVANGEN', verwerktOp: null, redenen: [] });
      expect(await validatorOntbreekt(Date.now())).toMatch(/kan niet starten/);
      expect(await getBerichtenControle(w.gemeenteId)).toEqual({ fout: expect.stringMatching(/kan niet starten/), wachtend: expect.any(Number) });
    } finally {
      process.env.PATH = pad;
    }
    expect(await validatorOntbreekt(Date.now() + 120_000)).toBeNull();
    await verwerk();
    expect((await inkomend(o.id)).status).toBe('VERWERKT');
    expect(await prisma.zorglevering.count({ where: { toewijzingId: toewijzing.id } })).toBe(1);
  });
});

describe('getBerichtenverkeer', () => {
  it('lists what waits for a retour (late after 3 werkdagen, OP090), refused incoming with reasons, and open verzoeken, per aanbieder', async () => {
    const { bericht, client } = await verzondenToewijzing();
    await ontvang('<kapot', 'lijst-kapot.xml');
    await ontvang(verzoekOmToewijzing(kop(), client, [{ referentie: 'VOT-LIJST-1', categorie: '07', code: '07A12', ingangsdatum: '2026-04-01', einddatum: '2027-03-31', volume: 4, eenheid: '16', frequentie: '2' }]));
    await verwerk();
    const retour = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'retour', aanbieder: w.aanbieders.marsdiep.id }), NU);
    expect(retour.uit.find((b) => b.id === bericht.id)).toMatchObject({ teLaat: true, uiterlijkRetour: new Date('2026-03-16T00:00:00Z') });
    expect(retour.tellingen.teLaat).toBeGreaterThanOrEqual(1);
    const vroeg = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'retour' }), new Date('2026-03-13T10:00:00Z'));
    expect(vroeg.uit.find((b) => b.id === bericht.id)?.teLaat).toBe(false);
    const geweigerd = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'geweigerd' }), NU);
    expect(geweigerd.inkomend.find((b) => b.bestandsnaam === 'lijst-kapot.xml')).toMatchObject({ status: 'GEWEIGERD', retourcodes: ['0001'] });
    const verzoeken = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'verzoeken' }), NU);
    expect(verzoeken.verzoeken.map((v) => v.referentieAanbieder)).toContain('VOT-LIJST-1');
    const ander = await getBerichtenverkeer(w.opsteller, parseBerichtenFilters({ weergave: 'verzoeken', aanbieder: w.aanbieders.duinen.id }), NU);
    expect(ander.verzoeken.map((v) => v.referentieAanbieder)).not.toContain('VOT-LIJST-1');
    expect((await getBerichtBestand(w.opsteller, 'uit', bericht.id)).xml).toBe(bericht.xml);
  });

  it('refuses a role without berichten:read, and a file of an unknown kind or id', async () => {
    await expect(getBerichtenverkeer(w.coach, parseBerichtenFilters({}), NU)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getBerichtBestand(w.coach, 'uit', crypto.randomUUID())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getBerichtBestand(w.opsteller, 'uit', crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getBerichtBestand(w.opsteller, 'iets', crypto.randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getBerichtBestand(w.opsteller, 'in', 'geen-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the database refuses', () => {
  const weigert = (p: Promise<unknown>) => expect(p).rejects.toThrow();

  it('a refused message without a reason, and processed without a time', async () => {
    const { id } = await ontvang('<x/>', 'leeg.xml');
    await weigert(prisma.inkomendBericht.update({ where: { id }, data: { status: 'GEWEIGERD', redenen: [], verwerktOp: NU } }));
    await weigert(prisma.inkomendBericht.update({ where: { id }, data: { status: 'VERWERKT' } }));
    await weigert(prisma.$executeRaw`INSERT INTO "InkomendBericht" ("id", "gemeenteId", "bestandsnaam", "inhoud", "sha256", "bron") VALUES (gen_random_uuid(), ${w.gemeenteId}::uuid, 'x', 'x', ${'f'.repeat(64)}, 'FAX')`);
  });

  it('two running deliveries on one toewijzing (TR326), and a stop without its reason', async () => {
    const { toewijzing } = await verzondenToewijzing();
    await prisma.zorglevering.create({ data: { gemeenteId: w.gemeenteId, toewijzingId: toewijzing.id, begindatum: new Date('2026-03-17T00:00:00Z') } });
    await weigert(prisma.zorglevering.create({ data: { gemeenteId: w.gemeenteId, toewijzingId: toewijzing.id, begindatum: new Date('2026-03-18T00:00:00Z') } }));
    await weigert(prisma.zorglevering.updateMany({ where: { toewijzingId: toewijzing.id }, data: { einddatum: new Date('2026-03-19T00:00:00Z') } }));
  });

  it('an answered verzoek without its time, and a refusal without its reason (CD085)', async () => {
    const { client } = await verzondenToewijzing();
    const o = await ontvang(verzoekOmToewijzing(kop(), client, [{ referentie: 'VOT-DB-1', categorie: '07', code: '07A12', ingangsdatum: '2026-04-01', einddatum: '2027-03-31', volume: 4, eenheid: '16', frequentie: '2' }]));
    await verwerk();
    const v = await prisma.aanbiederVerzoek.findFirstOrThrow({ where: { inkomendBerichtId: o.id } });
    await weigert(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { status: 'AFGEWEZEN', beantwoordOp: NU } }));
    await weigert(prisma.aanbiederVerzoek.update({ where: { id: v.id }, data: { status: 'TOEGEWEZEN' } }));
  });

  it('a second toewijzing with the same ToewijzingNummer in the gemeente (TR332: unique per gemeente, so per wet as well)', async () => {
    const { toewijzing } = await verzondenToewijzing();
    const { id: _id, createdAt: _c, ...rest } = toewijzing as typeof toewijzing & { product?: unknown };
    const { product: _p, ...data } = rest as typeof rest & { product: unknown };
    await weigert(prisma.toewijzing.create({ data: { ...data, wet: 'JEUGDWET' } }));
  });
});
