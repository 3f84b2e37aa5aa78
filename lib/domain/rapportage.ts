import { cel, type Cel, suppressShare } from './suppressie';

// Rapportage (issue 8): the figures the database aggregates, and the one rule that turns them into what a viewer
// sees. TEAMLEAD sees everything, with names of professionals; BELEID sees aggregates only: small cells suppressed
// ("<5") and professionals pseudonymised. The dashboard and the CSV export both render `toonRapportage`'s output
// through `rapportageRijen`, so the export always equals the screen for the same filters.

export type RapportageRuw = {
  doorlooptijden: { fase: string; aantal: number; mediaanDagen: number | null; p90Dagen: number | null }[];
  termijnen: { soort: 'ONDERZOEK' | 'BESCHIKKING'; lopend: number; verlopen: number }[];
  caseloadProfessional: { professionalId: string; naam: string; team: string | null; aantal: number }[];
  caseloadTeam: { team: string; aantal: number }[];
  triagePerWijk: { wijk: string; uitkomst: string; aantal: number }[];
  regie: { casusregie: number; procesregie: number };
  arrangementen: { plannen: number; gecombineerd: number; alleenFormeel: number; alleenInformeel: number };
  betrokkenenPerHuishouden: { bucket: string; huishoudensProfessionals: number; huishoudensOrganisaties: number }[];
};

export type Rapportage = {
  onderdrukt: boolean;
  doorlooptijden: { fase: string; aantal: Cel; mediaanDagen: number | null; p90Dagen: number | null }[];
  termijnen: { soort: 'ONDERZOEK' | 'BESCHIKKING'; lopend: Cel; verlopen: Cel }[];
  caseloadProfessional: { professional: string; team: string; aantal: Cel }[];
  caseloadTeam: { team: string; aantal: Cel }[];
  triagePerWijk: { wijk: string; uitkomst: string; aantal: Cel }[];
  regie: { casusregie: Cel; procesregie: Cel; aandeelProcesregie: number | '<5' | null };
  arrangementen: { plannen: Cel; gecombineerd: Cel; aandeelGecombineerd: number | '<5' | null; alleenFormeel: Cel; alleenInformeel: Cel };
  betrokkenenPerHuishouden: { bucket: string; huishoudensProfessionals: Cel; huishoudensOrganisaties: Cel }[];
};

export const BETROKKENEN_BUCKETS = ['0', '1', '2', '3', '4–5', '6 of meer'] as const;

/** The bucket of a count of professionals or organisations involved with one household. */
export function betrokkenenBucket(aantal: number): (typeof BETROKKENEN_BUCKETS)[number] {
  if (aantal <= 3) return String(Math.max(0, aantal)) as '0' | '1' | '2' | '3';
  return aantal <= 5 ? '4–5' : '6 of meer';
}

/** Days rounded to one decimal; a median over fewer than 5 cases is suppressed for aggregate viewers. */
const dagen = (waarde: number | null, aantal: number, onderdrukken: boolean) =>
  waarde === null || (onderdrukken && aantal < 5) ? null : Math.round(waarde * 10) / 10;

export function toonRapportage(ruw: RapportageRuw, onderdrukken: boolean): Rapportage {
  const regieTotaal = ruw.regie.casusregie + ruw.regie.procesregie;
  const share = (deel: number, totaal: number) =>
    onderdrukken ? suppressShare(deel, totaal) : totaal === 0 ? null : Math.round((deel / totaal) * 100);
  // Pseudonyms follow the order of the (already sorted) rows: "Professional 1", "Professional 2"…
  const caseloadProfessional = ruw.caseloadProfessional.map((r, i) => ({
    professional: onderdrukken ? `Professional ${i + 1}` : r.naam,
    team: r.team ?? 'Geen team',
    aantal: cel(r.aantal, onderdrukken),
  }));
  return {
    onderdrukt: onderdrukken,
    doorlooptijden: ruw.doorlooptijden.map((r) => ({
      fase: r.fase,
      aantal: cel(r.aantal, onderdrukken),
      mediaanDagen: dagen(r.mediaanDagen, r.aantal, onderdrukken),
      p90Dagen: dagen(r.p90Dagen, r.aantal, onderdrukken),
    })),
    termijnen: ruw.termijnen.map((r) => ({ soort: r.soort, lopend: cel(r.lopend, onderdrukken), verlopen: cel(r.verlopen, onderdrukken) })),
    caseloadProfessional,
    caseloadTeam: ruw.caseloadTeam.map((r) => ({ team: r.team, aantal: cel(r.aantal, onderdrukken) })),
    triagePerWijk: ruw.triagePerWijk.map((r) => ({ wijk: r.wijk, uitkomst: r.uitkomst, aantal: cel(r.aantal, onderdrukken) })),
    regie: {
      casusregie: cel(ruw.regie.casusregie, onderdrukken),
      procesregie: cel(ruw.regie.procesregie, onderdrukken),
      aandeelProcesregie: share(ruw.regie.procesregie, regieTotaal),
    },
    arrangementen: {
      plannen: cel(ruw.arrangementen.plannen, onderdrukken),
      gecombineerd: cel(ruw.arrangementen.gecombineerd, onderdrukken),
      aandeelGecombineerd: share(ruw.arrangementen.gecombineerd, ruw.arrangementen.plannen),
      alleenFormeel: cel(ruw.arrangementen.alleenFormeel, onderdrukken),
      alleenInformeel: cel(ruw.arrangementen.alleenInformeel, onderdrukken),
    },
    betrokkenenPerHuishouden: ruw.betrokkenenPerHuishouden.map((r) => ({
      bucket: r.bucket,
      huishoudensProfessionals: cel(r.huishoudensProfessionals, onderdrukken),
      huishoudensOrganisaties: cel(r.huishoudensOrganisaties, onderdrukken),
    })),
  };
}

export type RapportageRij = { onderdeel: string; categorie: string; kenmerk: string; waarde: string };

const waarde = (v: Cel | number | null) => (v === null ? '' : String(v));

/** Every figure of the report as one row: the CSV export, and what the integration test compares with the screen. */
export function rapportageRijen(r: Rapportage, labels: { fase: (f: string) => string; uitkomst: (u: string) => string }): RapportageRij[] {
  const rows: RapportageRij[] = [];
  const add = (onderdeel: string, categorie: string, kenmerk: string, v: Cel | number | null) => rows.push({ onderdeel, categorie, kenmerk, waarde: waarde(v) });
  for (const d of r.doorlooptijden) {
    add('Doorlooptijd', labels.fase(d.fase), 'Aantal', d.aantal);
    add('Doorlooptijd', labels.fase(d.fase), 'Mediaan (dagen)', d.mediaanDagen);
    add('Doorlooptijd', labels.fase(d.fase), '90e percentiel (dagen)', d.p90Dagen);
  }
  for (const t of r.termijnen) {
    const naam = t.soort === 'ONDERZOEK' ? 'Onderzoekstermijn' : 'Beslistermijn aanvraag';
    add('Termijnen', naam, 'Lopend', t.lopend);
    add('Termijnen', naam, 'Verlopen', t.verlopen);
  }
  for (const c of r.caseloadProfessional) add('Caseload per professional', c.professional, c.team, c.aantal);
  for (const c of r.caseloadTeam) add('Caseload per team', c.team, 'Open casussen', c.aantal);
  for (const t of r.triagePerWijk) add('Triage per wijk', t.wijk, labels.uitkomst(t.uitkomst), t.aantal);
  add('Regie', 'Casusregie', 'Huishoudens', r.regie.casusregie);
  add('Regie', 'Procesregie', 'Huishoudens', r.regie.procesregie);
  add('Regie', 'Procesregie', 'Aandeel (%)', r.regie.aandeelProcesregie);
  add('Arrangementen', 'Vastgestelde plannen met arrangement', 'Aantal', r.arrangementen.plannen);
  add('Arrangementen', 'Informeel en formeel gecombineerd', 'Aantal', r.arrangementen.gecombineerd);
  add('Arrangementen', 'Informeel en formeel gecombineerd', 'Aandeel (%)', r.arrangementen.aandeelGecombineerd);
  add('Arrangementen', 'Alleen formeel (maatwerk)', 'Aantal', r.arrangementen.alleenFormeel);
  add('Arrangementen', 'Alleen informeel', 'Aantal', r.arrangementen.alleenInformeel);
  for (const b of r.betrokkenenPerHuishouden) {
    add('Betrokkenen per huishouden', b.bucket, 'Huishoudens naar aantal professionals', b.huishoudensProfessionals);
    add('Betrokkenen per huishouden', b.bucket, 'Huishoudens naar aantal organisaties', b.huishoudensOrganisaties);
  }
  return rows;
}

/**
 * The triage figures for the dashboard's table: one row per wijk with a figure per uitkomst (issue 23: a row per pair
 * made 640 rows at a million households; the CSV keeps one line per pair). `uitkomsten` are the columns in their order,
 * followed by any other uitkomst the figures hold; a pair without triage is 0. Rows keep the order of the wijken.
 */
export function triageTabel(rijen: Rapportage['triagePerWijk'], uitkomsten: readonly string[]): { uitkomsten: string[]; wijken: { wijk: string; aantallen: Cel[] }[] } {
  const kolommen = [...uitkomsten];
  const perWijk = new Map<string, Map<string, Cel>>();
  for (const r of rijen) {
    if (!kolommen.includes(r.uitkomst)) kolommen.push(r.uitkomst);
    const wijk = perWijk.get(r.wijk) ?? new Map<string, Cel>();
    perWijk.set(r.wijk, wijk.set(r.uitkomst, r.aantal));
  }
  return { uitkomsten: kolommen, wijken: [...perWijk].map(([wijk, aantallen]) => ({ wijk, aantallen: kolommen.map((u) => aantallen.get(u) ?? 0) })) };
}
