import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { controleerPersonenInBrp } from '@/lib/server/brp/controleer-personen-in-brp';
import { getBrpRegistratie } from '@/lib/server/brp/get-brp-registratie';
import { registreerHuishoudenUitBrp } from '@/lib/server/brp/registreer-huishouden-uit-brp';
import { vergelijkPersoonMetBrp } from '@/lib/server/brp/vergelijk-persoon-met-brp';
import { werkPersoonBijUitBrp } from '@/lib/server/brp/werk-persoon-bij-uit-brp';
import { zoekInBrpVoorMelding } from '@/lib/server/brp/zoek-in-brp-voor-melding';
import { getWerkvoorraad } from '@/lib/server/werkvoorraad/get-werkvoorraad';
import { findHuishoudenVoorMelding } from '@/lib/server/huishouden/find-huishouden-voor-melding';
import { AFGESCHERMD_ADRES } from '@/lib/domain/brp';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import { actorFor, createRegie, createUser } from '../support/factories';
import { useLocalBrp } from '../support/local-brp';
import { createFrontDoor, createMelding, type FrontDoor } from '../support/melding-factories';

// Issue 20 at the desk and in the nightly check, against the local BRP as `npm start` starts it (startEmbeddedBrp),
// with the RvIG's test persons: the Maasland family at Turfmarkt 25, 2511 CA ('s-Gravenhage, gemeente 0518).
// Port 3217 (the local BRP); a BRP that does not answer listens on a free port.

const lokaal = useLocalBrp(3217);
let f: FrontDoor;
const wijzigInBrp = lokaal.wijzigInBrp;
beforeAll(() => {
  f = lokaal.frontDoor();
});

const brpLog = (actorId: string) => prisma.auditEntry.findMany({ where: { actorId, actie: 'BRP_GERAADPLEEGD' }, orderBy: { id: 'asc' } });

describe('finding people in the BRP at the desk', () => {
  it('by BSN, by name and date of birth, by postcode and huisnummer; each question in the access log with its purpose', async () => {
    const melding = await createMelding(f.gemeenteId);
    const opBsn = await zoekInBrpVoorMelding(f.frontoffice, melding.id, { zoekwijze: 'bsn', bsn: '999999126' });
    expect(opBsn.fout).toBeNull();
    expect(opBsn.personen).toEqual([expect.objectContaining({ bsn: '999999126', naam: 'Manon Maasland', adres: "Turfmarkt 25a, 2511 CA  'S-GRAVENHAGE", persoonId: null })]);
    const opNaam = await zoekInBrpVoorMelding(f.frontoffice, melding.id, { zoekwijze: 'naam', naam: 'Manon Maasland', geboortedatum: new Date('1988-02-01T00:00:00Z') });
    expect(opNaam.personen.map((p) => p.bsn)).toEqual(['999999126']);
    const opAdres = await zoekInBrpVoorMelding(f.frontoffice, melding.id, { zoekwijze: 'adres', postcode: '2511CA', huisnummer: 25, toevoeging: null });
    expect(opAdres.personen.map((p) => p.bsn)).toEqual(expect.arrayContaining(['999999126', '999999163', '999970045']));

    const log = await brpLog(f.frontoffice.id);
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ entiteit: 'BRP', context: expect.stringMatching(/melding/), actorRol: 'FRONTOFFICE' });
    expect(log.map((l) => (l.after as { vraag: string }).vraag)).toEqual(['bsn', 'naam', 'adres']);
    // the terms asked are not in the log
    expect(JSON.stringify(log.map((l) => [l.context, l.after, l.entiteitId]))).not.toContain('999999126');
  });

  it('geheimhouding: the address is not shown in the finder', async () => {
    const melding = await createMelding(f.gemeenteId);
    const { personen } = await zoekInBrpVoorMelding(f.frontoffice, melding.id, { zoekwijze: 'bsn', bsn: '100600220' });
    expect(personen[0]).toMatchObject({ geheimhouding: true, adres: null });
  });

  it('refuses who may not search, and a melding of another gemeente or already closed', async () => {
    const melding = await createMelding(f.gemeenteId);
    await expect(zoekInBrpVoorMelding(f.backoffice, melding.id, { zoekwijze: 'bsn', bsn: '999999126' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await createFrontDoor();
    await expect(zoekInBrpVoorMelding(other.frontoffice, melding.id, { zoekwijze: 'bsn', bsn: '999999126' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const dicht = await createMelding(f.gemeenteId, { status: 'AFGEHANDELD' });
    await expect(zoekInBrpVoorMelding(f.frontoffice, dicht.id, { zoekwijze: 'bsn', bsn: '999999126' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getBrpRegistratie(f.backoffice, melding.id, '999999126')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const beheer = actorFor(await createUser(f.gemeenteId, ['BEHEERDER']));
    await expect(vergelijkPersoonMetBrp(beheer, melding.id, melding.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a BRP that times out: the finder goes on with a Dutch message, and the failed question is logged', async () => {
    const hanging = http.createServer(() => {});
    // a free port of the system's choosing (a fixed one collided with another run's services on a shared machine)
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const url = process.env.BRP_URL;
    process.env.BRP_URL = `http://127.0.0.1:${(hanging.address() as import('node:net').AddressInfo).port}`;
    process.env.BRP_TIMEOUT_MS = '200';
    try {
      const melding = await createMelding(f.gemeenteId);
      const result = await zoekInBrpVoorMelding(f.frontoffice2, melding.id, { zoekwijze: 'bsn', bsn: '999999126' });
      expect(result).toEqual({ personen: [], fout: expect.stringMatching(/^De BRP antwoordt nu niet.*niet geverifieerd/) });
      const [log] = await brpLog(f.frontoffice2.id);
      expect(log.after).toMatchObject({ gelukt: false, fout: 'ONBEREIKBAAR' });
    } finally {
      process.env.BRP_URL = url;
      process.env.BRP_TIMEOUT_MS = '1500';
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  });
});

describe('registering a household from the BRP', () => {
  it('offers the persons at the same address and the relatives, and registers them with the BRP data and gezag', async () => {
    const melding = await createMelding(f.gemeenteId, { naam: 'Manfred Mann' });
    const registratie = await getBrpRegistratie(f.frontoffice, melding.id, '999999163');
    expect(registratie.hoofd).toMatchObject({ naam: 'Manfred Mann', adresTekst: "Turfmarkt 25A, 2511 CA 's-Gravenhage", minderjarig: false });
    expect(registratie.kandidaten.find((k) => k.bsn === '999999126')).toMatchObject({ opAdres: true, relatie: 'partner', rol: 'PARTNER' });
    // Meike lives at number 25, her parents at 25a: offered as their child, not as a resident of the address
    expect(registratie.kandidaten.find((k) => k.bsn === '999970045')).toMatchObject({ opAdres: false, relatie: 'kind', rol: 'KIND' });
    expect(registratie.kandidaten.filter((k) => k.opAdres).map((k) => k.bsn).sort()).toEqual(['999999126', '999999138', '999999151']);
    // roles from either side: Mirthe is the child of Manfred's partner (only her own list says so); Menno is no relative
    expect(registratie.kandidaten.find((k) => k.bsn === '999999151')).toMatchObject({ rol: 'KIND', relatie: 'kind' });
    expect(registratie.kandidaten.find((k) => k.bsn === '999999138')).toMatchObject({ rol: 'OVERIG', relatie: null });

    const { huishoudenId } = await registreerHuishoudenUitBrp(f.frontoffice, {
      meldingId: melding.id, version: melding.version, bsn: '999999163',
      leden: [{ bsn: '999999126', rol: 'PARTNER' }, { bsn: '999970045', rol: 'KIND' }],
    });
    const h = await prisma.huishouden.findUniqueOrThrow({
      where: { id: huishoudenId },
      include: { leden: { include: { persoon: { include: { vertegenwoordigd: { include: { vertegenwoordiger: true } } } } } }, meldingen: true },
    });
    expect(h).toMatchObject({ naam: 'Huishouden Mann', straat: 'Turfmarkt', huisnummer: 25, huisnummerToevoeging: 'A', postcode: '2511CA', woonplaats: "'s-Gravenhage", wijkId: f.wijkId });
    expect(h.meldingen.map((m) => m.id)).toEqual([melding.id]);
    const lid = (bsn: string) => h.leden.find((l) => l.persoon.bsn === bsn)!;
    expect(lid('999999126')).toMatchObject({ rol: 'PARTNER', persoon: { voornamen: 'Manon', achternaam: 'Maasland', geboortedatum: new Date('1988-02-01T00:00:00Z'), geslacht: 'VROUW' } });
    expect(lid('999999163')).toMatchObject({ rol: 'HOOFDBEWONER', persoon: { voornamen: 'Manfred', achternaam: 'Mann' } });
    expect(lid('999999126').persoon.brpGeverifieerdOp).toBeInstanceOf(Date);
    // gezag over the minor from the BRP, linked to both parents, with its source
    const kind = lid('999970045').persoon;
    expect(kind.gezagBron).toBe('BRP');
    expect(kind.vertegenwoordigd.map((v) => [v.soort, v.bron, v.vertegenwoordiger?.bsn]).sort()).toEqual([['GEZAG', 'BRP', '999999126'], ['GEZAG', 'BRP', '999999163']]);
    const audit = await prisma.auditEntry.findMany({ where: { huishoudenId, actie: { in: ['PERSOON_UIT_BRP', 'GEZAG_UIT_BRP', 'HUISHOUDEN_AANGEMAAKT'] } } });
    expect(audit.map((a) => a.actie).sort()).toEqual(['GEZAG_UIT_BRP', 'HUISHOUDEN_AANGEMAAKT', 'PERSOON_UIT_BRP', 'PERSOON_UIT_BRP', 'PERSOON_UIT_BRP']);

    // consent for the minor: under 16 a holder of gezag gives it, and the record says who
    const gegevenOp = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    const toestemming = { huishoudenId, persoonId: kind.id, soort: 'BESPREKEN_IN_TEAM' as const, partij: null, doel: null, wijze: 'MONDELING' as const, gegevenOp, geldigTot: null };
    await expect(recordToestemming(f.wijkcoach, { ...toestemming, gegevenDoor: null }))
      .rejects.toMatchObject({ code: 'INVALID', fieldErrors: { gegevenDoor: [expect.stringMatching(/iemand met gezag.*Manon Maasland of Manfred Mann|iemand met gezag.*Manfred Mann of Manon Maasland/)] } });
    await recordToestemming(f.wijkcoach, { ...toestemming, gegevenDoor: 'Manon Maasland (moeder, gezag)' });
    // the adult partner consents for herself
    await recordToestemming(f.wijkcoach, { ...toestemming, persoonId: lid('999999126').persoon.id, gegevenDoor: null });

    // the same person cannot be registered twice
    const tweede = await createMelding(f.gemeenteId);
    await expect(registreerHuishoudenUitBrp(f.frontoffice, { meldingId: tweede.id, version: tweede.version, bsn: '999999126', leden: [] }))
      .rejects.toMatchObject({ code: 'CONFLICT', reasons: [expect.stringMatching(/Manon Maasland hoort al bij Huishouden Mann/)] });
    expect((await getBrpRegistratie(f.frontoffice, tweede.id, '999999126')).alInHuishouden).toBe('Huishouden Mann');
  });

  it('refuses a member who neither lives at the address nor is a relative', async () => {
    const melding = await createMelding(f.gemeenteId);
    await expect(registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999999084', leden: [{ bsn: '100600220', rol: 'OVERIG' }] }))
      .rejects.toMatchObject({ code: 'INVALID' });
    expect(await prisma.huishouden.count({ where: { gemeenteId: f.gemeenteId, naam: { contains: 'Digid' } } })).toBe(0);
  });

  it('gezag the BRP cannot name: the record says so, a person must decide', async () => {
    // A minor whose gezag the BRP gives as "niet te bepalen"
    await wijzigInBrp('999970033', { gezag: [{ type: 'GezagNietTeBepalen', minderjarige: { burgerservicenummer: '999970033' } }], geboorte: { datum: '20150505' } });
    const melding = await createMelding(f.gemeenteId);
    const registratie = await getBrpRegistratie(f.frontoffice, melding.id, '999970033');
    expect(registratie.hoofd.gezag).toMatchObject({ bron: 'BRP_ONBEKEND', toelichting: expect.stringMatching(/niet te bepalen.*Stel vast wie het gezag heeft/) });
    const { persoonIds } = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999970033', leden: [] });
    const p = await prisma.persoon.findUniqueOrThrow({ where: { id: persoonIds[0] }, include: { vertegenwoordigd: true } });
    expect(p).toMatchObject({ gezagBron: 'BRP_ONBEKEND', gezagToelichting: expect.stringMatching(/Stel vast/) });
    expect(p.vertegenwoordigd).toEqual([]);
  });

  it('in onderzoek and geheimhouding are kept on the person', async () => {
    // these two test persons are registered in other gemeenten: the desk registers them here with a reason (issue 20)
    const redenAndereGemeente = 'Verhuist binnenkort naar onze gemeente';
    const melding = await createMelding(f.gemeenteId);
    const { persoonIds } = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '100600451', leden: [], redenAndereGemeente });
    const p = await prisma.persoon.findUniqueOrThrow({ where: { id: persoonIds[0] } });
    expect(p.brpInOnderzoek).toEqual(['adres']);
    const melding2 = await createMelding(f.gemeenteId);
    const geheim = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding2.id, version: melding2.version, bsn: '100600220', leden: [], redenAndereGemeente });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: geheim.persoonIds[0] } })).geheimhouding).toBe(true);
    // outside the dossier the address is not shown: the finder at the desk lists the household without it
    const derde = await createMelding(f.gemeenteId);
    const { huishoudens } = await findHuishoudenVoorMelding(f.frontoffice, derde.id, { zoekwijze: 'bsn', bsn: '100600220' });
    expect(huishoudens.map((h) => [h.id, h.adres, h.postcode])).toEqual([[geheim.huishoudenId, AFGESCHERMD_ADRES, '']]);
    const gewoon = await findHuishoudenVoorMelding(f.frontoffice, derde.id, { zoekwijze: 'bsn', bsn: '100600451' });
    expect(gewoon.huishoudens[0].adres).toBe('Klaverweide 54');
  });
});

describe('a known person against the BRP, and the nightly check', () => {
  it('shows what differs (with in onderzoek) and takes the BRP data over with one click, never over a newer edit', async () => {
    const melding = await createMelding(f.gemeenteId);
    const { huishoudenId } = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999999102', leden: [] });
    const persoon = await prisma.persoon.findFirstOrThrow({ where: { gemeenteId: f.gemeenteId, bsn: '999999102' } });
    expect((await vergelijkPersoonMetBrp(f.frontoffice, huishoudenId, persoon.id)).verschillen).toEqual([]);
    // need-to-know: a coach of another team has no ground for this household
    await expect(vergelijkPersoonMetBrp(f.otherWijkcoach, huishoudenId, persoon.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Someone typed a wrong name; the BRP has the birth date in onderzoek
    await prisma.persoon.update({ where: { id: persoon.id }, data: { voornamen: 'Marc', version: { increment: 1 } } });
    await wijzigInBrp('999999102', { persoonInOnderzoek: { aanduidingGegevensInOnderzoek: '010310', datumIngangOnderzoek: '20240101' } });
    const vergelijking = await vergelijkPersoonMetBrp(f.frontoffice, huishoudenId, persoon.id);
    expect(vergelijking.verschillen).toEqual([expect.objectContaining({ veld: 'voornamen', wijkregie: 'Marc', brp: 'Mark', inOnderzoek: false })]);
    expect(vergelijking.status === 'GEVONDEN' && vergelijking.brp.inOnderzoek).toEqual(expect.arrayContaining(['geboortedatum']));

    await expect(werkPersoonBijUitBrp(f.frontoffice, { huishoudenId, persoonId: persoon.id, version: persoon.version })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    await werkPersoonBijUitBrp(f.frontoffice, { huishoudenId, persoonId: persoon.id, version: persoon.version + 1 });
    expect(await prisma.persoon.findUniqueOrThrow({ where: { id: persoon.id } })).toMatchObject({ voornamen: 'Mark', brpInOnderzoek: ['geboortedatum'] });
    const [audit] = await prisma.auditEntry.findMany({ where: { persoonId: persoon.id, actie: 'PERSOON_BIJGEWERKT_UIT_BRP' } });
    expect(audit).toMatchObject({ before: expect.objectContaining({ voornamen: 'Marc' }), after: expect.objectContaining({ voornamen: 'Mark' }) });
    await expect(werkPersoonBijUitBrp(f.backoffice, { huishoudenId, persoonId: persoon.id, version: persoon.version + 2 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('new address, moved out, deceased: a task for the regisseur each, once, and nothing changed silently', async () => {
    const registreer = async (bsn: string, leden: { bsn: string; rol: 'KIND' }[]) => {
      const melding = await createMelding(f.gemeenteId);
      const r = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn, leden });
      await createRegie({ id: r.casusId, huishoudenId: r.huishoudenId, gemeenteId: f.gemeenteId }, f.wijkcoach.id);
      return r;
    };
    const menno = await registreer('999999138', [{ bsn: '999999151', rol: 'KIND' }]);
    const maurits = await registreer('999999096', []);
    const takenVan = () => prisma.taak.findMany({ where: { huishoudenId: { in: [menno.huishoudenId, maurits.huishoudenId] } }, orderBy: { titel: 'asc' } });
    expect(await controleerPersonenInBrp({ gemeenteId: f.gemeenteId })).toEqual([expect.objectContaining({ fout: null })]);
    expect(await takenVan()).toEqual([]);

    await wijzigInBrp('999999138', { verblijfplaats: { functieAdres: { code: 'W', omschrijving: 'woonadres' }, straat: 'Spui', naamOpenbareRuimte: 'Spui', huisnummer: '70', postcode: '2511BT', woonplaats: "'s-Gravenhage" } });
    await wijzigInBrp('999999151', { gemeenteVanInschrijving: { code: '0363', omschrijving: 'Amsterdam' }, verblijfplaats: { straat: 'Dam', huisnummer: '1', postcode: '1012JS', woonplaats: 'Amsterdam' } });
    await wijzigInBrp('999999096', { overlijden: { datum: '20261101' } });
    const [verslag] = await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    expect(verslag).toMatchObject({ fout: null });
    expect(verslag.taken).toBeGreaterThanOrEqual(3);
    const taken = await takenVan();
    expect(taken.map((t) => [t.brpSignaal, t.toegewezenAanId, t.casusId])).toEqual([
      ['OVERLEDEN', f.wijkcoach.id, maurits.casusId],
      ['NIEUW_ADRES:2511BT 70', f.wijkcoach.id, menno.casusId],
      ['VERHUISD_BUITEN_GEMEENTE:0363', f.wijkcoach.id, menno.casusId],
    ]);
    expect(taken[1].omschrijving).toMatch(/Spui 70, 2511 BT/);
    // nothing silently changed
    expect(await prisma.huishouden.findUniqueOrThrow({ where: { id: menno.huishoudenId } })).toMatchObject({ straat: 'Turfmarkt', huisnummer: 25 });
    expect((await prisma.persoon.findFirstOrThrow({ where: { gemeenteId: f.gemeenteId, bsn: '999999096' } })).overledenOp).toBeNull();
    // the next night adds nothing
    expect((await controleerPersonenInBrp({ gemeenteId: f.gemeenteId }))[0].taken).toBe(0);
    expect(await takenVan()).toHaveLength(3);
    // the regisseur sees them in Mijn werkvoorraad
    const werk = await getWerkvoorraad(f.wijkcoach);
    expect(JSON.stringify(werk)).toContain('woont op een ander adres');
  });

  it('a casus without a regisseur yet: the task goes to the lead of its team', async () => {
    await prisma.teamLidmaatschap.updateMany({ where: { userId: f.teamlead.id, teamId: f.teamId }, data: { isLead: true } });
    const melding = await createMelding(f.gemeenteId);
    const { huishoudenId, casusId } = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999970021', leden: [] });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).teamId).toBe(f.teamId);
    await wijzigInBrp('999970021', { overlijden: { datum: '20261201' } });
    await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    expect(await prisma.taak.findMany({ where: { huishoudenId }, select: { brpSignaal: true, toegewezenAanId: true } })).toEqual([{ brpSignaal: 'OVERLEDEN', toegewezenAanId: f.teamlead.id }]);
  });
});
