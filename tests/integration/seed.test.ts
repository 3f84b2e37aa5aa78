// The demo seed (prisma/seed.ts): complete, valid under the database's own invariants, deterministic and fast.
import { parseToewijzingBericht, toewijzingBerichtProblemen } from '@/lib/iwmo/toewijzing-bericht';
import { valideerBericht } from '@/lib/iwmo/validatie';
import { uiterlijkeReactiedatum } from '@/lib/domain/beschikking';
import { laadBesluitdagen } from '@/lib/server/termijnwet/besluitdagen';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { isValidBsn } from '@/lib/domain/bsn';
import type { Fase } from '@/lib/generated/prisma/enums';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from '@/prisma/seed';
import { verifyPassword } from '@/lib/auth/password';
import { planMandaatProblem } from '@/lib/domain/plan';
import { regieProblems } from '@/lib/domain/regie';

// A fixed "today", so that the facts below are the same on every run and every machine.
const TODAY = new Date('2026-11-23T14:00:00Z');
const FASES: Fase[] = ['TRIAGE', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN', 'UITVOERING', 'EVALUATIE', 'AFGESLOTEN'];

// Map.groupBy needs Node 21; the engines field allows Node 20.
const groupBy = <T, K>(items: T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

let gemeenteId: string;
let counts: Record<string, number>;
let seconds: number;

beforeAll(async () => {
  expect(await isEmpty(prisma)).toBe(true);
  const started = performance.now();
  ({ gemeenteId, counts } = await seedDemo(prisma, { today: TODAY }));
  seconds = (performance.now() - started) / 1000;
}, 60_000);

describe('seedDemo', () => {
  it('completes in under 30 seconds and leaves the database no longer empty', async () => {
    expect(seconds).toBeLessThan(30);
    expect(await isEmpty(prisma)).toBe(false);
    expect(gemeenteId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates the demo gemeente, a fictitious Den Helder with four wijken', async () => {
    const gemeente = await prisma.gemeente.findUniqueOrThrow({ where: { id: gemeenteId }, include: { wijken: true, bewaartermijnen: true } });
    expect(gemeente).toMatchObject({ naam: 'Den Helder', gemeentecode: '0400', postadres: 'Postbus 2', postcodePlaats: '1780 AA Den Helder', telefoon: '14 0223' });
    expect(gemeente.wijken.map((w) => w.naam).sort()).toEqual(['Centrum', 'De Schooten', 'Julianadorp', 'Nieuw Den Helder']);
    expect(Object.fromEntries(gemeente.bewaartermijnen.map((b) => [b.wet, b.jaren]))).toEqual({ WMO: 15, JEUGDWET: 20, PARTICIPATIEWET: 10 });
  });

  it('has the documented demo accounts with their roles, all with the demo password', async () => {
    const expected: Record<string, string> = {
      'frontoffice@wijkregie.test': 'FRONTOFFICE',
      'wijkcoach@wijkregie.test': 'WIJKCOACH',
      'teamlead@wijkregie.test': 'TEAMLEAD',
      'backoffice@wijkregie.test': 'BACKOFFICE',
      'backoffice2@wijkregie.test': 'BACKOFFICE',
      'gedrag@wijkregie.test': 'GEDRAGSWETENSCHAPPER',
      'beheer@wijkregie.test': 'BEHEERDER',
      'beleid@wijkregie.test': 'BELEID',
      'privacy@wijkregie.test': 'PRIVACY',
    };
    const users = await prisma.user.findMany({ where: { email: { in: Object.keys(expected) } } });
    expect(users).toHaveLength(9);
    for (const user of users) expect(user.rollen).toContain(expected[user.email]);
    for (const [email, rol] of Object.entries(expected)) expect(DEMO_ACCOUNTS).toContainEqual(expect.objectContaining({ email, rol }));
    expect(await verifyPassword(users[0].passwordHash!, DEMO_PASSWORD)).toBe(true);
    // Four eyes needs two people with the beschikking mandate.
    const mandaten = await prisma.mandaat.findMany({ where: { soort: 'BESCHIKKING_VASTSTELLEN', user: { email: { in: ['backoffice@wijkregie.test', 'backoffice2@wijkregie.test'] } } } });
    expect(mandaten).toHaveLength(4);
  });

  it('gives every person a valid, unique test BSN', async () => {
    const personen = await prisma.persoon.findMany({ where: { gemeenteId }, select: { bsn: true } });
    expect(personen.length).toBeGreaterThan(600);
    for (const p of personen) expect(isValidBsn(p.bsn!), p.bsn!).toBe(true);
    expect(new Set(personen.map((p) => p.bsn)).size).toBe(personen.length);
  });

  it('spreads about 300 households over the wijken and every fase of the route', async () => {
    const huishoudens = await prisma.huishouden.count({ where: { gemeenteId } });
    expect(huishoudens).toBeGreaterThanOrEqual(290);
    expect(huishoudens).toBeLessThanOrEqual(310);
    const perFase = await prisma.casus.groupBy({ by: ['fase'], where: { gemeenteId }, _count: true });
    const byFase = Object.fromEntries(perFase.map((r) => [r.fase, r._count]));
    for (const fase of FASES) expect(byFase[fase] ?? 0, fase).toBeGreaterThan(0);
    expect(await prisma.melding.count({ where: { gemeenteId, status: 'NIEUW', casusId: null } })).toBeGreaterThan(10);
    const perWijk = await prisma.huishouden.groupBy({ by: ['wijkId'], where: { gemeenteId }, _count: true });
    expect(perWijk).toHaveLength(4);
  });

  it('has the iWmo/iJw products DOMAIN.md names', async () => {
    const products = await prisma.product.findMany({ where: { gemeenteId, code: { in: ['07A12', '45A04'] } } });
    expect(Object.fromEntries(products.map((p) => [p.code, [p.categorie, p.wet]]))).toEqual({
      '07A12': ['07', 'WMO'],
      '45A04': ['45', 'JEUGDWET'],
    });
  });

  it('has a sociale kaart of at least twenty voorzieningen', async () => {
    expect(await prisma.voorziening.count({ where: { gemeenteId } })).toBeGreaterThanOrEqual(20);
  });

  it('gives every casus in regie exactly one current lead regisseur', async () => {
    const casussen = await prisma.casus.findMany({
      where: { gemeenteId, fase: { in: ['PLAN', 'UITVOERING', 'EVALUATIE'] } },
      select: { nummer: true, regie: { where: { lead: true, tot: null }, select: { id: true } } },
    });
    expect(casussen.length).toBeGreaterThan(50);
    for (const c of casussen) expect(c.regie, c.nummer).toHaveLength(1);
    const wijkcoach = await prisma.regieToewijzing.count({ where: { lead: true, tot: null, regisseur: { email: 'wijkcoach@wijkregie.test' } } });
    expect(wijkcoach).toBeGreaterThanOrEqual(15);
    expect(wijkcoach).toBeLessThanOrEqual(25);
  });

  it('agrees with the regie and mandate rules of the domain library', async () => {
    const regie = await prisma.regieToewijzing.findMany({ where: { gemeenteId, tot: null } });
    const perHuishouden = groupBy(regie, (r) => r.huishoudenId);
    for (const [huishoudenId, assignments] of perHuishouden) expect(regieProblems(assignments), huishoudenId).toEqual([]);
    expect(regie.filter((r) => r.vorm === 'PROCESREGIE' && r.lead).length).toBeGreaterThanOrEqual(3);
    expect(regie.filter((r) => r.aanbiederId && r.lead).length).toBeGreaterThanOrEqual(2);

    const versies = await prisma.planVersie.findMany({
      where: { gemeenteId, vastgesteldDoorId: { not: null } },
      select: { vastgesteldDoorId: true, vastgesteldOp: true, arrangement: { where: { soort: 'MAATWERK' }, select: { productId: true, product: { select: { wet: true } } } } },
    });
    const mandaten = groupBy(await prisma.mandaat.findMany(), (m) => m.userId);
    for (const v of versies) {
      const maatwerk = v.arrangement.map((a) => ({ productId: a.productId, wet: a.product!.wet }));
      expect(planMandaatProblem(mandaten.get(v.vastgesteldDoorId!) ?? [], maatwerk, v.vastgesteldOp!)).toBeNull();
    }
  });

  it('keeps numbers gapless and the Nummering counters at the maximum', async () => {
    for (const [soort, count] of [
      ['melding', await prisma.melding.count({ where: { gemeenteId } })],
      ['casus', await prisma.casus.count({ where: { gemeenteId } })],
      ['aanvraag', await prisma.aanvraag.count({ where: { gemeenteId } })],
      ['beschikking', await prisma.beschikking.count({ where: { gemeenteId } })],
      ['toewijzing', await prisma.toewijzing.count({ where: { gemeenteId } })],
    ] as const) {
      const nummering = await prisma.nummering.findUniqueOrThrow({ where: { gemeenteId_soort: { gemeenteId, soort } } });
      expect(nummering.laatste, soort).toBe(count);
    }
    for (const code of ['WMO301', 'JW301'] as const) {
      const berichten = await prisma.bericht.count({ where: { gemeenteId, code } });
      const nummering = await prisma.nummering.findUnique({ where: { gemeenteId_soort: { gemeenteId, soort: `bericht:${code}` } } });
      expect(nummering?.laatste ?? 0, code).toBe(berichten);
    }
    const max = await prisma.toewijzing.aggregate({ where: { gemeenteId }, _max: { toewijzingNummer: true } });
    expect(max._max.toewijzingNummer).toBe(counts.toewijzing);
    expect(await prisma.melding.findFirst({ where: { gemeenteId, kenmerk: 'M-2026-000001' } })).not.toBeNull();
  });

  it('stores the toewijzingbericht of every sent toewijzing, as the application would have sent it', async () => {
    const verzonden = await prisma.toewijzing.findMany({
      where: { gemeenteId, status: 'VERZONDEN' },
      select: { toewijzingNummer: true, aanbiederId: true, berichten: { select: { bericht: { select: { code: true, aanbiederId: true, xml: true } } } } },
    });
    expect(verzonden.length).toBeGreaterThan(5);
    for (const t of verzonden) {
      // One message each; the one the aanbieder refused was sent again, corrected (issue 19's story).
      expect(t.berichten.length, `toewijzing ${t.toewijzingNummer}`).toBeGreaterThanOrEqual(1);
      const { bericht } = t.berichten[t.berichten.length - 1];
      expect(bericht.aanbiederId).toBe(t.aanbiederId);
      const parsed = parseToewijzingBericht(bericht.xml);
      expect(toewijzingBerichtProblemen(parsed)).toEqual([]);
      expect(parsed.producten.map((p) => p.toewijzingNummer)).toContain(t.toewijzingNummer);
    }
    expect(await prisma.toewijzing.count({ where: { gemeenteId, status: 'NIEUW', berichten: { some: {} } } })).toBe(0);
  });

  it('tells the story of the berichtenverkeer: accepted, one refused and sent again, care started and stopped, a verzoek waiting, a declaratie partly rejected', async () => {
    const declaraties = await prisma.declaratie.findMany({ where: { gemeenteId }, include: { prestaties: { orderBy: { begindatum: 'asc' } } } });
    expect(declaraties.map((d) => d.status)).toEqual(['DEELS_TOEGEKEND']);
    expect(declaraties[0].prestaties.map((p) => p.retourcodes)).toEqual([[], ['9321']]);
    expect(await valideerBericht(declaraties[0].antwoordXml, 'WMO325')).toEqual({ xsd: [], regels: [] });
    expect(await prisma.bericht.count({ where: { gemeenteId, retourGoedgekeurd: true } })).toBeGreaterThan(5);
    expect(await prisma.bericht.count({ where: { gemeenteId, retourGoedgekeurd: false } })).toBe(1);
    expect(await prisma.bericht.count({ where: { gemeenteId, retourGoedgekeurd: false, opnieuwVerstuurdAlsId: { not: null } } })).toBe(1);
    expect(await prisma.bericht.count({ where: { gemeenteId, retourOp: null } })).toBeGreaterThan(0);
    expect(await prisma.toewijzing.count({ where: { gemeenteId, berichten: { some: { bericht: { retourGoedgekeurd: false } } }, AND: { berichten: { some: { bericht: { retourGoedgekeurd: true } } } } } })).toBeGreaterThan(0);
    expect(await prisma.zorglevering.count({ where: { gemeenteId, einddatum: null } })).toBeGreaterThan(3);
    expect(await prisma.zorglevering.count({ where: { gemeenteId, einddatum: { not: null } } })).toBe(1);
    expect(await prisma.aanbiederVerzoek.count({ where: { gemeenteId, status: 'OPEN' } })).toBe(1);
    expect(await prisma.inkomendBericht.count({ where: { gemeenteId, status: 'GEWEIGERD' } })).toBe(1);
  });

  it('keeps only incoming messages that the standard accepts, as processed ones', async () => {
    const inkomend = await prisma.inkomendBericht.findMany({ where: { gemeenteId, status: 'VERWERKT' }, select: { soort: true, inhoud: true, bestandsnaam: true } });
    expect(inkomend.length).toBeGreaterThan(10);
    for (const b of inkomend) expect(await valideerBericht(b.inhoud, b.soort!), b.bestandsnaam).toEqual({ xsd: [], regels: [] });
  }, 180_000);

  it('stores only messages that the 3.2 XSD and the TR/CD/CS rules of the standard accept (0 errors, 0 Fout)', async () => {
    const berichten = await prisma.bericht.findMany({ where: { gemeenteId }, select: { code: true, berichtNummer: true, xml: true } });
    expect(berichten.length).toBeGreaterThan(5);
    const fouten: string[] = [];
    for (const b of berichten) {
      const { xsd, regels } = await valideerBericht(b.xml, b.code);
      for (const f of xsd ?? ['geen XSD']) fouten.push(`${b.code} ${b.berichtNummer}: ${f}`);
      for (const f of regels) fouten.push(`${b.code} ${b.berichtNummer}: ${f.code} ${f.locaties.join(' ')} ${f.details}`);
    }
    expect(fouten).toEqual([]);
  }, 120_000);

  it('shows the backoffice work in every state and four eyes on every vastgestelde beschikking', async () => {
    const statuses = await prisma.aanvraag.groupBy({ by: ['status'], where: { gemeenteId }, _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(['BESCHIKT', 'INGETROKKEN', 'IN_BEHANDELING', 'ONTVANGEN', 'OPGESCHORT']);
    const verzonden = await prisma.beschikking.findMany({ where: { gemeenteId, status: 'VERZONDEN' } });
    const besluitdagen = await laadBesluitdagen(prisma);
    expect(verzonden.length).toBeGreaterThan(20);
    for (const b of verzonden) {
      expect(b.vastgesteldDoorId).not.toBe(b.opgesteldDoorId);
      // Six weeks, moved by the Algemene termijnenwet when they end on a weekend or feestdag (issue 17).
      expect(b.bezwaarTermijnDagen).toBe(42);
      expect(b.uiterlijkeReactiedatum).toEqual(uiterlijkeReactiedatum(b.verzenddatum!, 42, besluitdagen));
      expect(b.uiterlijkeReactiedatum!.getTime() - b.verzenddatum!.getTime()).toBeGreaterThanOrEqual(42 * 86_400_000);
    }
  });

  it('is deterministic: the same households and the same spread for the same today', async () => {
    // Written down from a run. The oldest melding gets M-2026-000001; its household is the first of the casussen.
    const eerste = await prisma.melding.findFirstOrThrow({
      where: { gemeenteId, kenmerk: 'M-2026-000001' },
      select: { naam: true, huishouden: { select: { naam: true } }, casus: { select: { nummer: true } } },
    });
    expect(eerste).toEqual({ naam: 'Saskia Verhoeven', huishouden: { naam: 'Huishouden Verhoeven' }, casus: { nummer: 'C-2026-000001' } });
    const stages = Object.fromEntries(Object.entries(counts).filter(([k]) => k.startsWith('stage.')));
    expect(stages).toEqual({
      'stage.NIEUW': 27,
      'stage.TRIAGE': 33,
      'stage.KORTDURENDE_HULP': 16,
      'stage.VRAAGVERHELDERING': 44,
      'stage.WACHT_OP_REGIE': 27,
      'stage.PLAN': 38,
      'stage.UITVOERING': 66,
      'stage.EVALUATIE': 16,
      'stage.AFGESLOTEN': 33,
    });
    expect(counts.persoon).toBe(671);
  });
});
