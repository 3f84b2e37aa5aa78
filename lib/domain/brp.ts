// What a BRP answer means for Wijkregie (issue 20), as pure rules: a BRP Persoon as our person's fields, what differs
// from what we have, what the nightly check signals, who holds gezag over a minor, which role a relative gets.
import type { BrpDatum, BrpGezagsrelatie, BrpPersoon, BrpPersoonBeperkt } from '@/lib/brp/schema';
import type { Geslacht, HuishoudenRol } from '@/lib/generated/prisma/enums';
import { formatDatum } from './dates';
import { formatHuisnummer, formatPostcode } from './postcode';

/** What lists outside the dossier show instead of the address of a household with geheimhouding (issue 20). */
export const AFGESCHERMD_ADRES = 'Adres afgeschermd (geheimhouding BRP)';

export type BrpAdres = { straat: string; huisnummer: number; toevoeging: string | null; postcode: string; woonplaats: string };

/** Our fields that the BRP can have "in onderzoek". */
export type BrpVeld = 'bsn' | 'voornamen' | 'tussenvoegsel' | 'achternaam' | 'geboortedatum' | 'geslacht' | 'overledenOp' | 'adres' | 'gemeente' | 'gezag';

export const BRP_VELD_LABELS: Record<BrpVeld, string> = {
  bsn: 'BSN', voornamen: 'Voornamen', tussenvoegsel: 'Tussenvoegsel', achternaam: 'Achternaam', geboortedatum: 'Geboortedatum',
  geslacht: 'Geslacht', overledenOp: 'Overleden op', adres: 'Adres', gemeente: 'Gemeente van inschrijving', gezag: 'Gezag',
};

export type BrpGegevens = {
  bsn: string;
  voornamen: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: Date | null;
  geslacht: Geslacht;
  overledenOp: Date | null;
  /** The Dutch address; null when the person lives abroad, the address is unknown, or it was not asked. */
  adres: BrpAdres | null;
  verblijfplaatsSoort: 'ADRES' | 'BUITENLAND' | 'ONBEKEND' | null;
  gemeentecode: string | null;
  gemeentenaam: string | null;
  geheimhouding: boolean;
  inOnderzoek: BrpVeld[];
};

/** A complete date from the BRP as a UTC-midnight Date; a partly unknown date is null (we only store full dates). */
export function datumUitBrp(datum: BrpDatum | undefined): Date | null {
  if (!datum || datum.type !== 'Datum') return null;
  const d = new Date(`${datum.datum}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The BRP's date as words, also when partly unknown ("juli 1975", "onbekend"). */
export const datumTekst = (datum: BrpDatum | undefined): string | null => datum?.langFormaat ?? null;

const GESLACHT: Record<string, Geslacht> = { M: 'MAN', V: 'VROUW', O: 'ONBEKEND' };

const toevoegingUitBrp = (letter?: string, toevoeging?: string) => [letter?.toUpperCase(), toevoeging?.trim().toUpperCase().replace(/\s+/g, '-')].filter(Boolean).join('-') || null;

const vlag = (o: unknown, key: string) => Boolean(o && typeof o === 'object' && (o as Record<string, unknown>)[key] === true);

/** The BRP's Persoon as our fields, with what it has in onderzoek and whether geheimhouding applies. */
export function brpGegevens(p: BrpPersoon | BrpPersoonBeperkt): BrpGegevens {
  const full = p as BrpPersoon;
  const v = full.verblijfplaats;
  const va = v?.verblijfadres;
  const adres: BrpAdres | null = v?.type === 'Adres' && va?.huisnummer && va.postcode
    ? {
        straat: va.korteStraatnaam ?? va.officieleStraatnaam ?? '',
        huisnummer: va.huisnummer,
        toevoeging: toevoegingUitBrp(va.huisletter, va.huisnummertoevoeging),
        postcode: va.postcode.replace(/\s/g, '').toUpperCase(),
        woonplaats: va.woonplaats ?? full.gemeenteVanInschrijving?.omschrijving ?? '',
      }
    : null;
  const inOnderzoek = new Set<BrpVeld>();
  const naam = p.naam?.inOnderzoek;
  if (vlag(naam, 'voornamen')) inOnderzoek.add('voornamen');
  if (vlag(naam, 'voorvoegsel')) inOnderzoek.add('tussenvoegsel');
  if (vlag(naam, 'geslachtsnaam')) inOnderzoek.add('achternaam');
  if (vlag(p.geboorte?.inOnderzoek, 'datum')) inOnderzoek.add('geboortedatum');
  if (vlag(p.inOnderzoek, 'burgerservicenummer')) inOnderzoek.add('bsn');
  if (vlag(p.inOnderzoek, 'geslacht')) inOnderzoek.add('geslacht');
  if (vlag(p.inOnderzoek, 'gemeenteVanInschrijving')) inOnderzoek.add('gemeente');
  if (vlag(full.overlijden?.inOnderzoek, 'datum')) inOnderzoek.add('overledenOp');
  if ((va?.inOnderzoek && Object.values(va.inOnderzoek).some((x) => x === true)) || (v?.inOnderzoek && Object.values(v.inOnderzoek).some((x) => x === true))) inOnderzoek.add('adres');
  if (full.gezag?.some((g) => g.inOnderzoek)) inOnderzoek.add('gezag');
  return {
    bsn: p.burgerservicenummer ?? '',
    voornamen: p.naam?.voornamen ?? '',
    tussenvoegsel: p.naam?.voorvoegsel ?? null,
    achternaam: p.naam?.geslachtsnaam ?? '',
    geboortedatum: datumUitBrp(p.geboorte?.datum),
    geslacht: GESLACHT[p.geslacht?.code?.toUpperCase() ?? ''] ?? 'ONBEKEND',
    overledenOp: datumUitBrp(full.overlijden?.datum),
    adres,
    verblijfplaatsSoort: !v ? null : v.type === 'Adres' ? 'ADRES' : v.type === 'VerblijfplaatsBuitenland' ? 'BUITENLAND' : 'ONBEKEND',
    gemeentecode: full.gemeenteVanInschrijving?.code ?? null,
    gemeentenaam: full.gemeenteVanInschrijving?.omschrijving ?? null,
    geheimhouding: p.geheimhoudingPersoonsgegevens === true,
    inOnderzoek: [...inOnderzoek],
  };
}

export const adresTekst = (a: BrpAdres) => `${a.straat} ${formatHuisnummer({ huisnummer: a.huisnummer, toevoeging: a.toevoeging })}, ${formatPostcode(a.postcode)} ${a.woonplaats}`;

export const zelfdeAdres = (a: Pick<BrpAdres, 'postcode' | 'huisnummer' | 'toevoeging'>, b: Pick<BrpAdres, 'postcode' | 'huisnummer' | 'toevoeging'>) =>
  a.postcode.replace(/\s/g, '').toUpperCase() === b.postcode.replace(/\s/g, '').toUpperCase()
  && a.huisnummer === b.huisnummer
  && (a.toevoeging ?? '').toUpperCase() === (b.toevoeging ?? '').toUpperCase();

export type BekendePersoon = {
  voornamen: string; tussenvoegsel: string | null; achternaam: string; geboortedatum: Date | null; geslacht: Geslacht; overledenOp: Date | null;
};

export type Verschil = { veld: BrpVeld; label: string; wijkregie: string; brp: string; inOnderzoek: boolean };

const GESLACHT_TEKST: Record<Geslacht, string> = { MAN: 'man', VROUW: 'vrouw', ONBEKEND: 'onbekend', NIET_GESPECIFICEERD: 'niet gespecificeerd' };
const dag = (d: Date | null) => (d ? formatDatum(d) : '—');
const tekst = (s: string | null) => (s && s.trim() ? s.trim() : '—');

/**
 * What differs between a person in Wijkregie and the BRP, field by field (the household's address against the BRP's
 * address when both are known). A BRP field that is empty (not asked, or unknown there) never counts as a difference.
 */
export function verschillenMetBrp(persoon: BekendePersoon, huishoudenAdres: BrpAdres | null, brp: BrpGegevens): Verschil[] {
  const out: Verschil[] = [];
  const add = (veld: BrpVeld, wijkregie: string, brpWaarde: string) => {
    if (brpWaarde === '—' || wijkregie.toLowerCase() === brpWaarde.toLowerCase()) return;
    out.push({ veld, label: BRP_VELD_LABELS[veld], wijkregie, brp: brpWaarde, inOnderzoek: brp.inOnderzoek.includes(veld) });
  };
  add('voornamen', tekst(persoon.voornamen), tekst(brp.voornamen));
  if (brp.achternaam) add('tussenvoegsel', tekst(persoon.tussenvoegsel), tekst(brp.tussenvoegsel) === '—' && persoon.tussenvoegsel ? '(geen)' : tekst(brp.tussenvoegsel));
  add('achternaam', tekst(persoon.achternaam), tekst(brp.achternaam));
  add('geboortedatum', dag(persoon.geboortedatum), dag(brp.geboortedatum));
  if (brp.geslacht !== 'ONBEKEND') add('geslacht', GESLACHT_TEKST[persoon.geslacht], GESLACHT_TEKST[brp.geslacht]);
  add('overledenOp', dag(persoon.overledenOp), dag(brp.overledenOp));
  if (huishoudenAdres && brp.adres && !zelfdeAdres(huishoudenAdres, brp.adres)) {
    out.push({ veld: 'adres', label: BRP_VELD_LABELS.adres, wijkregie: adresTekst(huishoudenAdres), brp: adresTekst(brp.adres), inOnderzoek: brp.inOnderzoek.includes('adres') });
  }
  return out;
}

/** The person's own fields to take over from the BRP (the one-click update); the address is a household matter. */
export function brpPersoonsgegevens(brp: BrpGegevens): Omit<BekendePersoon, 'overledenOp'> & { overledenOp: Date | null } {
  return { voornamen: brp.voornamen, tussenvoegsel: brp.tussenvoegsel, achternaam: brp.achternaam, geboortedatum: brp.geboortedatum, geslacht: brp.geslacht, overledenOp: brp.overledenOp };
}

export type BrpSignaalSoort = 'OVERLEDEN' | 'VERHUISD_BUITEN_GEMEENTE' | 'NIEUW_ADRES' | 'NIET_IN_BRP';
export type BrpSignaal = { soort: BrpSignaalSoort; sleutel: string; titel: string; omschrijving: string };

/**
 * The nightly check of one person in an open casus: deceased, moved out of the gemeente, or living at another address
 * than the household's. Each is a task for the regisseur, never a silent change. The sleutel makes a task once per
 * situation (a second move gives a new task). A person the desk registered while living in another gemeente
 * (`andereGemeente`, with a reason) has not moved as long as the BRP still has them there.
 */
export function controleSignalen(
  persoon: { naam: string; overledenOp: Date | null; andereGemeente?: string | null },
  huishoudenAdres: BrpAdres,
  gemeentecode: string,
  brp: BrpGegevens | null,
): BrpSignaal[] {
  if (!brp) {
    return [{ soort: 'NIET_IN_BRP', sleutel: 'NIET_IN_BRP', titel: `BRP: ${persoon.naam} niet gevonden`, omschrijving: 'De BRP kent dit BSN niet (meer). Controleer het BSN en de gegevens met de inwoner.' }];
  }
  if (brp.overledenOp && !persoon.overledenOp) {
    return [{ soort: 'OVERLEDEN', sleutel: 'OVERLEDEN', titel: `BRP: ${persoon.naam} is overleden`, omschrijving: `Volgens de BRP overleden op ${formatDatum(brp.overledenOp)}. Bekijk wat dit betekent voor het plan en de voorzieningen.` }];
  }
  // Registered at the desk with a reason while living in that other gemeente (issue 20): not a move.
  if (brp.gemeentecode && brp.gemeentecode !== gemeentecode && brp.gemeentecode !== persoon.andereGemeente) {
    const waar = brp.verblijfplaatsSoort === 'BUITENLAND' ? 'naar het buitenland' : `naar ${brp.gemeentenaam ?? `gemeente ${brp.gemeentecode}`}`;
    return [{ soort: 'VERHUISD_BUITEN_GEMEENTE', sleutel: `VERHUISD_BUITEN_GEMEENTE:${brp.gemeentecode}`, titel: `BRP: ${persoon.naam} is verhuisd ${waar}`, omschrijving: 'De persoon staat niet meer in onze gemeente ingeschreven. Bespreek overdracht of afsluiting.' }];
  }
  if (brp.adres && !zelfdeAdres(huishoudenAdres, brp.adres)) {
    const adres = adresTekst(brp.adres);
    return [{
      soort: 'NIEUW_ADRES',
      sleutel: `NIEUW_ADRES:${brp.adres.postcode} ${formatHuisnummer({ huisnummer: brp.adres.huisnummer, toevoeging: brp.adres.toevoeging })}`,
      titel: `BRP: ${persoon.naam} woont op een ander adres`,
      omschrijving: brp.geheimhouding ? 'De BRP heeft een nieuw adres (geheimhouding: alleen in het dossier gebruiken). Controleer het huishouden.' : `Volgens de BRP: ${adres}. In Wijkregie: ${adresTekst(huishoudenAdres)}. Controleer het huishouden.`,
    }];
  }
  return [];
}

export type GezagUitBrp =
  | { bron: 'BRP'; soort: BrpGezagsrelatie['type']; houders: { bsn: string | null; naam: string }[]; inOnderzoek: boolean }
  | { bron: 'BRP_ONBEKEND'; toelichting: string };

const GEZAG_SOORT_TEKST: Record<BrpGezagsrelatie['type'], string> = {
  GezamenlijkOuderlijkGezag: 'gezamenlijk ouderlijk gezag',
  EenhoofdigOuderlijkGezag: 'eenhoofdig ouderlijk gezag',
  GezamenlijkGezag: 'gezamenlijk gezag (ouder en derde)',
  Voogdij: 'voogdij',
  TijdelijkGeenGezag: 'tijdelijk geen gezag',
  GezagNietTeBepalen: 'gezag niet te bepalen',
};
export const gezagSoortTekst = (soort: BrpGezagsrelatie['type']) => GEZAG_SOORT_TEKST[soort];

/**
 * Who holds gezag over this minor according to the BRP. Only a relation that names its holders counts; when the BRP
 * has nothing, "tijdelijk geen gezag", "niet te bepalen" or voogdij without a known voogd, the record says so and a
 * person must decide.
 */
export function gezagUitBrp(minderjarigeBsn: string, gezag: BrpGezagsrelatie[] | undefined): GezagUitBrp {
  const relatie = (gezag ?? []).find((g) => !g.minderjarige?.burgerservicenummer || g.minderjarige.burgerservicenummer === minderjarigeBsn);
  if (!relatie) return { bron: 'BRP_ONBEKEND', toelichting: 'De BRP geeft geen gezag voor deze minderjarige. Stel vast wie het gezag heeft.' };
  const persoon = (p?: { burgerservicenummer?: string; naam?: { volledigeNaam?: string } }) => (p ? [{ bsn: p.burgerservicenummer ?? null, naam: p.naam?.volledigeNaam ?? 'Onbekend' }] : []);
  const houders = [
    ...(relatie.ouders ?? []).flatMap((o) => persoon(o)),
    ...persoon(relatie.ouder),
    ...(relatie.derde && relatie.derde.type !== 'OnbekendeDerde' ? persoon(relatie.derde) : []),
    ...(relatie.derden ?? []).flatMap((d) => persoon(d)),
  ];
  if (!houders.length) {
    return { bron: 'BRP_ONBEKEND', toelichting: `De BRP zegt: ${GEZAG_SOORT_TEKST[relatie.type]}${relatie.toelichting ? ` (${relatie.toelichting})` : ''}. Stel vast wie het gezag heeft.` };
  }
  return { bron: 'BRP', soort: relatie.type, houders, inOnderzoek: relatie.inOnderzoek === true };
}

/** The role a relative of the main resident gets when offered as a household member. */
export function rolVoorRelatie(hoofd: Pick<BrpPersoon, 'partners' | 'kinderen' | 'ouders'>, bsn: string): HuishoudenRol {
  if (hoofd.partners?.some((p) => p.burgerservicenummer === bsn)) return 'PARTNER';
  if (hoofd.kinderen?.some((k) => k.burgerservicenummer === bsn)) return 'KIND';
  if (hoofd.ouders?.some((o) => o.burgerservicenummer === bsn)) return 'OUDER';
  return 'OVERIG';
}

type Relaties = Pick<BrpPersoon, 'partners' | 'kinderen' | 'ouders'>;
const noemt = (lijst: { burgerservicenummer?: string }[] | undefined, bsn: string) => Boolean(lijst?.some((r) => r.burgerservicenummer === bsn));

/**
 * The role of a co-resident, from either side of the relation (the BRP does not always register both): partner,
 * child (also of the main resident's partner), parent; else OVERIG.
 */
export function rolVanMedebewoner(hoofdBsn: string, hoofd: Relaties, lidBsn: string, lid: Relaties | undefined): HuishoudenRol {
  const vanHoofd = rolVoorRelatie(hoofd, lidBsn);
  if (vanHoofd !== 'OVERIG' || !lid) return vanHoofd;
  if (noemt(lid.partners, hoofdBsn)) return 'PARTNER';
  if (noemt(lid.ouders, hoofdBsn) || hoofd.partners?.some((p) => p.burgerservicenummer && noemt(lid.ouders, p.burgerservicenummer))) return 'KIND';
  if (noemt(lid.kinderen, hoofdBsn)) return 'OUDER';
  return 'OVERIG';
}

/** "Jan de Vries" from a BRP name. */
export const brpNaam = (naam: { voornamen?: string; voorvoegsel?: string; geslachtsnaam?: string } | undefined) =>
  [naam?.voornamen, naam?.voorvoegsel, naam?.geslachtsnaam].filter((x) => x && x.trim()).join(' ') || 'Onbekend';

/** Below this age a holder of gezag gives consent for a minor (WGBO / Jeugdwet: from 16 the young person alone). */
export const TOESTEMMING_ZELF_VANAF = 16;

/**
 * Consent for a minor whose gezag comes from the BRP or a staff member's decision (issue 20; also while the BRP names
 * no one): under 16 it is given by a holder of gezag, so the record must say by whom; the message names the holders.
 * Null when nothing is missing.
 */
export function gezagToestemmingWeigering(leeftijd: number | null, gezagBron: string | null, houders: string[], gegevenDoor: string | null): string | null {
  if (gezagBron === null || leeftijd === null || leeftijd >= TOESTEMMING_ZELF_VANAF || (gegevenDoor && gegevenDoor.trim())) return null;
  const volgens = gezagBron === 'MEDEWERKER' ? 'vastgesteld door het wijkteam' : 'volgens de BRP';
  return `Voor een kind onder de ${TOESTEMMING_ZELF_VANAF} geeft iemand met gezag toestemming. Vul in wie${houders.length ? ` (${volgens}: ${houders.join(' of ')})` : ''}.`;
}

// ───────────── A person's gezag decision (issue 20) ─────────────

/** What a staff member's gezag decision rests on: a document with a date. */
export const GEZAG_GRONDEN = ['RECHTERLIJKE_UITSPRAAK', 'GEZAGSREGISTER', 'VAN_RECHTSWEGE', 'ANDER_DOCUMENT'] as const;
export type GezagGrond = (typeof GEZAG_GRONDEN)[number];
export const GEZAG_GROND_LABELS: Record<GezagGrond, string> = {
  RECHTERLIJKE_UITSPRAAK: 'Uitspraak van de rechter (beschikking)',
  GEZAGSREGISTER: 'Uittreksel uit het gezagsregister',
  VAN_RECHTSWEGE: 'Van rechtswege (geboorteakte met huwelijk, partnerschap of erkenning)',
  ANDER_DOCUMENT: 'Ander document (beschrijf het in de toelichting)',
};

/**
 * Whether a person must (or may again) decide who holds gezag over a minor: the BRP names no one (BRP_ONBEKEND), the
 * BRP's gezag is in onderzoek, or a person decided before (a correction). Not when the BRP names the holders without
 * doubt (the BRP is the source) nor for typed records that never came from the BRP.
 */
export const gezagTeBeslissen = (p: { gezagBron: string | null; brpInOnderzoek: readonly string[] }): boolean =>
  p.gezagBron === 'BRP_ONBEKEND' || p.gezagBron === 'MEDEWERKER' || (p.gezagBron === 'BRP' && p.brpInOnderzoek.includes('gezag'));

/**
 * Which gezag rows count for a minor (the resident portal, consent): those of the person's current source of gezag.
 * Typed records (no source) count as they are; from the BRP only the BRP's rows; after a person's decision only that
 * decision's rows; when the BRP names no one and nobody decided yet, none.
 */
export const gezagRijTelt = (gezagBron: string | null, bron: string | null): boolean => gezagBron === null || bron === gezagBron;

/**
 * The desk registers a person whom the BRP has in another gemeente (issue 20) only with a reason: the gemeente of
 * inschrijving decides on Wmo and Jeugdwet (woonplaatsbeginsel), so this is an exception someone must explain.
 */
export const ANDERE_GEMEENTE_REDEN_NODIG = 'Deze persoon staat volgens de BRP in een andere gemeente ingeschreven. Schrijf op waarom u de persoon toch hier registreert.';

export const andereGemeente = (g: Pick<BrpGegevens, 'gemeentecode' | 'gemeentenaam'>, onzeGemeentecode: string): { code: string; naam: string } | null =>
  g.gemeentecode && g.gemeentecode !== onzeGemeentecode ? { code: g.gemeentecode, naam: g.gemeentenaam ?? `gemeente ${g.gemeentecode}` } : null;
