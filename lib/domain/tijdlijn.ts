import { formatDatum, toIsoDate } from './dates';
import type {
  AanvraagStatus,
  BeschikkingStatus,
  BesluitSoort,
  ConsultSoort,
  ContactSoort,
  DocumentSoort,
  EvaluatieBesluit,
  Fase,
  GebeurtenisSoort,
  GesprekStatus,
  HuishoudenRol,
  Kanaal,
  PlanStatus,
  Regievorm,
  ToestemmingSoort,
  ToewijzingStatus,
  TriageUitkomst,
  TriageVervolg,
  Urgentie,
  Veiligheid,
  Wet,
  WettelijkeGrond,
} from './enums';
import {
  AANVRAAG_STATUS_LABELS,
  BESCHIKKING_STATUS_LABELS,
  BESLUIT_SOORT_LABELS,
  CONSULT_SOORT_LABELS,
  CONTACT_SOORT_LABELS,
  DOCUMENT_SOORT_LABELS,
  EVALUATIE_BESLUIT_LABELS,
  FASE_LABELS,
  GEBEURTENIS_SOORT_LABELS,
  HUISHOUDEN_ROL_LABELS,
  KANAAL_LABELS,
  PLAN_STATUS_LABELS,
  REGIEVORM_LABELS,
  TOESTEMMING_SOORT_LABELS,
  TOEWIJZING_STATUS_LABELS,
  TRIAGE_UITKOMST_LABELS,
  TRIAGE_VERVOLG_LABELS,
  URGENTIE_LABELS,
  VEILIGHEID_LABELS,
  WET_LABELS,
  WETTELIJKE_GROND_LABELS,
} from './labels';

// The tijdlijn of a household (issue 11): one chronological history built from the records themselves, so nothing is
// kept twice. The server reads the records; this module turns them into entries, merges, sorts and filters them.

export const TIJDLIJN_SOORTEN = [
  'MELDING', 'TRIAGE', 'FASE', 'TOESTEMMING', 'GESPREK', 'VEILIGHEID', 'REGIE', 'PLAN', 'EVALUATIE', 'AANVRAAG',
  'BESCHIKKING', 'TOEWIJZING', 'JOURNAAL', 'DOCUMENT', 'LEDEN', 'MIJN_PLAN', 'KETENPARTNER',
] as const;
export type TijdlijnSoort = (typeof TIJDLIJN_SOORTEN)[number];

export const TIJDLIJN_SOORT_LABELS: Record<TijdlijnSoort, string> = {
  MELDING: 'Meldingen',
  TRIAGE: 'Triage',
  FASE: 'Fase, afsluiten en heropenen',
  TOESTEMMING: 'Toestemming en delen',
  GESPREK: 'Gesprekken',
  VEILIGHEID: 'Veiligheid en consulten',
  REGIE: 'Regie',
  PLAN: 'Plan',
  EVALUATIE: 'Evaluaties',
  AANVRAAG: 'Aanvragen',
  BESCHIKKING: 'Beschikkingen',
  TOEWIJZING: 'Toewijzingen',
  JOURNAAL: 'Journaal',
  DOCUMENT: 'Documenten',
  LEDEN: 'Leden van het huishouden',
  MIJN_PLAN: 'Mijn plan: berichten, akkoord en voortgang',
  KETENPARTNER: 'Ketenpartners: voortgang, signalen en advies',
};

export type TijdlijnItem = {
  /** Unique within the tijdlijn: soort, record and what happened to it. */
  key: string;
  soort: TijdlijnSoort;
  op: Date;
  /** false for date-only columns (shown without a time). */
  metTijd: boolean;
  titel: string;
  details: string[];
  door: string | null;
  /** The page with the details, inside the dossier or elsewhere; null when there is none. */
  href: string | null;
};

/** The dossier pages an entry links to (segments of components/dossier/dossier-tabs.ts). */
export const TIJDLIJN_LINK_SEGMENTEN = [
  'tijdlijn', 'toestemmingen', 'gesprekken', 'veiligheid', 'regie', 'plan', 'beschikkingen', 'journaal',
  'documenten', 'leden', 'berichten',
] as const;
type Segment = (typeof TIJDLIJN_LINK_SEGMENTEN)[number];

type Naam = string | null;

export type TijdlijnBron = {
  huishoudenId: string;
  meldingen: { id: string; kenmerk: string; kanaal: Kanaal; ontvangenOp: Date; urgent: boolean; melderOrganisatie: string | null }[];
  triages: {
    id: string; meldingId: string; kenmerk: string; op: Date; uitkomst: TriageUitkomst; vervolg: TriageVervolg;
    urgentie: Urgentie; veiligheid: Veiligheid; door: Naam;
  }[];
  casussen: {
    id: string; nummer: string; geopendOp: Date; afgeslotenOp: Date | null; heropendOp: Date | null;
    faseWijzigingen: { id: string; van: Fase | null; naar: Fase; op: Date; door: Naam; reden: string | null }[];
    gebeurtenissen: { id: string; soort: GebeurtenisSoort; omschrijving: string; op: Date; door: Naam }[];
  }[];
  toestemmingen: {
    id: string; soort: ToestemmingSoort; persoon: string; partij: string | null; doel: string | null; gegevenOp: Date;
    geldigTot: Date | null; ingetrokkenOp: Date | null; door: Naam;
  }[];
  gegevensdelingen: {
    id: string; partij: string; doel: string; op: Date; door: Naam; opToestemming: boolean; wettelijkeGrond: WettelijkeGrond | null;
  }[];
  gesprekken: { id: string; datum: Date; plaats: string; status: GesprekStatus; door: Naam; verslagVerstuurdOp: Date | null }[];
  veiligheidsanalyses: { id: string; op: Date; niveau: Veiligheid; door: Naam }[];
  consulten: {
    id: string; soort: ConsultSoort; aangevraagdOp: Date; aangevraagdDoor: Naam; afgerondOp: Date | null; gedragswetenschapper: Naam;
    /** Issue 22: the ketenpartner asked for advice (instead of a gedragswetenschapper). */
    adviseur?: string | null;
  }[];
  regie: {
    id: string; vorm: Regievorm; lead: boolean; regisseur: Naam; aanbieder: Naam; vanaf: Date; tot: Date | null;
    reden: string; eindreden: string | null; toegewezenDoor: Naam;
  }[];
  planVersies: {
    id: string; versienummer: number; status: PlanStatus; aangemaaktOp: Date; opgesteldDoor: Naam;
    akkoordInwonerOp: Date | null; vastgesteldOp: Date | null; vastgesteldDoor: Naam;
  }[];
  evaluaties: { id: string; datum: Date; besluit: EvaluatieBesluit; versienummer: number; door: Naam }[];
  aanvragen: { id: string; nummer: string; wet: Wet; product: string; ontvangenOp: Date; status: AanvraagStatus; verdaagdOp: Date | null }[];
  beschikkingen: {
    id: string; identificatie: string; wet: Wet; besluit: BesluitSoort; status: BeschikkingStatus; aangemaaktOp: Date;
    vastgesteldOp: Date | null; verzenddatum: Date | null; vastgesteldDoor: Naam;
  }[];
  toewijzingen: {
    id: string; toewijzingNummer: number; product: string; aanbieder: string; toewijzingOp: Date; ingangsdatum: Date;
    einddatum: Date | null; status: ToewijzingStatus;
    /** Issue 19: care the aanbieder reported started (305) and stopped (307); optional for older callers. */
    leveringen?: { begindatum: Date; einddatum: Date | null; createdAt: Date }[];
  }[];
  contactmomenten: { id: string; soort: ContactSoort; datum: Date; duurMinuten: number; metWie: string; notitie: string; auteur: Naam }[];
  documenten: { id: string; soort: DocumentSoort; titel: string; aangemaaktOp: Date; door: Naam }[];
  lidmaatschappen: { id: string; persoon: string; rol: HuishoudenRol; vanaf: Date; tot: Date | null; reden: string | null }[];
  /** Issue 21: what happened in Mijn plan (the household's messages and the regisseur's, online answers, progress). */
  mijnPlan?: {
    berichten: { id: string; op: Date; vanInwoner: boolean; afzender: string; tekst: string }[];
    reacties: { id: string; op: Date; akkoord: boolean; versienummer: number; door: Naam; opmerking: string | null }[];
    voortgang: { id: string; op: Date; doel: string; schaal: number; door: Naam; tekst: string }[];
  };
  /** Issue 22: what ketenpartners reported on their actions, and their zorgsignalen. */
  ketenpartners?: {
    voortgang: { id: string; op: Date; organisatie: string; actie: string | null; status: string; notitie: string }[];
    signalen: { id: string; op: Date; organisatie: string; soort: string; toelichting: string }[];
  };
};

export const KORT = 160;

/** A note cut at a word boundary for the overview; the full text is on the detail page. */
export const kortAf = (text: string, max = KORT): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

export const duurTekst = (minuten: number): string => {
  if (minuten < 60) return `${minuten} min`;
  const uren = Math.floor(minuten / 60);
  const rest = minuten % 60;
  return rest ? `${uren} uur ${rest} min` : `${uren} uur`;
};

/** Builds every entry of the tijdlijn from the records, newest first. */
export const buildTijdlijn = (bron: TijdlijnBron): TijdlijnItem[] => {
  const base = `/huishoudens/${bron.huishoudenId}`;
  const link = (segment: Segment, sub?: string) => `${base}/${segment}${sub ? `/${sub}` : ''}`;
  const items: TijdlijnItem[] = [];
  const add = (item: Omit<TijdlijnItem, 'metTijd' | 'details' | 'door' | 'href'> & Partial<TijdlijnItem>) =>
    items.push({ metTijd: true, details: [], door: null, href: null, ...item });

  for (const m of bron.meldingen) {
    add({
      key: `melding:${m.id}`, soort: 'MELDING', op: m.ontvangenOp,
      titel: `Melding ${m.kenmerk} ontvangen via ${KANAAL_LABELS[m.kanaal].toLowerCase()}`,
      details: [m.melderOrganisatie ? `Gemeld door ${m.melderOrganisatie}` : '', m.urgent ? 'Urgent' : ''].filter(Boolean),
      href: `/meldingen/${m.id}`,
    });
  }
  for (const t of bron.triages) {
    add({
      key: `triage:${t.id}`, soort: 'TRIAGE', op: t.op,
      titel: `Triage van ${t.kenmerk}: ${TRIAGE_UITKOMST_LABELS[t.uitkomst].toLowerCase()}`,
      details: [
        `Vervolg: ${TRIAGE_VERVOLG_LABELS[t.vervolg].toLowerCase()}`,
        `Urgentie: ${URGENTIE_LABELS[t.urgentie].toLowerCase()}`,
        `Veiligheid: ${VEILIGHEID_LABELS[t.veiligheid].toLowerCase()}`,
      ],
      door: t.door, href: `/meldingen/${t.meldingId}`,
    });
  }
  for (const c of bron.casussen) {
    add({ key: `casus:${c.id}:geopend`, soort: 'FASE', op: c.geopendOp, titel: `Casus ${c.nummer} geopend` });
    for (const f of c.faseWijzigingen) {
      const naar = FASE_LABELS[f.naar].toLowerCase();
      const titel = f.naar === 'AFGESLOTEN'
        ? `Casus ${c.nummer} afgesloten`
        : f.van === 'AFGESLOTEN'
          ? `Casus ${c.nummer} heropend, fase ${naar}`
          : f.van
            ? `Fase van ${FASE_LABELS[f.van].toLowerCase()} naar ${naar}`
            : `Fase ${naar}`;
      add({ key: `fase:${f.id}`, soort: 'FASE', op: f.op, titel, details: f.reden ? [kortAf(f.reden)] : [], door: f.door });
    }
    // Closing and reopening also stand on the casus itself; show them when no fase change records them.
    if (c.afgeslotenOp && !c.faseWijzigingen.some((f) => f.naar === 'AFGESLOTEN')) {
      add({ key: `casus:${c.id}:afgesloten`, soort: 'FASE', op: c.afgeslotenOp, titel: `Casus ${c.nummer} afgesloten` });
    }
    if (c.heropendOp && !c.faseWijzigingen.some((f) => f.van === 'AFGESLOTEN') && !c.gebeurtenissen.some((g) => g.soort === 'HEROPEND')) {
      add({ key: `casus:${c.id}:heropend`, soort: 'FASE', op: c.heropendOp, titel: `Casus ${c.nummer} heropend` });
    }
    for (const g of c.gebeurtenissen) {
      add({
        key: `gebeurtenis:${g.id}`, soort: g.soort === 'OPGESCHAALD' || g.soort === 'AFGESCHAALD' || g.soort === 'DOORZETTINGSMACHT' ? 'REGIE' : 'FASE',
        op: g.op, titel: GEBEURTENIS_SOORT_LABELS[g.soort], details: [kortAf(g.omschrijving)], door: g.door,
        href: g.soort === 'OPGESCHAALD' || g.soort === 'AFGESCHAALD' || g.soort === 'DOORZETTINGSMACHT' ? link('regie') : null,
      });
    }
  }
  for (const t of bron.toestemmingen) {
    const wat = t.soort === 'DELEN_MET_PARTIJ' ? `delen met ${t.partij ?? 'een partij'}` : 'bespreken in het team';
    add({
      key: `toestemming:${t.id}`, soort: 'TOESTEMMING', op: t.gegevenOp, metTijd: false,
      titel: `Toestemming van ${t.persoon}: ${wat}`,
      details: [
        TOESTEMMING_SOORT_LABELS[t.soort],
        t.doel ? `Doel: ${kortAf(t.doel, 80)}` : '',
        t.geldigTot ? `Geldig tot ${formatDatum(t.geldigTot)}` : '',
      ].filter(Boolean),
      door: t.door, href: link('toestemmingen'),
    });
    if (t.ingetrokkenOp) {
      add({
        key: `toestemming:${t.id}:ingetrokken`, soort: 'TOESTEMMING', op: t.ingetrokkenOp, metTijd: false,
        titel: `Toestemming van ${t.persoon} ingetrokken: ${wat}`, href: link('toestemmingen'),
      });
    }
  }
  for (const d of bron.gegevensdelingen) {
    add({
      key: `deling:${d.id}`, soort: 'TOESTEMMING', op: d.op, titel: `Gegevens gedeeld met ${d.partij}`,
      details: [`Doel: ${kortAf(d.doel, 80)}`, d.opToestemming ? 'Op grond van toestemming' : `Grond: ${d.wettelijkeGrond ? WETTELIJKE_GROND_LABELS[d.wettelijkeGrond].toLowerCase() : 'onbekend'}`],
      door: d.door, href: link('toestemmingen'),
    });
  }
  for (const g of bron.gesprekken) {
    add({
      // A gesprek is recorded with its day only: not "01:00" (UTC midnight in Amsterdam), no time at all.
      key: `gesprek:${g.id}`, soort: 'GESPREK', op: g.datum, metTijd: false,
      titel: `Gesprek (${g.plaats})${g.status === 'AFGEROND' ? '' : ', verslag nog in concept'}`,
      door: g.door, href: link('gesprekken', g.id),
    });
    if (g.verslagVerstuurdOp) {
      add({ key: `gesprek:${g.id}:verslag`, soort: 'GESPREK', op: g.verslagVerstuurdOp, titel: 'Verslag naar de inwoner gestuurd', href: link('gesprekken', g.id) });
    }
  }
  for (const v of bron.veiligheidsanalyses) {
    add({
      key: `veiligheid:${v.id}`, soort: 'VEILIGHEID', op: v.op, titel: `Veiligheidsanalyse: ${VEILIGHEID_LABELS[v.niveau].toLowerCase()}`,
      door: v.door, href: link('veiligheid'),
    });
  }
  for (const c of bron.consulten) {
    if (c.adviseur) {
      add({ key: `consult:${c.id}`, soort: 'KETENPARTNER', op: c.aangevraagdOp, titel: `Advies gevraagd aan ${c.adviseur}`, door: c.aangevraagdDoor, href: link('veiligheid') });
      if (c.afgerondOp) add({ key: `consult:${c.id}:afgerond`, soort: 'KETENPARTNER', op: c.afgerondOp, titel: `${c.adviseur} gaf advies`, href: link('veiligheid') });
      continue;
    }
    const soort = CONSULT_SOORT_LABELS[c.soort].toLowerCase();
    add({ key: `consult:${c.id}`, soort: 'VEILIGHEID', op: c.aangevraagdOp, titel: `Consult ${soort} aangevraagd`, door: c.aangevraagdDoor, href: link('veiligheid') });
    if (c.afgerondOp) {
      add({ key: `consult:${c.id}:afgerond`, soort: 'VEILIGHEID', op: c.afgerondOp, titel: `Consult ${soort} afgerond`, door: c.gedragswetenschapper, href: link('veiligheid') });
    }
  }
  for (const r of bron.regie) {
    const wie = r.regisseur ?? r.aanbieder ?? 'onbekend';
    const vorm = REGIEVORM_LABELS[r.vorm].toLowerCase();
    add({
      key: `regie:${r.id}`, soort: 'REGIE', op: r.vanaf, titel: `${wie} kreeg de ${vorm}${r.lead ? '' : ' (naast de lead)'}`,
      details: [kortAf(r.reden)], door: r.toegewezenDoor, href: link('regie'),
    });
    if (r.tot) {
      add({
        key: `regie:${r.id}:einde`, soort: 'REGIE', op: r.tot, titel: `${wie} gestopt met de ${vorm}`,
        details: r.eindreden ? [kortAf(r.eindreden)] : [], href: link('regie'),
      });
    }
  }
  for (const p of bron.planVersies) {
    add({
      key: `plan:${p.id}`, soort: 'PLAN', op: p.aangemaaktOp, titel: `Plan versie ${p.versienummer} opgesteld`,
      details: [`Status nu: ${PLAN_STATUS_LABELS[p.status].toLowerCase()}`], door: p.opgesteldDoor, href: link('plan'),
    });
    if (p.akkoordInwonerOp) {
      add({ key: `plan:${p.id}:akkoord`, soort: 'PLAN', op: p.akkoordInwonerOp, metTijd: false, titel: `Inwoner akkoord met plan versie ${p.versienummer}`, href: link('plan') });
    }
    if (p.vastgesteldOp) {
      add({ key: `plan:${p.id}:vastgesteld`, soort: 'PLAN', op: p.vastgesteldOp, titel: `Plan versie ${p.versienummer} vastgesteld`, door: p.vastgesteldDoor, href: link('plan') });
    }
  }
  for (const e of bron.evaluaties) {
    add({
      key: `evaluatie:${e.id}`, soort: 'EVALUATIE', op: e.datum, metTijd: false,
      titel: `Evaluatie van plan versie ${e.versienummer}: ${EVALUATIE_BESLUIT_LABELS[e.besluit].toLowerCase()}`, door: e.door, href: link('plan'),
    });
  }
  for (const a of bron.aanvragen) {
    add({
      key: `aanvraag:${a.id}`, soort: 'AANVRAAG', op: a.ontvangenOp, metTijd: false, titel: `Aanvraag ${a.nummer}: ${a.product}`,
      details: [WET_LABELS[a.wet], `Status nu: ${AANVRAAG_STATUS_LABELS[a.status].toLowerCase()}`], href: link('beschikkingen'),
    });
    if (a.verdaagdOp) {
      add({ key: `aanvraag:${a.id}:verdaagd`, soort: 'AANVRAAG', op: a.verdaagdOp, metTijd: false, titel: `Beslistermijn van aanvraag ${a.nummer} verdaagd`, href: link('beschikkingen') });
    }
  }
  for (const b of bron.beschikkingen) {
    const besluit = BESLUIT_SOORT_LABELS[b.besluit].toLowerCase();
    add({
      key: `beschikking:${b.id}`, soort: 'BESCHIKKING', op: b.aangemaaktOp, titel: `Beschikking ${b.identificatie} opgesteld (${besluit})`,
      details: [WET_LABELS[b.wet], `Status nu: ${BESCHIKKING_STATUS_LABELS[b.status].toLowerCase()}`], href: link('beschikkingen'),
    });
    if (b.vastgesteldOp) {
      add({ key: `beschikking:${b.id}:vastgesteld`, soort: 'BESCHIKKING', op: b.vastgesteldOp, titel: `Beschikking ${b.identificatie} vastgesteld`, door: b.vastgesteldDoor, href: link('beschikkingen') });
    }
    if (b.verzenddatum) {
      add({ key: `beschikking:${b.id}:verzonden`, soort: 'BESCHIKKING', op: b.verzenddatum, metTijd: false, titel: `Beschikking ${b.identificatie} verzonden`, href: link('beschikkingen') });
    }
  }
  for (const t of bron.toewijzingen) {
    add({
      key: `toewijzing:${t.id}`, soort: 'TOEWIJZING', op: t.toewijzingOp, titel: `Toewijzing ${t.toewijzingNummer}: ${t.product} bij ${t.aanbieder}`,
      details: [
        `Van ${formatDatum(t.ingangsdatum)}${t.einddatum ? ` tot en met ${formatDatum(t.einddatum)}` : ''}`,
        `Status nu: ${TOEWIJZING_STATUS_LABELS[t.status].toLowerCase()}`,
      ],
      href: link('beschikkingen'),
    });
    for (const [i, l] of (t.leveringen ?? []).entries()) {
      add({
        key: `zorg:${t.id}:${i}`, soort: 'TOEWIJZING', op: l.createdAt,
        titel: `${t.aanbieder} meldt: zorg ${l.einddatum ? 'gestart en gestopt' : 'gestart'} (toewijzing ${t.toewijzingNummer}, ${t.product})`,
        details: [`Gestart op ${formatDatum(l.begindatum)}`, ...(l.einddatum ? [`Gestopt per ${formatDatum(l.einddatum)}`] : [])],
        href: link('beschikkingen'),
      });
    }
  }
  for (const c of bron.contactmomenten) {
    add({
      key: `journaal:${c.id}`, soort: 'JOURNAAL', op: c.datum, titel: `${CONTACT_SOORT_LABELS[c.soort]} met ${c.metWie}`,
      details: [duurTekst(c.duurMinuten), kortAf(c.notitie)], door: c.auteur, href: link('journaal', c.id),
    });
  }
  for (const d of bron.documenten) {
    add({
      key: `document:${d.id}`, soort: 'DOCUMENT', op: d.aangemaaktOp, titel: `${DOCUMENT_SOORT_LABELS[d.soort]}: ${d.titel}`,
      door: d.door, href: link('documenten', d.id),
    });
  }
  for (const l of bron.lidmaatschappen) {
    const rol = HUISHOUDEN_ROL_LABELS[l.rol].toLowerCase();
    add({
      key: `lid:${l.id}`, soort: 'LEDEN', op: l.vanaf, metTijd: false, titel: `${l.persoon} hoort bij het huishouden (${rol})`,
      href: link('leden'),
    });
    if (l.tot) {
      add({
        key: `lid:${l.id}:einde`, soort: 'LEDEN', op: l.tot, metTijd: false, titel: `${l.persoon} hoort niet meer bij het huishouden`,
        details: l.reden ? [kortAf(l.reden)] : [], href: link('leden'),
      });
    }
  }
  for (const b of bron.mijnPlan?.berichten ?? []) {
    add({
      key: `bericht:${b.id}`, soort: 'MIJN_PLAN', op: b.op, titel: b.vanInwoner ? `Bericht van ${b.afzender} in Mijn plan` : `Antwoord aan het huishouden in Mijn plan`,
      details: [kortAf(b.tekst)], door: b.vanInwoner ? null : b.afzender, href: link('berichten'),
    });
  }
  for (const r of bron.mijnPlan?.reacties ?? []) {
    add({
      key: `reactie:${r.id}`, soort: 'MIJN_PLAN', op: r.op,
      titel: r.akkoord ? `Akkoord met plan versie ${r.versienummer} gegeven in Mijn plan` : `Wijziging van plan versie ${r.versienummer} gevraagd in Mijn plan`,
      details: r.opmerking ? [kortAf(r.opmerking)] : [], door: r.door, href: link('plan'),
    });
  }
  for (const v of bron.mijnPlan?.voortgang ?? []) {
    add({
      key: `voortgang:${v.id}`, soort: 'MIJN_PLAN', op: v.op, titel: `Voortgang op doel “${kortAf(v.doel, 60)}”: ${v.schaal} van 5`,
      details: [kortAf(v.tekst)], door: v.door, href: link('plan'),
    });
  }
  for (const v of bron.ketenpartners?.voortgang ?? []) {
    add({
      key: `partner-voortgang:${v.id}`, soort: 'KETENPARTNER', op: v.op,
      titel: `${v.organisatie}: ${v.actie ? `“${kortAf(v.actie, 60)}” ` : ''}${v.status.toLowerCase()}`, details: [kortAf(v.notitie)], href: link('plan'),
    });
  }
  for (const s of bron.ketenpartners?.signalen ?? []) {
    add({ key: `partner-signaal:${s.id}`, soort: 'KETENPARTNER', op: s.op, titel: `Zorgsignaal (${s.soort.toLowerCase()}) van ${s.organisatie}`, details: [kortAf(s.toelichting)], href: link('plan') });
  }
  return sortTijdlijn(items);
};

const SOORT_ORDE = new Map<TijdlijnSoort, number>(TIJDLIJN_SOORTEN.map((s, i) => [s, i]));

/**
 * Newest day first (Amsterdam calendar days). Within a day, what is known by its date only (a gesprek, an akkoord,
 * a verzenddatum) leads the day instead of passing for midnight UTC (issue 16 item 16: a gesprek at "01:00" below
 * the day's events), then the timed events, newest first. Equal moments keep the order of the route (a melding
 * before its triage, the casus before its fase), reversed with the rest, then the key, so the order never depends
 * on the order the records were read in.
 */
export const sortTijdlijn = (items: TijdlijnItem[]): TijdlijnItem[] =>
  [...items].sort(
    (a, b) =>
      (toIsoDate(a.op) < toIsoDate(b.op) ? 1 : toIsoDate(a.op) > toIsoDate(b.op) ? -1 : 0) ||
      Number(a.metTijd) - Number(b.metTijd) ||
      b.op.getTime() - a.op.getTime() ||
      SOORT_ORDE.get(b.soort)! - SOORT_ORDE.get(a.soort)! ||
      (a.key < b.key ? 1 : a.key > b.key ? -1 : 0),
  );

/** The kinds picked in the filter; unknown values are ignored, nothing picked means everything. */
export const parseTijdlijnFilter = (value: string | string[] | undefined | null): TijdlijnSoort[] => {
  const values = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(','));
  return TIJDLIJN_SOORTEN.filter((s) => values.includes(s));
};

export const filterTijdlijn = (items: TijdlijnItem[], soorten: TijdlijnSoort[]): TijdlijnItem[] =>
  soorten.length ? items.filter((i) => soorten.includes(i.soort)) : items;

/** How many entries each kind has, for the labels of the filter. */
export const tellPerSoort = (items: TijdlijnItem[]): Record<TijdlijnSoort, number> => {
  const counts = Object.fromEntries(TIJDLIJN_SOORTEN.map((s) => [s, 0])) as Record<TijdlijnSoort, number>;
  for (const item of items) counts[item.soort]++;
  return counts;
};
