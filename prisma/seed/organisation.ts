// The organisation of the demo gemeente: a fictitious copy of Den Helder (DOMAIN.md §7) with its four wijken, two
// wijkteams, a backoffice and a klantcontactcentrum, and the staff accounts people sign in with.
import type { MandaatSoort, Rol, TeamSoort, Wet, ZrmDomein } from '@/lib/generated/prisma/enums';
import { DEFAULT_LEEFGEBIEDEN } from '@/lib/domain/zrm';
import type { Clock } from './clock';
import { type Rows, uuid } from './rows';
import type { LeefgebiedKey } from './texts';

/** Every demo account signs in with this password (development and demo only). */
export const DEMO_PASSWORD = 'Wijkregie-demo-2026';

export type WijkCode = 'CEN' | 'NDH' | 'SCH' | 'JUL';

export interface WijkDef {
  code: WijkCode;
  naam: string;
  inwoners: number;
  /** Households in Den Helder 2014 (DOMAIN.md §7): the weight for spreading the demo households. */
  huishoudens: number;
  /** Inclusive postcode ranges. Approximate: Den Helder uses 1780–1789; this split over the wijken is invented. */
  postcodes: readonly (readonly [string, string])[];
}

export const WIJKEN: readonly WijkDef[] = [
  { code: 'CEN', naam: 'Centrum', inwoners: 20_044, huishoudens: 10_173, postcodes: [['1781AA', '1781ZZ'], ['1782AA', '1782ZZ']] },
  { code: 'NDH', naam: 'Nieuw Den Helder', inwoners: 12_508, huishoudens: 6_329, postcodes: [['1785AA', '1785ZZ'], ['1786AA', '1786ZZ']] },
  { code: 'SCH', naam: 'De Schooten', inwoners: 9_369, huishoudens: 4_727, postcodes: [['1783AA', '1783ZZ'], ['1784AA', '1784ZZ']] },
  { code: 'JUL', naam: 'Julianadorp', inwoners: 14_702, huishoudens: 5_967, postcodes: [['1787AA', '1787ZZ'], ['1788AA', '1788ZZ']] },
];

export type TeamKey = 'noord' | 'zuid' | 'backoffice' | 'kcc';

const TEAMS: readonly { key: TeamKey; naam: string; soort: TeamSoort; wijken: WijkCode[] }[] = [
  { key: 'noord', naam: 'Sociaal wijkteam Noord', soort: 'WIJKTEAM', wijken: ['CEN', 'NDH'] },
  { key: 'zuid', naam: 'Sociaal wijkteam Zuid', soort: 'WIJKTEAM', wijken: ['SCH', 'JUL'] },
  { key: 'backoffice', naam: 'Backoffice Wmo/Jeugd', soort: 'BACKOFFICE', wijken: [] },
  { key: 'kcc', naam: 'Klantcontactcentrum', soort: 'FRONTOFFICE', wijken: [] },
];

/** Which wijkteam serves a wijk. */
export const TEAM_VAN_WIJK: Record<WijkCode, TeamKey> = { CEN: 'noord', NDH: 'noord', SCH: 'zuid', JUL: 'zuid' };

export type StaffKey =
  | 'frontoffice' | 'wijkcoach' | 'teamlead' | 'backoffice' | 'backoffice2' | 'gedrag' | 'beheer' | 'beleid'
  | 'privacy' | 'teamleadZuid' | 'procesregisseur' | 'wijkcoachParttime' | 'wijkcoachAfwezig' | 'wijkcoachZuid';

interface StaffDef {
  key: StaffKey;
  email: string;
  naam: string;
  functie: string;
  rollen: Rol[];
  teams: { team: TeamKey; isLead?: boolean }[];
  focuswijken?: WijkCode[];
  /** wet null: every law. */
  mandaten?: { soort: MandaatSoort; wet: Wet | null }[];
  beschikbaarheid?: number;
  /** Away until this many days from today. */
  afwezigDagen?: number;
}

const PLAN_WMO_JEUGD = [
  { soort: 'PLAN_VASTSTELLEN', wet: 'WMO' },
  { soort: 'PLAN_VASTSTELLEN', wet: 'JEUGDWET' },
] as const;
const BESCHIKKING_WMO_JEUGD = [
  { soort: 'BESCHIKKING_VASTSTELLEN', wet: 'WMO' },
  { soort: 'BESCHIKKING_VASTSTELLEN', wet: 'JEUGDWET' },
] as const;
const TEAMLEAD_MANDATEN = [
  { soort: 'PLAN_VASTSTELLEN', wet: null },
  { soort: 'DOORZETTINGSMACHT', wet: null },
] as const;

/** Staff, all invented. The first nine are the documented demo accounts, one per role (plus a second backoffice for four eyes). */
const STAFF: readonly StaffDef[] = [
  { key: 'frontoffice', email: 'frontoffice@wijkregie.test', naam: 'Sanne de Boer', functie: 'Medewerker klantcontactcentrum', rollen: ['FRONTOFFICE'], teams: [{ team: 'kcc' }] },
  { key: 'wijkcoach', email: 'wijkcoach@wijkregie.test', naam: 'Mirjam Hoekstra', functie: 'Wijkcoach', rollen: ['WIJKCOACH'], teams: [{ team: 'noord' }], focuswijken: ['CEN'], mandaten: [...PLAN_WMO_JEUGD] },
  { key: 'teamlead', email: 'teamlead@wijkregie.test', naam: 'Erik van Dijk', functie: 'Teamleider Sociaal wijkteam Noord', rollen: ['TEAMLEAD'], teams: [{ team: 'noord', isLead: true }], mandaten: [...TEAMLEAD_MANDATEN] },
  { key: 'backoffice', email: 'backoffice@wijkregie.test', naam: 'Nicole Brouwer', functie: 'Consulent backoffice Wmo/Jeugd', rollen: ['BACKOFFICE'], teams: [{ team: 'backoffice' }], mandaten: [...BESCHIKKING_WMO_JEUGD] },
  { key: 'backoffice2', email: 'backoffice2@wijkregie.test', naam: 'Hasan Kaya', functie: 'Consulent backoffice Wmo/Jeugd', rollen: ['BACKOFFICE'], teams: [{ team: 'backoffice' }], mandaten: [...BESCHIKKING_WMO_JEUGD] },
  { key: 'gedrag', email: 'gedrag@wijkregie.test', naam: 'Annelies Verbeek', functie: 'Gedragswetenschapper', rollen: ['GEDRAGSWETENSCHAPPER'], teams: [{ team: 'noord' }, { team: 'zuid' }] },
  { key: 'beheer', email: 'beheer@wijkregie.test', naam: 'Martin Zwart', functie: 'Functioneel beheerder', rollen: ['BEHEERDER'], teams: [] },
  { key: 'beleid', email: 'beleid@wijkregie.test', naam: 'Ingrid Dekker', functie: 'Beleidsadviseur sociaal domein', rollen: ['BELEID'], teams: [] },
  { key: 'privacy', email: 'privacy@wijkregie.test', naam: 'Joost Mulder', functie: 'Privacy officer', rollen: ['PRIVACY'], teams: [] },
  { key: 'teamleadZuid', email: 'teamlead.zuid@wijkregie.test', naam: 'Karin Vos', functie: 'Teamleider Sociaal wijkteam Zuid', rollen: ['TEAMLEAD'], teams: [{ team: 'zuid', isLead: true }], mandaten: [...TEAMLEAD_MANDATEN] },
  { key: 'procesregisseur', email: 'johan.smit@wijkregie.test', naam: 'Johan Smit', functie: 'Wijkcoach / procesregisseur', rollen: ['WIJKCOACH'], teams: [{ team: 'noord' }], focuswijken: ['NDH'], mandaten: [{ soort: 'PROCESREGIE', wet: null }, ...PLAN_WMO_JEUGD] },
  { key: 'wijkcoachParttime', email: 'fatima.elamrani@wijkregie.test', naam: 'Fatima el Amrani', functie: 'Wijkcoach jeugd en gezin', rollen: ['WIJKCOACH'], teams: [{ team: 'noord' }], focuswijken: ['CEN'], beschikbaarheid: 50 },
  { key: 'wijkcoachAfwezig', email: 'ruben.dejong@wijkregie.test', naam: 'Ruben de Jong', functie: 'Wijkcoach', rollen: ['WIJKCOACH'], teams: [{ team: 'zuid' }], focuswijken: ['JUL'], mandaten: [{ soort: 'PLAN_VASTSTELLEN', wet: 'WMO' }], afwezigDagen: 9 },
  { key: 'wijkcoachZuid', email: 'lotte.kramer@wijkregie.test', naam: 'Lotte Kramer', functie: 'Wijkcoach', rollen: ['WIJKCOACH'], teams: [{ team: 'zuid' }], focuswijken: ['SCH'], mandaten: [...PLAN_WMO_JEUGD] },
];

/** The demo accounts for the README, the login page hint and the tests. All use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly { email: string; naam: string; rol: Rol }[] = STAFF.map((s) => ({
  email: s.email,
  naam: s.naam,
  rol: s.rollen[0],
}));

export interface LeefgebiedRef {
  id: string;
  code: string;
  naam: string;
  zrmDomein: ZrmDomein | null;
}

export interface Organisation {
  gemeenteId: string;
  wijkIds: Record<WijkCode, string>;
  teamIds: Record<TeamKey, string>;
  users: Record<StaffKey, { id: string; naam: string }>;
  /** Leefgebied per ZRM domain (or its own code when it has none), as seeded from DEFAULT_LEEFGEBIEDEN. */
  leefgebieden: Map<LeefgebiedKey, LeefgebiedRef>;
  /** Which wet a user may vaststellen a plan for (null in the set: every law). */
  planMandaat: Map<string, Set<Wet | null>>;
}

export function buildOrganisation(rows: Rows, clock: Clock, passwordHash: string): Organisation {
  const gemeenteId = uuid();
  rows.gemeente.push({
    id: gemeenteId,
    naam: 'Den Helder',
    gemeentecode: '0400',
    postadres: 'Postbus 2',
    postcodePlaats: '1780 AA Den Helder',
    telefoon: '14 0223',
    website: 'https://www.denhelder.example',
    email: 'sociaalwijkteam@denhelder.example',
    // A fictitious copy for demonstration: the address block is Den Helder's shape, the domain is not theirs.
    briefhoofd: 'Gemeente Den Helder\nSociaal Domein – Sociale wijkteams\nPostbus 2, 1780 AA Den Helder\nTelefoon 14 0223 · www.denhelder.example',
    ondertekening: 'Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders van Den Helder,\n\nde teamleider Sociaal wijkteam',
  });

  // Demo settings, not legal advice: a gemeente's archive selection list decides the real bewaartermijnen.
  const bewaar: [Wet, number][] = [['WMO', 15], ['JEUGDWET', 20], ['PARTICIPATIEWET', 10]];
  for (const [wet, jaren] of bewaar) rows.bewaartermijn.push({ id: uuid(), gemeenteId, wet, jaren });

  const wijkIds = {} as Record<WijkCode, string>;
  for (const w of WIJKEN) {
    const id = uuid();
    wijkIds[w.code] = id;
    rows.wijk.push({ id, gemeenteId, code: w.code, naam: w.naam, inwoners: w.inwoners });
    for (const [postcodeVan, postcodeTot] of w.postcodes) {
      rows.postcodeGebied.push({ id: uuid(), gemeenteId, wijkId: id, postcodeVan, postcodeTot });
    }
  }

  const leefgebieden = new Map<LeefgebiedKey, LeefgebiedRef>();
  for (const l of DEFAULT_LEEFGEBIEDEN) {
    const id = uuid();
    rows.leefgebied.push({ id, gemeenteId, code: l.code, naam: l.naam, zrmDomein: l.zrmDomein, volgorde: l.volgorde });
    const key = (l.zrmDomein ?? l.code) as LeefgebiedKey;
    if (!leefgebieden.has(key)) leefgebieden.set(key, { id, code: l.code, naam: l.naam, zrmDomein: l.zrmDomein });
  }

  const teamIds = {} as Record<TeamKey, string>;
  for (const t of TEAMS) {
    const id = uuid();
    teamIds[t.key] = id;
    rows.team.push({ id, gemeenteId, naam: t.naam, soort: t.soort });
    for (const w of t.wijken) rows.teamWijk.push({ teamId: id, wijkId: wijkIds[w] });
  }

  const users = {} as Record<StaffKey, { id: string; naam: string }>;
  const planMandaat = new Map<string, Set<Wet | null>>();
  const inDienst = clock.day(-900);
  STAFF.forEach((s, i) => {
    const id = uuid();
    users[s.key] = { id, naam: s.naam };
    rows.user.push({
      id,
      gemeenteId,
      email: s.email,
      naam: s.naam,
      functie: s.functie,
      telefoon: `0223-6784${String(i + 1).padStart(2, '0')}`, // fixed work numbers, no random draw
      rollen: s.rollen,
      passwordHash,
      beschikbaarheid: s.beschikbaarheid ?? 100,
      afwezigTot: s.afwezigDagen ? clock.day(s.afwezigDagen) : null,
      wachtwoordGewijzigdOp: clock.now,
    });
    for (const lid of s.teams) {
      rows.teamLidmaatschap.push({ id: uuid(), teamId: teamIds[lid.team], userId: id, isLead: lid.isLead ?? false, vanaf: inDienst });
    }
    for (const w of s.focuswijken ?? []) rows.focuswijk.push({ userId: id, wijkId: wijkIds[w] });
    for (const m of s.mandaten ?? []) {
      rows.mandaat.push({ id: uuid(), userId: id, soort: m.soort, wet: m.wet, vanaf: inDienst });
      if (m.soort === 'PLAN_VASTSTELLEN') {
        const set = planMandaat.get(id) ?? new Set<Wet | null>();
        set.add(m.wet);
        planMandaat.set(id, set);
      }
    }
  });

  return { gemeenteId, wijkIds, teamIds, users, leefgebieden, planMandaat };
}

/** May this user vaststellen a plan under this law? */
export function magPlanVaststellen(org: Organisation, userId: string, wet: Wet): boolean {
  const set = org.planMandaat.get(userId);
  return !!set && (set.has(null) || set.has(wet));
}

/** The wijkcoaches of a wijkteam, with the share of a full caseload the casusverdeling gives them. */
export const COACHES: Record<'noord' | 'zuid', readonly StaffKey[]> = {
  noord: ['wijkcoach', 'procesregisseur', 'wijkcoachParttime'],
  zuid: ['wijkcoachZuid', 'wijkcoachAfwezig'],
};

export const TEAMLEAD_VAN: Record<'noord' | 'zuid', StaffKey> = { noord: 'teamlead', zuid: 'teamleadZuid' };
