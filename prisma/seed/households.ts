// Households and the people in them: spread over the four wijken in Den Helder's proportions, with invented names,
// addresses in the wijk's postcode range and test BSNs (lib/domain/bsn.ts), unique across the demo.
import type { Geslacht, HuishoudenRol } from '@/lib/generated/prisma/enums';
import { generateTestBsn } from '@/lib/domain/bsn';
import { addDays, type Clock } from './clock';
import {
  emailLocal, familienaam, generatieVoor, LETTERPAREN, MOBIEL, type Naam, pickAchternaam, pickVoornaam, STRATEN,
  VAST, volledigeNaam,
} from './names';
import { type Organisation, WIJKEN, type WijkCode } from './organisation';
import { apportion, type Rng } from './random';
import { type Rows, uuid } from './rows';

export type Samenstelling = 'alleen' | 'paar' | 'eenouder' | 'gezin';

export interface PersoonRef {
  id: string;
  naam: Naam;
  volledigeNaam: string;
  geboortedatum: Date;
  leeftijd: number;
  geslacht: Geslacht;
  rol: HuishoudenRol;
  telefoon: string | null;
  email: string | null;
}

export interface HuishoudenRef {
  id: string;
  naam: string;
  wijk: WijkCode;
  straat: string;
  huisnummer: number;
  huisnummerToevoeging: string | null;
  postcode: string;
  samenstelling: Samenstelling;
  leden: PersoonRef[];
  hoofd: PersoonRef;
  partner: PersoonRef | null;
  kinderen: PersoonRef[];
}

/** Builds persons, households and memberships; hands out BSN seeds and addresses so that both stay unique. */
export class HouseholdFactory {
  private bsnSeed = 100_000;
  private readonly usedBsns = new Set<string>();
  private readonly usedAddresses = new Set<string>();
  private readonly memberships = new Map<string, { tot?: Date | null }>();

  constructor(
    private readonly rows: Rows,
    private readonly org: Organisation,
    private readonly clock: Clock,
    private readonly rng: Rng,
  ) {}

  /** `total` households over the wijken in proportion to Den Helder's household counts, in a shuffled order. */
  buildAll(total: number): HuishoudenRef[] {
    const perWijk = apportion(total, Object.fromEntries(WIJKEN.map((w) => [w.code, w.huishoudens])) as Record<WijkCode, number>);
    const wijken = this.rng.shuffle(WIJKEN.flatMap((w) => Array<WijkCode>(perWijk[w.code]).fill(w.code)));
    return wijken.map((wijk) => this.build(wijk, this.rng.weighted<Samenstelling>([['alleen', 36], ['paar', 22], ['eenouder', 17], ['gezin', 25]])));
  }

  build(wijk: WijkCode, samenstelling: Samenstelling): HuishoudenRef {
    const rng = this.rng;
    const achternaam = pickAchternaam(rng);
    const leden: PersoonRef[] = [];
    let hoofd: PersoonRef;
    let partner: PersoonRef | null = null;
    const kinderen: PersoonRef[] = [];

    if (samenstelling === 'alleen') {
      const leeftijd = rng.chance(0.45) ? rng.int(67, 93) : rng.int(20, 66);
      hoofd = this.persoon(achternaam, leeftijd, rng.chance(0.55) ? 'VROUW' : 'MAN', 'HOOFDBEWONER');
    } else if (samenstelling === 'paar') {
      const leeftijd = rng.chance(0.6) ? rng.int(66, 90) : rng.int(25, 65);
      const geslacht = rng.chance(0.9) ? 'MAN' : 'VROUW';
      hoofd = this.persoon(achternaam, leeftijd, geslacht, 'HOOFDBEWONER');
      partner = this.persoon(rng.chance(0.5) ? achternaam : pickAchternaam(rng), Math.max(19, leeftijd + rng.int(-6, 4)), rng.chance(0.93) ? (geslacht === 'MAN' ? 'VROUW' : 'MAN') : geslacht, 'PARTNER');
    } else {
      const leeftijd = rng.int(26, 52);
      // Single parents are mostly mothers (as in CBS figures); in two-parent families either may be hoofdbewoner.
      const geslacht = samenstelling === 'eenouder' ? (rng.chance(0.82) ? 'VROUW' : 'MAN') : rng.chance(0.7) ? 'MAN' : 'VROUW';
      hoofd = this.persoon(achternaam, leeftijd, geslacht, 'HOOFDBEWONER');
      if (samenstelling === 'gezin') {
        const partnerGeslacht = rng.chance(0.95) ? (geslacht === 'MAN' ? 'VROUW' : 'MAN') : geslacht;
        partner = this.persoon(rng.chance(0.6) ? achternaam : pickAchternaam(rng), Math.max(21, leeftijd + rng.int(-5, 3)), partnerGeslacht, 'PARTNER');
      }
      const jongsteOuder = Math.min(hoofd.leeftijd, partner?.leeftijd ?? hoofd.leeftijd);
      const aantal = rng.weighted([[1, 35], [2, 42], [3, 23]]);
      for (let i = 0; i < aantal; i++) {
        const max = Math.min(19, jongsteOuder - 20);
        const kindLeeftijd = rng.int(0, Math.max(0, max));
        kinderen.push(this.persoon(achternaam, kindLeeftijd, rng.chance(0.5) ? 'MAN' : 'VROUW', 'KIND'));
      }
      kinderen.sort((a, b) => b.leeftijd - a.leeftijd);
    }
    leden.push(hoofd);
    if (partner) leden.push(partner);
    leden.push(...kinderen);

    const id = uuid();
    const adres = this.adres(wijk);
    const naam = `Huishouden ${familienaam(hoofd.naam)}`;
    this.rows.huishouden.push({
      id,
      gemeenteId: this.org.gemeenteId,
      naam,
      ...adres,
      woonplaats: wijk === 'JUL' ? 'Julianadorp' : 'Den Helder',
      wijkId: this.org.wijkIds[wijk],
    });
    // People have lived here for a while; the youngest since birth.
    const sinds = this.clock.day(-rng.int(400, 6000));
    for (const p of leden) {
      const vanaf = p.geboortedatum > sinds ? p.geboortedatum : sinds;
      this.addMembership(id, p.id, p.rol, vanaf, null, null);
    }
    for (const kind of kinderen.filter((k) => k.leeftijd < 18)) {
      for (const ouder of [hoofd, partner]) {
        if (!ouder) continue;
        this.rows.vertegenwoordiging.push({ id: uuid(), gemeenteId: this.org.gemeenteId, persoonId: kind.id, vertegenwoordigerId: ouder.id, soort: 'GEZAG', vanaf: kind.geboortedatum });
      }
    }
    return { id, naam, wijk, ...adres, samenstelling, leden, hoofd, partner, kinderen };
  }

  /**
   * A person leaves a household: the membership ends; with `naar` they become hoofdbewoner of a new one-person
   * household in that wijk (with the reason on the new membership), without it they moved out of the gemeente.
   */
  verhuis(persoon: PersoonRef, op: Date, naar: WijkCode | null, reden: string): HuishoudenRef | null {
    const membership = this.memberships.get(persoon.id);
    if (membership) membership.tot = op;
    if (!naar) return null;
    const id = uuid();
    const adres = this.adres(naar);
    const naam = `Huishouden ${familienaam(persoon.naam)}`;
    this.rows.huishouden.push({ id, gemeenteId: this.org.gemeenteId, naam, ...adres, woonplaats: naar === 'JUL' ? 'Julianadorp' : 'Den Helder', wijkId: this.org.wijkIds[naar] });
    const nieuw: PersoonRef = { ...persoon, rol: 'HOOFDBEWONER' };
    this.addMembership(id, persoon.id, 'HOOFDBEWONER', addDays(op, 1), null, reden);
    return { id, naam, wijk: naar, ...adres, samenstelling: 'alleen', leden: [nieuw], hoofd: nieuw, partner: null, kinderen: [] };
  }

  private addMembership(huishoudenId: string, persoonId: string, rol: HuishoudenRol, vanaf: Date, tot: Date | null, reden: string | null) {
    const row = { id: uuid(), gemeenteId: this.org.gemeenteId, huishoudenId, persoonId, rol, vanaf, tot, reden };
    this.rows.huishoudenLidmaatschap.push(row);
    this.memberships.set(persoonId, row);
  }

  private persoon(achternaam: { tussenvoegsel: string | null; achternaam: string }, leeftijd: number, geslacht: 'MAN' | 'VROUW', rol: HuishoudenRol): PersoonRef {
    const rng = this.rng;
    const naam: Naam = { voornamen: pickVoornaam(rng, generatieVoor(leeftijd), geslacht), ...achternaam };
    const geboortedatum = this.clock.birthDate(leeftijd, rng.int(0, 364));
    const volwassen = leeftijd >= 18;
    const telefoon = volwassen && rng.chance(0.8) ? (leeftijd > 75 && rng.chance(0.5) ? VAST(rng) : MOBIEL(rng)) : null;
    const email = volwassen && rng.chance(leeftijd < 75 ? 0.55 : 0.2) ? `${emailLocal(naam)}@voorbeeld.example` : null;
    // A few adults register their gender as unspecified, as the BRP allows.
    const geslachtBrp: Geslacht = volwassen && rng.chance(0.01) ? 'NIET_GESPECIFICEERD' : geslacht;
    const id = uuid();
    this.rows.persoon.push({
      id,
      gemeenteId: this.org.gemeenteId,
      bsn: this.nextBsn(),
      voornamen: naam.voornamen,
      tussenvoegsel: naam.tussenvoegsel,
      achternaam: naam.achternaam,
      geboortedatum,
      geslacht: geslachtBrp,
      telefoon,
      email,
    });
    return { id, naam, volledigeNaam: volledigeNaam(naam), geboortedatum, leeftijd, geslacht: geslachtBrp, rol, telefoon, email };
  }

  private nextBsn(): string {
    // generateTestBsn gives distinct numbers for distinct seeds; the set is a guard, not a retry loop in practice.
    let bsn = generateTestBsn(this.bsnSeed++);
    while (this.usedBsns.has(bsn)) bsn = generateTestBsn(this.bsnSeed++);
    this.usedBsns.add(bsn);
    return bsn;
  }

  /**
   * An address in the wijk: each street has a postcode area and a run of letter pairs, one pair per twenty house
   * numbers, as PostNL hands them out along a street.
   */
  private adres(wijk: WijkCode): { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string } {
    const rng = this.rng;
    const def = WIJKEN.find((w) => w.code === wijk)!;
    const straten = STRATEN[wijk];
    for (let poging = 0; ; poging++) {
      if (poging > 10_000) throw new Error(`No free address left in wijk ${wijk}: add streets to STRATEN in names.ts.`);
      const s = rng.int(0, straten.length - 1);
      const huisnummer = rng.int(1, 160);
      const huisnummerToevoeging = rng.chance(0.08) ? rng.pick(['A', 'B', 'C']) : null;
      const key = `${straten[s]}|${huisnummer}|${huisnummerToevoeging ?? ''}`;
      if (this.usedAddresses.has(key)) continue;
      this.usedAddresses.add(key);
      const area = def.postcodes[s % def.postcodes.length][0].slice(0, 4);
      const pair = LETTERPAREN[(s * 41 + Math.floor((huisnummer - 1) / 20)) % LETTERPAREN.length];
      return { straat: straten[s], huisnummer, huisnummerToevoeging, postcode: `${area}${pair}` };
    }
  }
}
