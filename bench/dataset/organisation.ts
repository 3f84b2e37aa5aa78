// The demo gemeente grown to the size asked for: the four wijken of the demo (Den Helder's) and as many more as a
// city of that size has (about 6,250 households a wijk), a sociaal wijkteam per extra wijk, and staff in proportion:
// wijkcoaches for a caseload of about forty households each, teamleads, front office, backoffice and
// gedragswetenschappers. The demo accounts keep their teams, so they work under the load of a large city.
import type { MandaatSoort, Rol, Wet } from '@/lib/generated/prisma/enums';
import type { Clock } from '@/prisma/seed/clock';
import { emailLocal, LETTERPAREN, pickAchternaam, pickVoornaam, volledigeNaam } from '@/prisma/seed/names';
import { COACHES, type Organisation, type StaffKey, WIJKEN, type WijkCode } from '@/prisma/seed/organisation';
import type { Rng } from '@/prisma/seed/random';
import { emptyRows, type Rows, uuid } from '@/prisma/seed/rows';

/** Households per wijk in a large Dutch city (a wijk of 12,000–15,000 inhabitants). */
export const HUISHOUDENS_PER_WIJK = 6_250;
/** Share of the households that went the route (a melding, a casus) at some time: see bench/README.md. */
export const ROUTE_SHARE = 0.3;
/** Share of the route in regie (plan, uitvoering, evaluatie), from the stage weights used for the bulk. */
export const IN_REGIE_SHARE = 110 / 545;
/** Households in regie per full-time wijkcoach: the caseload the casusverdeling aims at. */
export const CASELOAD = 40;

export type Coach = { id: string; naam: string; load: number; beschikbaarheid: number; procesregie: boolean; afwezig: boolean };
export type TeamPool = { id: string; naam: string; leadId: string; coaches: Coach[] };

export type BenchWijk = {
  id: string;
  code: string;
  naam: string;
  /** The demo's own wijk code, for the four wijken of the demo. */
  demo: WijkCode | null;
  /** PC4 areas whose postcodes belong to this wijk. */
  areas: string[];
  team: TeamPool;
  /** Indexes into LETTERPAREN the demo's own addresses use (kept free so that no two households share an address). */
  reserved: Set<number>;
  streets: string[];
  nextAddress: number;
};

export type BenchOrganisation = {
  demo: Organisation;
  wijken: BenchWijk[];
  teams: TeamPool[];
  frontoffice: string[];
  backoffice: string[];
  gedrag: string[];
  /** PLAN_VASTSTELLEN per user (the demo's map, extended with the new wijkcoaches). */
  planMandaat: Map<string, Set<Wet | null>>;
};

const WIJKNAMEN = [
  'Oostrand', 'Molenwijk', 'Zeeheldenbuurt', 'De Kooi', 'Visbuurt', 'Tuindorp', 'Westerkwartier', 'Bloemenbuurt',
  'De Dogger', 'Sluisdijk', 'Vogelzang', 'Kruiszwin', 'Huisduinen', 'De Riepel', 'Doorzwin', 'Nieuw-Den Helder Oost',
  'Stad binnen de Linie', 'Van Galenbuurt', 'De Laan', 'Spoorbuurt', 'Blauwe Keet', 'Marinedorp', 'Dijkzicht',
  'Koegras', 'Schootenwijk', 'Willemsoord', 'Hollandse Kade', 'De Venen', 'Polderzicht', 'Kustzone', 'Havenkwartier',
  'Parkwijk', 'Boschwijk', 'Rijksweg-Noord', 'Landbouwbuurt', 'Duinzoom', 'Kinderdijk', 'Lange Vliet', 'Kanaalzone',
  'Lichtwachtersbuurt',
];
const STRAAT_STAM = [
  'Berken', 'Eiken', 'Linden', 'Wilgen', 'Populieren', 'Kastanje', 'Beuken', 'Essen', 'Iepen', 'Platanen', 'Rozen',
  'Anjer', 'Lelie', 'Seringen', 'Vlier', 'Hazelaar', 'Meidoorn', 'Vlinder', 'Libellen', 'Spechten', 'Mussen', 'Zwanen',
  'Kraanvogel', 'Ooievaar', 'Havik', 'Valken', 'Zeemans', 'Loodsen', 'Schippers', 'Vissers', 'Molenaars', 'Smeden',
  'Bakkers', 'Kuipers', 'Touwslagers', 'Zeilmakers', 'Duinroos', 'Helmgras', 'Zeekraal', 'Lamsoor',
];
const STRAAT_SOORT = ['straat', 'laan', 'weg', 'hof', 'plein', 'kade', 'pad', 'singel', 'dreef', 'erf'];

/** House numbers per letter pair of a postcode (one side of a street block). */
export const ADRESSEN_PER_PAAR = 24;

function reservedPairsOfDemo(code: WijkCode | null): Set<number> {
  const reserved = new Set<number>();
  if (!code) return reserved;
  // prisma/seed/households.ts adres(): street s uses pairs (s·41 + ⌊(huisnummer−1)/20⌋) for huisnummers 1–160.
  for (let s = 0; s < 40; s++) for (let k = 0; k < 8; k++) reserved.add((s * 41 + k) % LETTERPAREN.length);
  return reserved;
}

/**
 * Adds wijken, teams and staff for `households` households to the demo organisation (already written). Returns the
 * rows to write (organisation tables only) and the organisation the generator draws staff from.
 */
export function extendOrganisation(
  demo: Organisation,
  options: { households: number; wijken?: number; clock: Clock; rng: Rng; demoLoads: Map<string, number> },
): { org: BenchOrganisation; rows: Rows } {
  const { clock, rng } = options;
  const rows = emptyRows();
  const g = demo.gemeenteId;
  const inDienst = clock.day(-700);
  const wijkCount = Math.max(WIJKEN.length, options.wijken ?? Math.round(options.households / HUISHOUDENS_PER_WIJK));
  const perWijk = options.households / wijkCount;
  const planMandaat = new Map(demo.planMandaat);
  let staffNr = 0;

  const user = (rollen: Rol[], functie: string, extra: { beschikbaarheid?: number } = {}) => {
    const vrouw = rng.chance(0.7); // the social domain employs mostly women
    const naam = { voornamen: pickVoornaam(rng, rng.chance(0.5) ? 'midden' : 'jong', vrouw ? 'VROUW' : 'MAN'), ...pickAchternaam(rng) };
    const id = uuid();
    staffNr++;
    rows.user.push({
      id, gemeenteId: g, email: `${emailLocal(naam)}.${staffNr}@bench.wijkregie.test`, naam: volledigeNaam(naam), functie, rollen,
      telefoon: `0223-69${String(staffNr).padStart(4, '0')}`, beschikbaarheid: extra.beschikbaarheid ?? 100, passwordHash: null,
    });
    return { id, naam: volledigeNaam(naam) };
  };
  const member = (teamId: string, userId: string, isLead = false) =>
    rows.teamLidmaatschap.push({ id: uuid(), teamId, userId, isLead, vanaf: inDienst });
  const mandaat = (userId: string, soort: MandaatSoort, wet: Wet | null) => {
    rows.mandaat.push({ id: uuid(), userId, soort, wet, vanaf: inDienst });
    if (soort === 'PLAN_VASTSTELLEN') planMandaat.set(userId, new Set([...(planMandaat.get(userId) ?? []), wet]));
  };

  const demoCoach = (key: StaffKey, opts: { beschikbaarheid?: number; procesregie?: boolean; afwezig?: boolean } = {}): Coach => ({
    id: demo.users[key].id, naam: demo.users[key].naam, load: options.demoLoads.get(demo.users[key].id) ?? 0,
    beschikbaarheid: opts.beschikbaarheid ?? 100, procesregie: opts.procesregie ?? false, afwezig: opts.afwezig ?? false,
  });
  const noord: TeamPool = {
    id: demo.teamIds.noord, naam: 'Sociaal wijkteam Noord', leadId: demo.users.teamlead.id,
    coaches: [demoCoach('wijkcoach'), demoCoach('procesregisseur', { procesregie: true }), demoCoach('wijkcoachParttime', { beschikbaarheid: 50 })],
  };
  const zuid: TeamPool = {
    id: demo.teamIds.zuid, naam: 'Sociaal wijkteam Zuid', leadId: demo.users.teamleadZuid.id,
    coaches: [demoCoach('wijkcoachZuid'), demoCoach('wijkcoachAfwezig', { afwezig: true })],
  };
  if (COACHES.noord.length !== 3 || COACHES.zuid.length !== 2) throw new Error('prisma/seed/organisation.ts COACHES changed: update bench/dataset/organisation.ts');

  const wijken: BenchWijk[] = WIJKEN.map((w, i) => ({
    id: demo.wijkIds[w.code], code: w.code, naam: w.naam, demo: w.code,
    areas: w.postcodes.map(([van]) => van.slice(0, 4)), team: ['CEN', 'NDH'].includes(w.code) ? noord : zuid,
    reserved: reservedPairsOfDemo(w.code), streets: streets(i), nextAddress: 0,
  }));
  const teams = [noord, zuid];
  for (let i = WIJKEN.length; i < wijkCount; i++) {
    const extra = i - WIJKEN.length;
    const naam = WIJKNAMEN[extra % WIJKNAMEN.length] + (extra >= WIJKNAMEN.length ? ` ${Math.floor(extra / WIJKNAMEN.length) + 1}` : '');
    const code = `W${String(i + 1).padStart(3, '0')}`;
    const id = uuid();
    // Den Helder's own postcodes run 1780–1789; the grown city continues from 1790, two PC4 areas per wijk.
    const areas = [String(1790 + 2 * extra), String(1791 + 2 * extra)];
    rows.wijk.push({ id, gemeenteId: g, code, naam, inwoners: Math.round(perWijk * 2.2) });
    for (const area of areas) rows.postcodeGebied.push({ id: uuid(), gemeenteId: g, wijkId: id, postcodeVan: `${area}AA`, postcodeTot: `${area}ZZ` });
    const teamId = uuid();
    const teamNaam = `Sociaal wijkteam ${naam}`;
    rows.team.push({ id: teamId, gemeenteId: g, naam: teamNaam, soort: 'WIJKTEAM' });
    rows.teamWijk.push({ teamId, wijkId: id });
    const lead = user(['TEAMLEAD'], `Teamleider ${teamNaam}`);
    member(teamId, lead.id, true);
    mandaat(lead.id, 'PLAN_VASTSTELLEN', null);
    mandaat(lead.id, 'DOORZETTINGSMACHT', null);
    const pool: TeamPool = { id: teamId, naam: teamNaam, leadId: lead.id, coaches: [] };
    teams.push(pool);
    wijken.push({ id, code, naam, demo: null, areas, team: pool, reserved: new Set(), streets: streets(i), nextAddress: 0 });
  }

  // Wijkcoaches: enough for a caseload of CASELOAD households in regie each; one in four has the procesregie mandate.
  for (const team of teams) {
    const teamWijken = wijken.filter((w) => w.team === team);
    const households = perWijk * teamWijken.length;
    const needed = Math.max(2, Math.ceil((households * ROUTE_SHARE * IN_REGIE_SHARE) / CASELOAD));
    const capacity = team.coaches.reduce((sum, c) => sum + (c.afwezig ? 0 : c.beschikbaarheid / 100), 0);
    for (let i = 0; i < needed - Math.floor(capacity); i++) {
      const procesregie = i % 4 === 1 || (i === 0 && !team.coaches.some((c) => c.procesregie));
      const coach = user(['WIJKCOACH'], procesregie ? 'Wijkcoach / procesregisseur' : 'Wijkcoach');
      member(team.id, coach.id);
      mandaat(coach.id, 'PLAN_VASTSTELLEN', 'WMO');
      mandaat(coach.id, 'PLAN_VASTSTELLEN', 'JEUGDWET');
      if (procesregie) mandaat(coach.id, 'PROCESREGIE', null);
      for (const w of teamWijken) rows.focuswijk.push({ userId: coach.id, wijkId: w.id });
      team.coaches.push({ ...coach, load: 0, beschikbaarheid: 100, procesregie, afwezig: false });
    }
  }

  // Front office, backoffice and gedragswetenschappers in proportion to the city.
  const frontoffice = [demo.users.frontoffice.id];
  for (let i = 1; i < Math.ceil(options.households / 15_000); i++) {
    const u = user(['FRONTOFFICE'], 'Medewerker klantcontactcentrum');
    member(demo.teamIds.kcc, u.id);
    frontoffice.push(u.id);
  }
  const backoffice = [demo.users.backoffice.id, demo.users.backoffice2.id];
  for (let i = 2; i < 2 * Math.ceil(options.households / 20_000); i++) {
    const u = user(['BACKOFFICE'], 'Consulent backoffice Wmo/Jeugd');
    member(demo.teamIds.backoffice, u.id);
    mandaat(u.id, 'BESCHIKKING_VASTSTELLEN', 'WMO');
    mandaat(u.id, 'BESCHIKKING_VASTSTELLEN', 'JEUGDWET');
    backoffice.push(u.id);
  }
  const gedrag = [demo.users.gedrag.id];
  const extraGedrag = Math.ceil(options.households / 25_000) - 1;
  for (let i = 0; i < extraGedrag; i++) {
    const u = user(['GEDRAGSWETENSCHAPPER'], 'Gedragswetenschapper');
    gedrag.push(u.id);
  }
  // Each extra team gets a gedragswetenschapper (the demo's one keeps Noord and Zuid).
  teams.slice(2).forEach((team, i) => member(team.id, gedrag[1 + (i % Math.max(1, extraGedrag))] ?? gedrag[0]));

  return { org: { demo, wijken, teams, frontoffice, backoffice, gedrag, planMandaat }, rows };
}

function streets(wijkIndex: number): string[] {
  // Distinct per wijk where the lists allow it; generic names, not the demo's (prisma/seed/names.ts STRATEN).
  const names: string[] = [];
  for (let s = 0; s < STRAAT_STAM.length * STRAAT_SOORT.length; s++) {
    const stam = STRAAT_STAM[(s + wijkIndex * 7) % STRAAT_STAM.length];
    const soort = STRAAT_SOORT[(Math.floor(s / STRAAT_STAM.length) + wijkIndex) % STRAAT_SOORT.length];
    names.push(`${stam}${soort}`);
  }
  return names;
}

/**
 * The next free address in the wijk: letter pairs in turn (skipping the demo's), ADRESSEN_PER_PAAR house numbers per
 * pair, four pairs (a block of 96 numbers) per street.
 */
export function nextAddress(w: BenchWijk): { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string } {
  for (;;) {
    const n = w.nextAddress++;
    const slot = Math.floor(n / ADRESSEN_PER_PAAR);
    const pairIndex = slot % LETTERPAREN.length;
    const area = w.areas[Math.floor(slot / LETTERPAREN.length) % w.areas.length];
    if (Math.floor(slot / LETTERPAREN.length) >= w.areas.length) {
      throw new Error(`No addresses left in wijk ${w.naam}: raise HUISHOUDENS_PER_WIJK's wijk count or add areas.`);
    }
    if (w.reserved.has(pairIndex)) {
      w.nextAddress = (slot + 1) * ADRESSEN_PER_PAAR;
      continue;
    }
    const street = Math.floor(slot / 4);
    const huisnummer = 1 + (slot % 4) * ADRESSEN_PER_PAAR + (n % ADRESSEN_PER_PAAR);
    return { straat: w.streets[street % w.streets.length], huisnummer, huisnummerToevoeging: null, postcode: `${area}${LETTERPAREN[pairIndex]}` };
  }
}
