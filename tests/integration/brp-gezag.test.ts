// Issue 20, second part, against the local BRP as `npm start` starts it (startEmbeddedBrp) with the RvIG's test
// persons: a staff member's gezag decision where the BRP names no one (item 1), the resident portal's access to a
// child's part from the stored gezag (item 3), who gets a nightly BRP task when a casus has no regisseur (item 4), and
// the desk's warning for a person registered in another gemeente (item 5). The Maasland family lives at Turfmarkt 25a
// ('s-Gravenhage, 0518): Manfred Mann (999999163), Manon Maasland (999999126), their daughter Meike (999970045).
// Port 3218 (the local BRP; E2E_PORT 3210 + 8 of this worktree).
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { InwonerActor } from '@/lib/auth/inwoner-actor';
import { addCalendarDays, toCalendarDay } from '@/lib/domain/dates';
import { findInwoner, inwonerMaySeePersoon, zichtbarePersonen } from '@/lib/server/access/inwoner-access';
import { controleerPersonenInBrp } from '@/lib/server/brp/controleer-personen-in-brp';
import { getBrpRegistratie } from '@/lib/server/brp/get-brp-registratie';
import { getBrpTakenZonderBehandelaar } from '@/lib/server/brp/get-brp-taken-zonder-behandelaar';
import { neemBrpTaakOp } from '@/lib/server/brp/neem-brp-taak-op';
import { registreerHuishoudenUitBrp } from '@/lib/server/brp/registreer-huishouden-uit-brp';
import { stelGezagVast } from '@/lib/server/brp/stel-gezag-vast';
import { werkPersoonBijUitBrp } from '@/lib/server/brp/werk-persoon-bij-uit-brp';
import { getLeden } from '@/lib/server/dossier/get-leden';
import { recordToestemming } from '@/lib/server/toestemming/record-toestemming';
import type { StelGezagVastInput } from '@/lib/validations/brp';
import { actorFor, createUser } from '../support/factories';
import { useLocalBrp } from '../support/local-brp';
import { createMelding, type FrontDoor } from '../support/melding-factories';

const lokaal = useLocalBrp(3218);
const { wijzigInBrp, herstel: herstelBrp } = lokaal;
let f: FrontDoor;
beforeAll(() => {
  f = lokaal.frontDoor();
});

const today = toCalendarDay(new Date());
const NIET_TE_BEPALEN = { gezag: [{ type: 'GezagNietTeBepalen', minderjarige: { burgerservicenummer: '999970045' }, toelichting: 'gezagsregister raadplegen' }] };

/** The Maasland family registered from the BRP, each time in a fresh copy (the BSNs are unique per gemeente). */
async function registreerGezin() {
  await prisma.huishoudenLidmaatschap.deleteMany({ where: { persoon: { gemeenteId: f.gemeenteId, bsn: { in: ['999999163', '999999126', '999970045'] } } } });
  const melding = await createMelding(f.gemeenteId);
  const { huishoudenId } = await registreerHuishoudenUitBrp(f.frontoffice, {
    meldingId: melding.id, version: melding.version, bsn: '999999163',
    leden: [{ bsn: '999999126', rol: 'PARTNER' }, { bsn: '999970045', rol: 'KIND' }],
  });
  const id = async (bsn: string) => (await prisma.persoon.findFirstOrThrow({ where: { gemeenteId: f.gemeenteId, bsn } })).id;
  return { huishoudenId, manfred: await id('999999163'), manon: await id('999999126'), meike: await id('999970045') };
}
type Gezin = Awaited<ReturnType<typeof registreerGezin>>;

async function inwoner(bsn: string): Promise<InwonerActor> {
  const found = await findInwoner(f.gemeenteId, bsn);
  if (!('inwoner' in found)) throw new Error(found.weigering);
  return found.inwoner;
}
/** Whether the parent sees the child's part, by the single check and by the list (the two must agree). */
async function zietKind(bsn: string, kindId: string): Promise<boolean> {
  const ouder = await inwoner(bsn);
  const enkel = await inwonerMaySeePersoon(ouder, kindId);
  const lijst = (await zichtbarePersonen(ouder)).includes(kindId);
  expect(lijst).toBe(enkel);
  return enkel;
}
const versie = async (persoonId: string) => (await prisma.persoon.findUniqueOrThrow({ where: { id: persoonId } })).version;
const besluit = async (g: Gezin, extra: Partial<StelGezagVastInput> = {}): Promise<StelGezagVastInput> => ({
  huishoudenId: g.huishoudenId, persoonId: g.meike, version: await versie(g.meike), soort: 'GEZAG', houderIds: [g.manon], andereHouder: null,
  grond: 'RECHTERLIJKE_UITSPRAAK', grondDatum: new Date('2025-06-02T00:00:00Z'), grondKenmerk: 'C/09/123456', toelichting: null, ...extra,
});

describe('gezag recorded by a staff member where the BRP names no one (item 1)', () => {
  it('records holders, ground, date and who; ends the earlier gezag; shows it as such; refuses what it must', async () => {
    await wijzigInBrp('999970045', NIET_TE_BEPALEN);
    const g = await registreerGezin();
    expect(await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).toMatchObject({ gezagBron: 'BRP_ONBEKEND' });

    // refusals: no permission, no ground for the household, a child as holder, a stale version
    await expect(stelGezagVast(f.backoffice, await besluit(g))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(stelGezagVast(f.otherWijkcoach, await besluit(g))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(stelGezagVast(f.frontoffice, await besluit(g, { houderIds: [g.meike] }))).rejects.toMatchObject({ code: 'INVALID' });
    await expect(stelGezagVast(f.frontoffice, await besluit(g, { version: 1 + (await versie(g.meike)) }))).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await prisma.vertegenwoordiging.count({ where: { persoonId: g.meike, bron: 'MEDEWERKER' } })).toBe(0);

    await stelGezagVast(f.frontoffice, await besluit(g, { andereHouder: 'Jeugdbescherming west', soort: 'GEZAG' }));
    const p = await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike }, include: { vertegenwoordigd: true } });
    expect(p.gezagBron).toBe('MEDEWERKER');
    const rijen = p.vertegenwoordigd.filter((v) => v.tot === null);
    expect(rijen.map((v) => [v.soort, v.bron, v.vertegenwoordigerId ?? v.naam, v.grond, v.grondKenmerk, v.vastgesteldDoorId]).sort()).toEqual([
      ['GEZAG', 'MEDEWERKER', 'Jeugdbescherming west', 'RECHTERLIJKE_UITSPRAAK', 'C/09/123456', f.frontoffice.id],
      ['GEZAG', 'MEDEWERKER', g.manon, 'RECHTERLIJKE_UITSPRAAK', 'C/09/123456', f.frontoffice.id],
    ].sort());
    expect(rijen[0].grondDatum).toEqual(new Date('2025-06-02T00:00:00Z'));
    const [log] = await prisma.auditEntry.findMany({ where: { entiteitId: g.meike, actie: 'GEZAG_VASTGESTELD' } });
    expect(log).toMatchObject({ actorId: f.frontoffice.id, huishoudenId: g.huishoudenId, after: expect.objectContaining({ grond: 'RECHTERLIJKE_UITSPRAAK', houders: [g.manon] }) });

    // the leden tab shows the decision with its ground and who took it
    const leden = await getLeden(f.frontoffice, g.huishoudenId);
    const meike = leden.huidig.find((l) => l.persoonId === g.meike)!;
    expect(meike.brp.gezagBron).toBe('MEDEWERKER');
    expect(meike.vertegenwoordiging.filter((v) => v.actueel).map((v) => v.besluit)).toEqual([
      expect.objectContaining({ grond: 'RECHTERLIJKE_UITSPRAAK', door: f.frontoffice.naam }), expect.objectContaining({ grond: 'RECHTERLIJKE_UITSPRAAK' }),
    ]);

    // a correction the same day replaces it (the earlier rows hold until yesterday: not current any more)
    await stelGezagVast(f.frontoffice, await besluit(g, { houderIds: [g.manon, g.manfred], grond: 'GEZAGSREGISTER', grondKenmerk: null }));
    const nu = await getLeden(f.frontoffice, g.huishoudenId);
    expect(nu.huidig.find((l) => l.persoonId === g.meike)!.vertegenwoordiging.filter((v) => v.actueel).map((v) => v.naam).sort()).toEqual(['Manfred Mann', 'Manon Maasland']);

    // consent now names the holders of the decision
    await expect(recordToestemming(f.wijkcoach, {
      huishoudenId: g.huishoudenId, persoonId: g.meike, soort: 'BESPREKEN_IN_TEAM', partij: null, doel: null, wijze: 'MONDELING', gegevenOp: today, geldigTot: null, gegevenDoor: null,
    })).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { gegevenDoor: [expect.stringMatching(/vastgesteld door het wijkteam: (Manon Maasland of Manfred Mann|Manfred Mann of Manon Maasland)/)] } });

    // the database refuses a decision without its ground
    await expect(prisma.vertegenwoordiging.create({ data: { gemeenteId: f.gemeenteId, persoonId: g.meike, soort: 'GEZAG', bron: 'MEDEWERKER', naam: 'Iemand' } })).rejects.toThrow(/Vertegenwoordiging_medewerker_grond_check/);
  });

  it('is refused where the BRP names the holders without doubt, allowed when its gezag is in onderzoek', async () => {
    const g = await registreerGezin();
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).gezagBron).toBe('BRP');
    await expect(stelGezagVast(f.frontoffice, await besluit(g))).rejects.toMatchObject({ code: 'TRANSITION_REFUSED', reasons: [expect.stringMatching(/De BRP noemt wie het gezag heeft/)] });

    await wijzigInBrp('999970045', { gezagInOnderzoek: { aanduidingGegevensInOnderzoek: '113200', datumIngangOnderzoek: '20260101' } });
    await werkPersoonBijUitBrp(f.frontoffice, { huishoudenId: g.huishoudenId, persoonId: g.meike, version: await versie(g.meike) });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).brpInOnderzoek).toContain('gezag');
    await stelGezagVast(f.frontoffice, await besluit(g));
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).gezagBron).toBe('MEDEWERKER');
  });
});

describe("the resident portal's access to a child's part follows the stored gezag (item 3)", () => {
  it('BRP gezag counts; typed rows do not override it; no one while the BRP names no one; the decision; the BRP again', async () => {
    const g = await registreerGezin();
    // the BRP names both parents
    expect(await zietKind('999999163', g.meike)).toBe(true);
    expect(await zietKind('999999126', g.meike)).toBe(true);

    // the BRP says "niet te bepalen": the BRP rows end, nobody sees the child's part, even with a typed row left over
    await prisma.vertegenwoordiging.create({ data: { gemeenteId: f.gemeenteId, persoonId: g.meike, vertegenwoordigerId: g.manfred, soort: 'GEZAG', vanaf: addCalendarDays(today, -400) } });
    await wijzigInBrp('999970045', NIET_TE_BEPALEN);
    await werkPersoonBijUitBrp(f.frontoffice, { huishoudenId: g.huishoudenId, persoonId: g.meike, version: await versie(g.meike) });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).gezagBron).toBe('BRP_ONBEKEND');
    expect(await zietKind('999999163', g.meike)).toBe(false);
    expect(await zietKind('999999126', g.meike)).toBe(false);

    // a staff member decides: Manon alone (a rechterlijke uitspraak); Manfred's typed row does not count
    await stelGezagVast(f.frontoffice, await besluit(g));
    expect(await zietKind('999999126', g.meike)).toBe(true);
    expect(await zietKind('999999163', g.meike)).toBe(false);

    // the BRP still names no one the next time: the decision stands
    await werkPersoonBijUitBrp(f.frontoffice, { huishoudenId: g.huishoudenId, persoonId: g.meike, version: await versie(g.meike) });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).gezagBron).toBe('MEDEWERKER');
    expect(await zietKind('999999126', g.meike)).toBe(true);

    // the BRP names both parents again: it is the source once more, the decision ends
    herstelBrp();
    await werkPersoonBijUitBrp(f.frontoffice, { huishoudenId: g.huishoudenId, persoonId: g.meike, version: await versie(g.meike) });
    expect((await prisma.persoon.findUniqueOrThrow({ where: { id: g.meike } })).gezagBron).toBe('BRP');
    expect(await prisma.vertegenwoordiging.count({ where: { persoonId: g.meike, bron: 'MEDEWERKER', OR: [{ tot: null }, { tot: { gte: today } }] } })).toBe(0);
    expect(await zietKind('999999163', g.meike)).toBe(true);
    expect(await zietKind('999999126', g.meike)).toBe(true);
  });

  it('a typed record that never came from the BRP behaves as before', async () => {
    const g = await registreerGezin();
    await prisma.vertegenwoordiging.deleteMany({ where: { persoonId: g.meike } });
    await prisma.persoon.update({ where: { id: g.meike }, data: { gezagBron: null } });
    expect(await zietKind('999999126', g.meike)).toBe(false);
    await prisma.vertegenwoordiging.create({ data: { gemeenteId: f.gemeenteId, persoonId: g.meike, vertegenwoordigerId: g.manon, soort: 'GEZAG', vanaf: addCalendarDays(today, -10) } });
    expect(await zietKind('999999126', g.meike)).toBe(true);
    expect(await zietKind('999999163', g.meike)).toBe(false);
  });
});

describe('nightly BRP tasks for a casus without regisseur (item 4)', () => {
  it("go to the casus team's lead, else a lead of the wijk's teams, else to a list the teamleads see", async () => {
    // No lead in the casus's own team; another team serving the same wijk has one.
    await prisma.teamLidmaatschap.updateMany({ where: { teamId: f.teamId }, data: { isLead: false } });
    const wijkteam = await prisma.team.create({ data: { gemeenteId: f.gemeenteId, naam: 'Wijkteam Noord-Oost', soort: 'WIJKTEAM', wijken: { create: { wijkId: f.wijkId } } } });
    const wijkLead = await createUser(f.gemeenteId, ['TEAMLEAD'], { teamId: wijkteam.id });
    await prisma.teamLidmaatschap.updateMany({ where: { userId: wijkLead.id }, data: { isLead: true } });

    const melding = await createMelding(f.gemeenteId);
    const { huishoudenId, casusId } = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999970021', leden: [] });
    expect((await prisma.casus.findUniqueOrThrow({ where: { id: casusId } })).teamId).toBe(f.teamId);
    await wijzigInBrp('999970021', { overlijden: { datum: '20261201' } });
    await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    expect(await prisma.taak.findMany({ where: { huishoudenId }, select: { brpSignaal: true, toegewezenAanId: true } })).toEqual([{ brpSignaal: 'OVERLEDEN', toegewezenAanId: wijkLead.id }]);

    // no lead anywhere: the task has no behandelaar and shows in Casusverdeling
    await prisma.teamLidmaatschap.updateMany({ where: { userId: wijkLead.id }, data: { isLead: false } });
    const tweede = await createMelding(f.gemeenteId);
    const verhuisd = await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: tweede.id, version: tweede.version, bsn: '999999096', leden: [] });
    await wijzigInBrp('999999096', { gemeenteVanInschrijving: { code: '0363', omschrijving: 'Amsterdam' }, verblijfplaats: { straat: 'Dam', huisnummer: '1', postcode: '1012JS', woonplaats: 'Amsterdam' } });
    await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    const zonder = await prisma.taak.findFirstOrThrow({ where: { huishoudenId: verhuisd.huishoudenId, brpSignaal: { startsWith: 'VERHUISD' } } });
    expect(zonder.toegewezenAanId).toBeNull();
    expect((await getBrpTakenZonderBehandelaar(f.teamlead)).map((t) => t.id)).toEqual([zonder.id]);

    // refusals: a wijkcoach has no Casusverdeling; a teamlead of another team has no ground for the household
    await expect(getBrpTakenZonderBehandelaar(f.wijkcoach)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const andereLead = actorFor(await createUser(f.gemeenteId, ['TEAMLEAD'], { teamId: f.otherTeamId }), [f.otherTeamId]);
    expect(await getBrpTakenZonderBehandelaar(andereLead)).toEqual([]);
    await expect(neemBrpTaakOp(andereLead, { taakId: zonder.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(neemBrpTaakOp(f.wijkcoach, { taakId: zonder.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // the teamlead takes it; a second take (someone else was quicker) is refused, not overwritten
    await neemBrpTaakOp(f.teamlead, { taakId: zonder.id });
    expect((await prisma.taak.findUniqueOrThrow({ where: { id: zonder.id } })).toegewezenAanId).toBe(f.teamlead.id);
    await expect(neemBrpTaakOp(f.teamlead, { taakId: zonder.id })).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await getBrpTakenZonderBehandelaar(f.teamlead)).toEqual([]);
    expect(await prisma.auditEntry.count({ where: { actie: 'BRP_TAAK_OPGEPAKT', entiteitId: zonder.id, actorId: f.teamlead.id } })).toBe(1);
  });
});

describe('a person the BRP has in another gemeente (item 5)', () => {
  it('warns at the desk and registers only with a reason, kept on the person', async () => {
    await wijzigInBrp('999999102', { gemeenteVanInschrijving: { code: '0363', omschrijving: 'Amsterdam' } });
    const melding = await createMelding(f.gemeenteId);
    expect((await getBrpRegistratie(f.frontoffice, melding.id, '999999102')).andereGemeente).toEqual({ code: '0363', naam: 'Amsterdam' });
    await expect(registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999999102', leden: [] }))
      .rejects.toMatchObject({ code: 'INVALID', fieldErrors: { redenAndereGemeente: [expect.stringMatching(/andere gemeente ingeschreven/)] } });
    expect(await prisma.persoon.count({ where: { gemeenteId: f.gemeenteId, bsn: '999999102' } })).toBe(0);

    await registreerHuishoudenUitBrp(f.frontoffice, { meldingId: melding.id, version: melding.version, bsn: '999999102', leden: [], redenAndereGemeente: 'Verhuist volgende week naar onze gemeente' });
    const p = await prisma.persoon.findFirstOrThrow({ where: { gemeenteId: f.gemeenteId, bsn: '999999102' } });
    expect(p).toMatchObject({ brpAndereGemeente: '0363', brpAndereGemeenteReden: 'Verhuist volgende week naar onze gemeente' });
    // the database refuses another gemeente without a reason
    await expect(prisma.persoon.update({ where: { id: p.id }, data: { brpAndereGemeenteReden: null } })).rejects.toThrow(/Persoon_brpAndereGemeente_check/);
    // the nightly check does not call it a move while the BRP still has them in that gemeente
    await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    expect(await prisma.taak.count({ where: { persoonId: p.id } })).toBe(0);
    // registered here in the BRP since: the nightly check ends the exception
    herstelBrp();
    await controleerPersonenInBrp({ gemeenteId: f.gemeenteId });
    expect(await prisma.persoon.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ brpAndereGemeente: null, brpAndereGemeenteReden: null });
    // a person in our own gemeente: no warning
    const tweede = await createMelding(f.gemeenteId);
    expect((await getBrpRegistratie(f.frontoffice, tweede.id, '999999084')).andereGemeente).toBeNull();
  });
});
