// From the RvIG's test persons (../shared/standards/brp/test-data.json: persoonslijsten as the GBA-V set writes them,
// dates YYYYMMDD, codes of "gegevens in onderzoek" as category-group-element) to the BRP API Personen 2.7.0's Persoon,
// the way the RvIG's own mock turns that file into answers. Used by the local BRP service (lib/brp/local-server.ts).

/* eslint-disable @typescript-eslint/no-explicit-any */
export type GbaWaarde = { code?: string; omschrijving?: string };
export type GbaNaam = { voornamen?: string; voorvoegsel?: string; geslachtsnaam?: string; adellijkeTitelPredicaat?: any; aanduidingNaamgebruik?: GbaWaarde };
export type GbaOnderzoek = { aanduidingGegevensInOnderzoek?: string; datumIngangOnderzoek?: string };
export type GbaPersoon = {
  burgerservicenummer: string;
  geslacht?: GbaWaarde;
  naam?: GbaNaam;
  geboorte?: { datum?: string; land?: GbaWaarde; plaats?: GbaWaarde };
  overlijden?: { datum?: string; land?: GbaWaarde; plaats?: GbaWaarde; inOnderzoek?: GbaOnderzoek };
  verblijfplaats?: Record<string, any> & { inOnderzoek?: GbaOnderzoek };
  gemeenteVanInschrijving?: GbaWaarde;
  datumInschrijvingInGemeente?: string;
  geheimhoudingPersoonsgegevens?: string | number;
  persoonInOnderzoek?: GbaOnderzoek;
  gezagInOnderzoek?: unknown;
  opschortingBijhouding?: { reden?: GbaWaarde; datum?: string };
  gezag?: any[];
  kinderen?: any[];
  ouders?: any[];
  partners?: any[];
  [key: string]: unknown;
};

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A GBA date (YYYYMMDD, zeros where unknown) as the API's AbstractDatum. */
export function datum(gba: string | undefined): Record<string, unknown> | undefined {
  if (!gba || !/^\d{8}$/.test(gba)) return undefined;
  const jaar = Number(gba.slice(0, 4));
  const maand = Number(gba.slice(4, 6));
  const dag = Number(gba.slice(6, 8));
  if (jaar === 0) return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  if (maand === 0) return { type: 'JaarDatum', jaar, langFormaat: String(jaar) };
  if (dag === 0) return { type: 'JaarMaandDatum', jaar, maand, langFormaat: `${MAANDEN[maand - 1]} ${jaar}` };
  return { type: 'Datum', datum: `${gba.slice(0, 4)}-${gba.slice(4, 6)}-${gba.slice(6, 8)}`, langFormaat: `${dag} ${MAANDEN[maand - 1]} ${jaar}` };
}

/** Age in whole years on `op`, from a complete GBA date. */
export function leeftijd(geboortedatum: string | undefined, op: Date): number | undefined {
  if (!geboortedatum || !/^\d{8}$/.test(geboortedatum) || geboortedatum.endsWith('00')) return undefined;
  const j = Number(geboortedatum.slice(0, 4));
  const md = Number(geboortedatum.slice(4, 8));
  const nu = op.getUTCFullYear();
  const nuMd = (op.getUTCMonth() + 1) * 100 + op.getUTCDate();
  return nu - j - (nuMd < md ? 1 : 0);
}

const trim = (s: string | undefined) => s?.trim().replace(/\s+/g, ' ') || undefined;

function naam(gba: GbaNaam | undefined, withVolledig = true): Record<string, unknown> | undefined {
  if (!gba) return undefined;
  const voornamen = trim(gba.voornamen);
  const out: Record<string, unknown> = {
    voornamen,
    voorvoegsel: trim(gba.voorvoegsel),
    geslachtsnaam: trim(gba.geslachtsnaam),
    voorletters: voornamen ? voornamen.split(' ').map((v) => `${v[0]}.`).join('') : undefined,
    adellijkeTitelPredicaat: gba.adellijkeTitelPredicaat,
    aanduidingNaamgebruik: gba.aanduidingNaamgebruik,
  };
  if (withVolledig) out.volledigeNaam = [voornamen, trim(gba.voorvoegsel), trim(gba.geslachtsnaam)].filter(Boolean).join(' ') || undefined;
  return compact(out);
}

export const volledigeNaam = (gba: GbaNaam | undefined) => [trim(gba?.voornamen), trim(gba?.voorvoegsel), trim(gba?.geslachtsnaam)].filter(Boolean).join(' ');

function geboorte(gba: { datum?: string; land?: GbaWaarde; plaats?: GbaWaarde } | undefined) {
  if (!gba) return undefined;
  return compact({ datum: datum(gba.datum), land: gba.land, plaats: gba.plaats });
}

/** Removes undefined values (and empty objects) so the answer has only what is known. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined || (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)) delete obj[key];
  }
  return obj;
}

// ── gegevens in onderzoek: GBA code CCGGEE (category, group, element) → the API's inOnderzoek flags ──

const onderzoekDatum = (o: GbaOnderzoek) => datum(o.datumIngangOnderzoek);

function onderzoekPersoon(o: GbaOnderzoek | undefined) {
  const code = o?.aanduidingGegevensInOnderzoek;
  if (!o || !code) return {};
  const groep = code.slice(2, 4);
  const element = code.slice(4, 6);
  const heel = groep === '00' || groep === '99';
  const naamVelden = { voornamen: '10', voorvoegsel: '30', geslachtsnaam: '40' } as const;
  const result: { naam?: Record<string, unknown>; geboorte?: Record<string, unknown>; persoon?: Record<string, unknown> } = {};
  if (heel || groep === '02') {
    const n: Record<string, unknown> = {};
    for (const [veld, el] of Object.entries(naamVelden)) if (heel || element === '00' || element === el) n[veld] = true;
    if (heel || element === '00') Object.assign(n, { adellijkeTitelPredicaat: true, voorletters: true, volledigeNaam: true });
    n.datumIngangOnderzoek = onderzoekDatum(o);
    result.naam = n;
  }
  if (heel || groep === '03') {
    const g: Record<string, unknown> = {};
    if (heel || element === '00' || element === '10') g.datum = true;
    if (heel || element === '00' || element === '20') g.plaats = true;
    if (heel || element === '00' || element === '30') g.land = true;
    g.datumIngangOnderzoek = onderzoekDatum(o);
    result.geboorte = g;
  }
  const p: Record<string, unknown> = {};
  if (heel || (groep === '01' && (element === '00' || element === '20'))) p.burgerservicenummer = true;
  if (heel || groep === '04') p.geslacht = true;
  if (heel || (groep === '03' && (element === '00' || element === '10'))) p.leeftijd = true;
  if (Object.keys(p).length) result.persoon = { ...p, datumIngangOnderzoekPersoon: onderzoekDatum(o) };
  return result;
}

const ADRES_ELEMENTEN: Record<string, string[]> = {
  '10': ['korteStraatnaam', 'officieleStraatnaam'],
  '15': ['officieleStraatnaam'],
  '20': ['huisnummer'],
  '30': ['huisletter'],
  '40': ['huisnummertoevoeging'],
  '60': ['postcode'],
  '70': ['woonplaats'],
};
const ALLE_ADRES = [...new Set(Object.values(ADRES_ELEMENTEN).flat())];

function onderzoekVerblijfplaats(o: GbaOnderzoek | undefined) {
  const code = o?.aanduidingGegevensInOnderzoek;
  if (!o || !code) return {};
  const groep = code.slice(2, 4);
  const element = code.slice(4, 6);
  const heel = groep === '00' || groep === '99';
  const result: { verblijfplaats?: Record<string, unknown>; verblijfadres?: Record<string, unknown>; gemeente?: boolean } = {};
  if (heel) result.verblijfplaats = { type: true, datumVan: true, adresseerbaarObjectIdentificatie: true, nummeraanduidingIdentificatie: true, functieAdres: true, datumIngangOnderzoek: onderzoekDatum(o) };
  if (heel || groep === '11' || groep === '12' || groep === '13') {
    const velden = heel || element === '00' ? ALLE_ADRES : (ADRES_ELEMENTEN[element] ?? []);
    if (velden.length) result.verblijfadres = { ...Object.fromEntries(velden.map((v) => [v, true])), datumIngangOnderzoek: onderzoekDatum(o) };
  }
  if (heel || groep === '09') result.gemeente = true;
  return result;
}

function verblijfplaats(gba: GbaPersoon['verblijfplaats']) {
  if (!gba) return undefined;
  const onderzoek = onderzoekVerblijfplaats(gba.inOnderzoek);
  const algemeen = { datumIngangGeldigheid: datum(gba.datumIngangGeldigheid), inOnderzoek: onderzoek.verblijfplaats };
  if (gba.land) {
    if (gba.land.code === '0000') return compact({ type: 'VerblijfplaatsOnbekend', ...algemeen });
    return compact({
      type: 'VerblijfplaatsBuitenland',
      verblijfadres: compact({ regel1: gba.regel1, regel2: gba.regel2, regel3: gba.regel3, land: gba.land, inOnderzoek: onderzoek.verblijfadres }),
      datumVan: datum(gba.datumAanvangAdresBuitenland),
      ...algemeen,
    });
  }
  if (gba.locatiebeschrijving) {
    return compact({ type: 'Locatie', verblijfadres: compact({ locatiebeschrijving: gba.locatiebeschrijving, inOnderzoek: onderzoek.verblijfadres }), ...algemeen });
  }
  if (!gba.straat && !gba.huisnummer) return compact({ type: 'VerblijfplaatsOnbekend', ...algemeen });
  return compact({
    type: 'Adres',
    verblijfadres: compact({
      officieleStraatnaam: gba.naamOpenbareRuimte ?? gba.straat,
      korteStraatnaam: gba.straat,
      huisnummer: gba.huisnummer ? Number(gba.huisnummer) : undefined,
      huisletter: gba.huisletter,
      huisnummertoevoeging: gba.huisnummertoevoeging,
      aanduidingBijHuisnummer: gba.aanduidingBijHuisnummer,
      postcode: gba.postcode,
      woonplaats: gba.woonplaats,
      inOnderzoek: onderzoek.verblijfadres,
    }),
    functieAdres: gba.functieAdres,
    adresseerbaarObjectIdentificatie: gba.adresseerbaarObjectIdentificatie,
    nummeraanduidingIdentificatie: gba.nummeraanduidingIdentificatie,
    datumVan: datum(gba.datumAanvangAdreshouding),
    ...algemeen,
  });
}

/** "Straat 12a-2" as the adressering writes it. */
function adresregel1(v: Record<string, any>) {
  const toevoeging = v.huisnummertoevoeging ? `-${v.huisnummertoevoeging}` : '';
  return `${v.straat ?? v.naamOpenbareRuimte ?? ''} ${v.huisnummer ?? ''}${v.huisletter ?? ''}${toevoeging}`.trim();
}

function adressering(gba: GbaPersoon) {
  const v = gba.verblijfplaats;
  if (!v) return undefined;
  if (v.land) return v.land.code === '0000' ? undefined : compact({ adresregel1: v.regel1, adresregel2: v.regel2, adresregel3: v.regel3, land: v.land });
  if (!v.straat && !v.huisnummer) return undefined;
  const plaats = (v.woonplaats ?? gba.gemeenteVanInschrijving?.omschrijving ?? '').toUpperCase();
  const postcode = v.postcode ? `${v.postcode.slice(0, 4)} ${v.postcode.slice(4)}` : '';
  return compact({ adresregel1: adresregel1(v), adresregel2: `${postcode}  ${plaats}`.trim() });
}

const GEZAG_TYPE: Record<string, string> = { TweehoofdigOuderlijkGezag: 'GezamenlijkOuderlijkGezag' };

export type Register = { get(bsn: string): GbaPersoon | undefined };

function gezagPersoon(bsn: string | undefined, register: Register) {
  if (!bsn) return undefined;
  const p = register.get(bsn);
  return compact({ burgerservicenummer: bsn, naam: p ? { volledigeNaam: volledigeNaam(p.naam) } : { volledigeNaam: 'Onbekend' } });
}

function gezag(gba: GbaPersoon, register: Register, op: Date) {
  if (!gba.gezag) return undefined;
  const inOnderzoek = gba.gezagInOnderzoek !== undefined;
  return gba.gezag.map((g) => {
    const type = GEZAG_TYPE[g.type] ?? g.type;
    const minderjarigeBsn: string | undefined = g.minderjarige?.burgerservicenummer ?? gba.burgerservicenummer;
    const minderjarige = register.get(minderjarigeBsn ?? '');
    const relatie: Record<string, unknown> = {
      type,
      minderjarige: compact({
        burgerservicenummer: minderjarigeBsn,
        naam: minderjarige ? { volledigeNaam: volledigeNaam(minderjarige.naam) } : undefined,
        leeftijd: leeftijd(minderjarige?.geboorte?.datum, op),
      }),
    };
    if (g.ouders) relatie.ouders = g.ouders.map((o: any) => gezagPersoon(o.burgerservicenummer, register));
    if (g.ouder) relatie.ouder = gezagPersoon(g.ouder.burgerservicenummer, register);
    if (type === 'GezamenlijkGezag') relatie.derde = g.derde?.burgerservicenummer ? { type: 'BekendeDerde', ...gezagPersoon(g.derde.burgerservicenummer, register) } : { type: 'OnbekendeDerde' };
    if (type === 'Voogdij') relatie.derden = (g.derden ?? []).filter((d: any) => d.burgerservicenummer).map((d: any) => gezagPersoon(d.burgerservicenummer, register));
    if (type === 'TijdelijkGeenGezag' || type === 'GezagNietTeBepalen') {
      relatie.toelichting = g.toelichting ?? (type === 'TijdelijkGeenGezag' ? 'Tijdelijk geen gezag.' : 'Gezag kan niet worden bepaald.');
    }
    if (inOnderzoek) relatie.inOnderzoek = true;
    return relatie;
  });
}

function gerelateerde(r: any, extra: Record<string, unknown> = {}) {
  return compact({ burgerservicenummer: r.burgerservicenummer, naam: naam(r.naam, false), geboorte: geboorte(r.geboorte), geslacht: r.geslacht, ...extra });
}

/** The partners the API delivers: the current ones, or else the one whose marriage or partnership ended last. */
function partners(gba: GbaPersoon) {
  const alle = gba.partners ?? [];
  const actueel = alle.filter((p) => !p.ontbindingHuwelijkPartnerschap);
  const gekozen = actueel.length ? actueel : alle.slice(-1);
  return gekozen.map((p) =>
    gerelateerde(p, {
      soortVerbintenis: p.soortVerbintenis,
      aangaanHuwelijkPartnerschap: p.aangaanHuwelijkPartnerschap ? compact({ datum: datum(p.aangaanHuwelijkPartnerschap.datum), land: p.aangaanHuwelijkPartnerschap.land, plaats: p.aangaanHuwelijkPartnerschap.plaats }) : undefined,
      ontbindingHuwelijkPartnerschap: p.ontbindingHuwelijkPartnerschap ? compact({ datum: datum(p.ontbindingHuwelijkPartnerschap.datum) }) : undefined,
    }));
}

const GEHEIM = (v: GbaPersoon['geheimhoudingPersoonsgegevens']) => v !== undefined && Number(v) > 0;

/** The whole Persoon of the API for one persoonslijst; `fields` filtering happens after. */
export function naarPersoon(gba: GbaPersoon, register: Register, op = new Date()): Record<string, unknown> {
  const onderzoek = onderzoekPersoon(gba.persoonInOnderzoek);
  const verblijf = onderzoekVerblijfplaats(gba.verblijfplaats?.inOnderzoek);
  const persoonOnderzoek = { ...onderzoek.persoon, ...(verblijf.gemeente ? { gemeenteVanInschrijving: true, datumInschrijvingInGemeente: true, datumIngangOnderzoekGemeente: datum(gba.verblijfplaats?.inOnderzoek?.datumIngangOnderzoek) } : {}) };
  const naamNu = naam(gba.naam);
  if (naamNu && onderzoek.naam) naamNu.inOnderzoek = onderzoek.naam;
  const geboorteNu: Record<string, unknown> | undefined = geboorte(gba.geboorte);
  if (geboorteNu && onderzoek.geboorte) geboorteNu.inOnderzoek = onderzoek.geboorte;
  const overleden = gba.overlijden?.datum;
  const overlijdenOnderzoek = gba.overlijden?.inOnderzoek?.aanduidingGegevensInOnderzoek
    ? { datum: true, land: true, plaats: true, datumIngangOnderzoek: datum(gba.overlijden.inOnderzoek.datumIngangOnderzoek) }
    : undefined;
  return compact({
    burgerservicenummer: gba.burgerservicenummer,
    aNummer: gba.aNummer as string | undefined,
    geheimhoudingPersoonsgegevens: GEHEIM(gba.geheimhoudingPersoonsgegevens) ? true : undefined,
    geslacht: gba.geslacht,
    leeftijd: overleden ? undefined : leeftijd(gba.geboorte?.datum, op),
    naam: naamNu,
    geboorte: geboorteNu,
    overlijden: gba.overlijden ? compact({ datum: datum(gba.overlijden.datum), land: gba.overlijden.land, plaats: gba.overlijden.plaats, inOnderzoek: overlijdenOnderzoek }) : undefined,
    verblijfplaats: verblijfplaats(gba.verblijfplaats),
    gemeenteVanInschrijving: gba.gemeenteVanInschrijving,
    datumInschrijvingInGemeente: datum(gba.datumInschrijvingInGemeente),
    adressering: adressering(gba),
    gezag: gezag(gba, register, op),
    kinderen: gba.kinderen?.map((k) => gerelateerde(k)),
    ouders: gba.ouders?.map((o) => gerelateerde(o, { ouderAanduiding: o.ouderAanduiding, datumIngangFamilierechtelijkeBetrekking: datum(o.datumIngangFamilierechtelijkeBetrekking) })),
    partners: partners(gba),
    inOnderzoek: Object.keys(persoonOnderzoek).length ? persoonOnderzoek : undefined,
    opschortingBijhouding: gba.opschortingBijhouding ? compact({ reden: gba.opschortingBijhouding.reden, datum: datum(gba.opschortingBijhouding.datum) }) : undefined,
    indicatieCurateleRegister: gba.indicatieCurateleRegister ? true : undefined,
  });
}

/**
 * Keeps only the `fields` asked ("naam", "naam.voornamen", "kinderen.naam.voornamen"…), with the fields the API always
 * delivers: geheimhoudingPersoonsgegevens, opschortingBijhouding, rni, verificatie, and the inOnderzoek of every
 * group that is kept.
 */
export function filterFields(persoon: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const tree: Record<string, any> = {};
  for (const f of fields) {
    let node = tree;
    const parts = f.split('.');
    parts.forEach((part, i) => {
      if (node[part] === true) return;
      if (i === parts.length - 1) node[part] = true;
      else node = node[part] = typeof node[part] === 'object' ? node[part] : {};
    });
  }
  const pick = (value: any, spec: any): any => {
    if (spec === true || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => pick(v, spec));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(spec)) if (value[key] !== undefined) out[key] = pick(value[key], spec[key]);
    if (value.inOnderzoek !== undefined && Object.keys(out).length) out.inOnderzoek = value.inOnderzoek;
    return out;
  };
  const out = pick(persoon, tree);
  for (const auto of ['geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie', 'inOnderzoek']) {
    if (persoon[auto] !== undefined) out[auto] = persoon[auto];
  }
  return out;
}
