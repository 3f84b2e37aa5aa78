import { ageOn, formatDatum } from './dates';
import type { Geslacht, VertegenwoordigingSoort } from './enums';
import { isMeerderjarig, vertegenwoordigingActueel } from './lidmaatschap';
import { volledigeNaam } from './melding';

// Who receives a letter about a person (issue 16 item 4): the one place that decides it, for the beschikking, the
// verdagingsbrief, the verslag and the plan. A letter about a minor goes to those who hold gezag over the child
// (ouderlijk gezag or voogdij, BW 1:245; as the household's wettelijk vertegenwoordiger is recorded today, later
// from the BRP), names the child as the one it concerns, and a child of 16 or older gets a copy of their own: from
// 16 a jeugdige consents to their own jeugdhulp (Jeugdwet paragraaf 7.3, as BW 7:447 does for medical treatment),
// so a decision about that help is theirs to read and to object to as well.

export type BriefAdres = { straat: string; huisnummer: number; huisnummerToevoeging: string | null; postcode: string; woonplaats: string };

export type BriefPersoon = {
  id: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geslacht: Geslacht;
  geboortedatum: Date | null;
  /** Where the person lives now (their current household), null when unknown. */
  adres: BriefAdres | null;
};

export type Gezagsrelatie = {
  soort: VertegenwoordigingSoort;
  vanaf: Date;
  tot: Date | null;
  /** The representative when they are in our records (with their address), else null and `naam`. */
  vertegenwoordiger: BriefPersoon | null;
  naam: string | null;
};

export type OntvangerRol = 'BETROKKENE' | 'GEZAGHEBBER' | 'OUDERS' | 'AFSCHRIFT_JEUGDIGE';

/** One copy of the letter: to whom, at which address, and how it opens. */
export type BriefExemplaar = {
  /** The name lines of the address block ("J. Timmerman en A. Timmerman-Bakker" or "De ouders of verzorgers van …"). */
  naamRegel: string;
  /** The people this copy speaks to, for a letter that greets by name ("Beste Joost Timmerman,"). */
  namen: string[];
  adres: BriefAdres;
  aanhef: string;
  rollen: OntvangerRol[];
  /** The line under the title of a copy that is not the main letter, e.g. for the child of 16 or older. */
  toelichting: string | null;
};

export type BriefOntvangst = {
  exemplaren: BriefExemplaar[];
  /** "Tim Timmerman, geboren op 3 maart 2020" when the letter is about a minor (the addressee is someone else). */
  betreft: string | null;
  /** The voornaam of the minor it concerns ("voor Tim"), for sentences that say for whom something was asked. */
  voorWie: string | null;
};

export const EIGEN_AFSCHRIFT_VANAF = 16;
const GEZAG: VertegenwoordigingSoort[] = ['GEZAG', 'VOOGD'];

const hoofdletter = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const titel = (g: Geslacht) => (g === 'MAN' ? 'heer' : g === 'VROUW' ? 'mevrouw' : null);

/** 'heer Van den Berg' (the tussenvoegsel capitalised when it starts the name), or the full name without a title. */
const aangesproken = (p: Pick<BriefPersoon, 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geslacht'>) => {
  const t = titel(p.geslacht);
  const achternaam = [p.tussenvoegsel ? hoofdletter(p.tussenvoegsel) : null, p.achternaam].filter(Boolean).join(' ');
  return t ? `${t} ${achternaam}` : volledigeNaam(p);
};

/** 'Geachte mevrouw Van den Berg,'; for several people 'Geachte heer Timmerman en mevrouw Bakker,'. */
export const aanhefVoor = (personen: Pick<BriefPersoon, 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geslacht'>[]): string => {
  const namen = personen.map(aangesproken);
  const lijst = namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
  return `Geachte ${lijst},`;
};

const adresSleutel = (a: BriefAdres) => `${a.postcode}|${a.huisnummer}|${a.huisnummerToevoeging ?? ''}`;

/**
 * The copies of a letter about `betrokkene`. An adult (or someone whose date of birth we do not know) receives it
 * themselves. For a minor: every current gezaghebber or voogd we have in our records, one copy per address (two
 * parents at one address share one); without any, "the parents or carers of" the child at the child's address;
 * and from 16 a copy of the child's own.
 */
export function briefOntvangers(betrokkene: BriefPersoon, gezag: Gezagsrelatie[], today: Date, adresBetrokkene: BriefAdres): BriefOntvangst {
  const eigenAdres = betrokkene.adres ?? adresBetrokkene;
  if (betrokkene.geboortedatum === null || isMeerderjarig(betrokkene.geboortedatum, today)) {
    return {
      exemplaren: [{ naamRegel: volledigeNaam(betrokkene), namen: [volledigeNaam(betrokkene)], adres: eigenAdres, aanhef: aanhefVoor([betrokkene]), rollen: ['BETROKKENE'], toelichting: null }],
      betreft: null,
      voorWie: null,
    };
  }
  const naam = volledigeNaam(betrokkene);
  const houders = gezag
    .filter((g) => GEZAG.includes(g.soort) && g.vertegenwoordiger && vertegenwoordigingActueel(g, betrokkene.geboortedatum, today))
    .map((g) => g.vertegenwoordiger!)
    .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i);
  const exemplaren: BriefExemplaar[] = [];
  const perAdres = new Map<string, BriefPersoon[]>();
  for (const h of houders) {
    const adres = h.adres ?? eigenAdres;
    const sleutel = adresSleutel(adres);
    perAdres.set(sleutel, [...(perAdres.get(sleutel) ?? []), { ...h, adres }]);
  }
  for (const groep of perAdres.values()) {
    exemplaren.push({
      naamRegel: groep.map((p) => volledigeNaam(p)).join(' en '),
      namen: groep.map((p) => volledigeNaam(p)),
      adres: groep[0]!.adres!,
      aanhef: aanhefVoor(groep),
      rollen: ['GEZAGHEBBER'],
      toelichting: null,
    });
  }
  if (exemplaren.length === 0) {
    exemplaren.push({ naamRegel: `De ouders of verzorgers van ${naam}`, namen: [`ouders of verzorgers van ${naam}`], adres: eigenAdres, aanhef: 'Geachte ouders of verzorgers,', rollen: ['OUDERS'], toelichting: null });
  }
  if (ageOn(betrokkene.geboortedatum, today) >= EIGEN_AFSCHRIFT_VANAF) {
    exemplaren.push({
      naamRegel: naam,
      namen: [betrokkene.voornamen.split(' ')[0]!],
      adres: eigenAdres,
      aanhef: `Beste ${betrokkene.voornamen.split(' ')[0]},`,
      rollen: ['AFSCHRIFT_JEUGDIGE'],
      toelichting: `Afschrift voor ${naam}. Deze brief gaat over u. U bent ${EIGEN_AFSCHRIFT_VANAF} jaar of ouder: dan beslist u zelf mee over uw hulp en mag u ook zelf bezwaar maken. Daarom krijgt u deze brief ook zelf.`,
    });
  }
  return { exemplaren, betreft: `${naam}, geboren op ${formatDatum(betrokkene.geboortedatum)}`, voorWie: betrokkene.voornamen.split(' ')[0] ?? null };
}

/**
 * The copies beyond the household's own of a document about a whole household (the verslag, the plan), which goes
 * to the adults who live there: a copy of their own for each member of 16 or 17. Not to a parent with gezag who
 * lives elsewhere: the document tells about this household (its money, its home), which is not theirs to read; what
 * concerns the child itself reaches them through the letters about the child (the beschikking).
 */
export function extraHuishoudenExemplaren(minderjarigen: { persoon: BriefPersoon }[], adres: BriefAdres, today: Date): BriefExemplaar[] {
  return minderjarigen
    .map(({ persoon }) => persoon)
    .filter((p) => p.geboortedatum !== null && !isMeerderjarig(p.geboortedatum, today) && ageOn(p.geboortedatum, today) >= EIGEN_AFSCHRIFT_VANAF)
    .map((p) => ({
      naamRegel: volledigeNaam(p),
      namen: [p.voornamen.split(' ')[0]!],
      adres: p.adres ?? adres,
      aanhef: `Beste ${p.voornamen.split(' ')[0]},`,
      rollen: ['AFSCHRIFT_JEUGDIGE'],
      toelichting: `Afschrift voor ${volledigeNaam(p)}. U bent ${EIGEN_AFSCHRIFT_VANAF} jaar of ouder en beslist zelf mee over uw hulp. Daarom krijgt u dit ook zelf.`,
    }));
}

/** The address block of a copy: name line, street and number, postcode and place in capitals. */
export const adresblok = (e: Pick<BriefExemplaar, 'naamRegel' | 'adres'>): string[] => {
  const a = e.adres;
  return [
    e.naamRegel,
    `${a.straat} ${a.huisnummer}${a.huisnummerToevoeging ? ` ${a.huisnummerToevoeging}` : ''}`,
    `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}  ${a.woonplaats.toUpperCase()}`,
  ];
};
