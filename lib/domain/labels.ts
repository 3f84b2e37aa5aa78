import type {
  AanbiederVerzoekStatus,
  VerzoekKanaal,
  DeclaratieStatus,
  AanvraagStatus,
  ActieStatus,
  ArrangementSoort,
  Belasting,
  BerichtCode,
  BeschikkingStatus,
  BesluitSoort,
  Complexiteit,
  ConsultSoort,
  ContactSoort,
  ConsultStatus,
  DocumentSoort,
  DoelResultaat,
  EvaluatieBesluit,
  GebeurtenisSoort,
  Geslacht,
  InkomendBerichtStatus,
  MailStatus,
  PlanReactieSoort,
  GesprekStatus,
  Horizon,
  HuishoudenRol,
  Kanaal,
  Leveringsvorm,
  MandaatSoort,
  MeldingStatus,
  NetwerkSoort,
  PlanStatus,
  Regievorm,
  Rol,
  Signaal,
  TeamSoort,
  ToestemmingSoort,
  ToewijzingStatus,
  TriageUitkomst,
  TriageVervolg,
  Uitvoerder,
  Urgentie,
  Veiligheid,
  VertegenwoordigingSoort,
  Vervalreden,
  VerwijzerSoort,
  VerzoekStatus,
  VoorzieningSoort,
  Wet,
  WettelijkeGrond,
  Wijze,
  PartnerSoort,
  PartnerSignaalSoort,
  PartnerVoorstelStatus,
} from './enums';
import { FASE_LABELS } from './casus-transitions';
import { ZRM_DOMEIN_LABELS } from './zrm';
import { BREAK_THE_GLASS_UITKOMST_LABELS } from './audit-labels';

// Dutch display labels for the Prisma enums the UI shows, and the iWmo/iJw 3.2 code lists (DOMAIN.md §5).
// Staff screens use these; a `Record<Enum, string>` makes the compiler refuse a missing value, and
// tests/unit/labels.test.ts checks every map against the enum values at run time as well.

export { FASE_LABELS, ZRM_DOMEIN_LABELS };

export const KANAAL_LABELS: Record<Kanaal, string> = {
  TELEFOON: 'Telefoon',
  EMAIL: 'E-mail',
  WEBSITE: 'Website',
  PARTNER: 'Partner of vindplaats',
  LOKET: 'Loket',
  VERWIJZER: 'Zelfstandige verwijzer',
  VEILIG_THUIS: 'Veilig Thuis',
  ZELFMELDER: 'Inwoner zelf',
};

export const VERWIJZER_SOORT_LABELS: Record<VerwijzerSoort, string> = {
  HUISARTS: 'Huisarts',
  JEUGDARTS: 'Jeugdarts',
  MEDISCH_SPECIALIST: 'Medisch specialist',
  GI: 'Gecertificeerde instelling',
};

export const MELDING_STATUS_LABELS: Record<MeldingStatus, string> = {
  NIEUW: 'Nieuw',
  IN_TRIAGE: 'In triage',
  AFGEHANDELD: 'Afgehandeld',
  GEKOPPELD: 'Gekoppeld aan casus',
};

// Den Helder 2014 counted exactly these triage classes.
export const TRIAGE_UITKOMST_LABELS: Record<TriageUitkomst, string> = {
  INFORMATIE_ADVIES: 'Informatie en advies',
  ENKELVOUDIG: 'Enkelvoudige vraag',
  MEERVOUDIG: 'Meervoudige vraag',
  CRISIS: 'Crisis',
};

export const TRIAGE_VERVOLG_LABELS: Record<TriageVervolg, string> = {
  AFGEHANDELD: 'Afgehandeld bij triage',
  KORTDURENDE_HULP: 'Kortdurende hulp',
  VRAAGVERHELDERING: 'Vraagverheldering',
  SPOED: 'Spoed',
};

export const URGENTIE_LABELS: Record<Urgentie, string> = {
  NORMAAL: 'Normaal',
  HOOG: 'Hoog',
  CRISIS: 'Crisis',
};

export const VEILIGHEID_LABELS: Record<Veiligheid, string> = {
  GEEN_ZORGEN: 'Geen zorgen',
  TWIJFEL: 'Twijfel',
  RISICO: 'Risico',
  ACUUT: 'Acuut onveilig',
};

export const COMPLEXITEIT_LABELS: Record<Complexiteit, string> = {
  LAAG: 'Laag',
  MIDDEN: 'Midden',
  HOOG: 'Hoog',
};

export const REGIEVORM_LABELS: Record<Regievorm, string> = {
  CASUSREGIE: 'Casusregie',
  PROCESREGIE: 'Procesregie',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  CONCEPT: 'Concept',
  TER_AKKOORD: 'Ter akkoord bij inwoner',
  VASTGESTELD: 'Vastgesteld',
  IN_UITVOERING: 'In uitvoering',
  GEEVALUEERD: 'Geëvalueerd',
  VERVANGEN: 'Vervangen',
};

// The plan's horizons: first step, in 3 months, in 1 year (Woerden 2012).
export const HORIZON_LABELS: Record<Horizon, string> = {
  EERSTE_STAP: 'Eerste stap',
  DRIE_MAANDEN: 'Over 3 maanden',
  EEN_JAAR: 'Over 1 jaar',
};

export const UITVOERDER_LABELS: Record<Uitvoerder, string> = {
  INWONER: 'Inwoner',
  NETWERK: 'Netwerk',
  VRIJWILLIGER: 'Vrijwilliger',
  PROFESSIONAL: 'Professional',
  AANBIEDER: 'Aanbieder',
};

export const ACTIE_STATUS_LABELS: Record<ActieStatus, string> = {
  OPEN: 'Open',
  BEZIG: 'Bezig',
  GEDAAN: 'Gedaan',
  VERVALLEN: 'Vervallen',
};

export const ARRANGEMENT_SOORT_LABELS: Record<ArrangementSoort, string> = {
  EIGEN_KRACHT: 'Eigen kracht',
  NETWERK: 'Netwerk',
  ALGEMENE_VOORZIENING: 'Algemene voorziening',
  MAATWERK: 'Maatwerk',
};

export const AANVRAAG_STATUS_LABELS: Record<AanvraagStatus, string> = {
  ONTVANGEN: 'Ontvangen',
  IN_BEHANDELING: 'In behandeling',
  OPGESCHORT: 'Opgeschort',
  BESCHIKT: 'Beschikt',
  INGETROKKEN: 'Ingetrokken',
};

export const BESLUIT_SOORT_LABELS: Record<BesluitSoort, string> = {
  TOEKENNING: 'Toekenning',
  GEDEELTELIJKE_TOEKENNING: 'Gedeeltelijke toekenning',
  AFWIJZING: 'Afwijzing',
  INTREKKING: 'Intrekking',
};

export const BESCHIKKING_STATUS_LABELS: Record<BeschikkingStatus, string> = {
  CONCEPT: 'Concept',
  VASTGESTELD: 'Vastgesteld',
  VERZONDEN: 'Verzonden',
  VERVALLEN: 'Vervallen',
};

// ZGW Besluit vervalreden.
export const VERVALREDEN_LABELS: Record<Vervalreden, string> = {
  TIJDELIJK: 'Besluit met tijdelijke werking',
  INGETROKKEN_OVERHEID: 'Ingetrokken door de overheid',
  INGETROKKEN_BELANGHEBBENDE: 'Ingetrokken op verzoek van de belanghebbende',
};

export const LEVERINGSVORM_LABELS: Record<Leveringsvorm, string> = {
  ZIN: 'Zorg in natura',
  PGB: 'Persoonsgebonden budget',
};

export const TOEWIJZING_STATUS_LABELS: Record<ToewijzingStatus, string> = {
  NIEUW: 'Nieuw',
  VERZONDEN: 'Verzonden',
  GEWIJZIGD: 'Gewijzigd',
  INGETROKKEN: 'Ingetrokken',
};

export const BERICHT_CODE_LABELS: Record<BerichtCode, string> = {
  WMO301: 'Toewijzing Wmo (WMO301)',
  JW301: 'Toewijzing Jeugdwet (JW301)',
};

export const WET_LABELS: Record<Wet, string> = {
  WMO: 'Wmo 2015',
  JEUGDWET: 'Jeugdwet',
  PARTICIPATIEWET: 'Participatiewet',
};

export const ROL_LABELS: Record<Rol, string> = {
  FRONTOFFICE: 'Medewerker toegang',
  WIJKCOACH: 'Wijkcoach',
  TEAMLEAD: 'Teamleider',
  GEDRAGSWETENSCHAPPER: 'Gedragswetenschapper',
  BACKOFFICE: 'Backoffice',
  BEHEERDER: 'Beheerder',
  BELEID: 'Beleid en management',
  PRIVACY: 'Privacyfunctionaris',
};

export const TEAM_SOORT_LABELS: Record<TeamSoort, string> = {
  WIJKTEAM: 'Wijkteam',
  JEUGDTEAM: 'Jeugdteam',
  WMO_TEAM: 'Wmo-team',
  BACKOFFICE: 'Backoffice',
  FRONTOFFICE: 'Frontoffice',
};

export const MANDAAT_SOORT_LABELS: Record<MandaatSoort, string> = {
  PLAN_VASTSTELLEN: 'Plan vaststellen',
  BESCHIKKING_VASTSTELLEN: 'Beschikking vaststellen',
  PROCESREGIE: 'Procesregie',
  DOORZETTINGSMACHT: 'Doorzettingsmacht',
};

export const GESLACHT_LABELS: Record<Geslacht, string> = {
  ONBEKEND: 'Onbekend',
  MAN: 'Man',
  VROUW: 'Vrouw',
  NIET_GESPECIFICEERD: 'Niet gespecificeerd',
};

export const HUISHOUDEN_ROL_LABELS: Record<HuishoudenRol, string> = {
  HOOFDBEWONER: 'Hoofdbewoner',
  PARTNER: 'Partner',
  KIND: 'Kind',
  PLEEGKIND: 'Pleegkind',
  OUDER: 'Ouder',
  OVERIG: 'Overig',
};

export const VERTEGENWOORDIGING_SOORT_LABELS: Record<VertegenwoordigingSoort, string> = {
  GEZAG: 'Gezag',
  VOOGD: 'Voogd',
  CURATOR: 'Curator',
  MENTOR: 'Mentor',
  BEWINDVOERDER: 'Bewindvoerder',
  GEMACHTIGDE: 'Gemachtigde',
};

export const GEBEURTENIS_SOORT_LABELS: Record<GebeurtenisSoort, string> = {
  DOORZETTINGSMACHT: 'Doorzettingsmacht ingezet',
  OPGESCHAALD: 'Opgeschaald',
  AFGESCHAALD: 'Afgeschaald',
  HEROPEND: 'Heropend',
  AFGESLOTEN: 'Afgesloten',
  OVERIG: 'Overig',
};

export const TOESTEMMING_SOORT_LABELS: Record<ToestemmingSoort, string> = {
  BESPREKEN_IN_TEAM: 'Bespreken in het team',
  DELEN_MET_PARTIJ: 'Delen met een partij',
};

export const WETTELIJKE_GROND_LABELS: Record<WettelijkeGrond, string> = {
  MELDCODE: 'Meldcode huiselijk geweld en kindermishandeling',
  WETTELIJKE_TAAK: 'Wettelijke taak',
};

export const WIJZE_LABELS: Record<Wijze, string> = {
  MONDELING: 'Mondeling',
  SCHRIFTELIJK: 'Schriftelijk',
  DIGITAAL: 'Digitaal',
};

export const GESPREK_STATUS_LABELS: Record<GesprekStatus, string> = {
  CONCEPT: 'Concept',
  AFGEROND: 'Afgerond',
};

export const SIGNAAL_LABELS: Record<Signaal, string> = {
  NIET_BESPROKEN: 'Niet besproken',
  GEEN_SIGNAAL: 'Geen signaal',
  SIGNAAL: 'Signaal',
};

// Belasting of a mantelzorger.
export const BELASTING_LABELS: Record<Belasting, string> = {
  LICHT: 'Licht belast',
  MATIG: 'Matig belast',
  ZWAAR: 'Zwaar belast',
  OVERBELAST: 'Overbelast',
};

export const NETWERK_SOORT_LABELS: Record<NetwerkSoort, string> = {
  PERSOON: 'Persoon',
  ORGANISATIE: 'Organisatie',
};

export const VERZOEK_STATUS_LABELS: Record<VerzoekStatus, string> = {
  OPEN: 'Open',
  TOEGEKEND: 'Toegekend',
  AFGEWEZEN: 'Afgewezen',
};

export const EVALUATIE_BESLUIT_LABELS: Record<EvaluatieBesluit, string> = {
  BIJSTELLEN: 'Plan bijstellen',
  OPSCHALEN: 'Opschalen',
  AFSCHALEN: 'Afschalen',
  AFSLUITEN: 'Afsluiten',
  VOORTZETTEN: 'Voortzetten',
};

export const DOEL_RESULTAAT_LABELS: Record<DoelResultaat, string> = {
  BEHAALD: 'Behaald',
  DEELS: 'Deels behaald',
  NIET: 'Niet behaald',
};

export const VOORZIENING_SOORT_LABELS: Record<VoorzieningSoort, string> = {
  ALGEMENE_VOORZIENING: 'Algemene voorziening',
  VOORLIGGEND_PARTNER: 'Voorliggende partner',
};

export const CONSULT_SOORT_LABELS: Record<ConsultSoort, string> = {
  VEILIGHEID: 'Veiligheid',
  NIET_PLUIS: 'Niet-pluis',
  MEEDENKEN: 'Meedenken',
};

export const CONSULT_STATUS_LABELS: Record<ConsultStatus, string> = {
  OPEN: 'Open',
  IN_BEHANDELING: 'In behandeling',
  AFGEROND: 'Afgerond',
};

export const DOCUMENT_SOORT_LABELS: Record<DocumentSoort, string> = {
  VERSLAG: 'Verslag',
  PLAN: 'Ondersteuningsplan',
  BESCHIKKING: 'Beschikking',
  INZAGE: 'Inzage',
  BIJLAGE: 'Bijlage',
};

// Soort of a contactmoment in the journaal.
export const CONTACT_SOORT_LABELS: Record<ContactSoort, string> = {
  TELEFOON: 'Telefoon',
  HUISBEZOEK: 'Huisbezoek',
  OVERLEG: 'Overleg',
  EMAIL: 'E-mail',
  CASUISTIEKBESPREKING: 'Casuïstiekbespreking',
  INTERVISIE: 'Intervisie',
};

/** Every label map by its Prisma enum name, for tests and generic UI (filters, CSV headers). */
// Issue 19: the berichtenverkeer.
export const INKOMEND_BERICHT_STATUS_LABELS: Record<InkomendBerichtStatus, string> = {
  ONTVANGEN: 'Wacht op verwerking',
  VERWERKT: 'Verwerkt',
  GEWEIGERD: 'Geweigerd',
};

// Issue 21: Mijn plan.
export const PLAN_REACTIE_SOORT_LABELS: Record<PlanReactieSoort, string> = {
  AKKOORD: 'Akkoord gegeven',
  WIJZIGING: 'Vraagt om wijziging',
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  WACHT: 'Wacht op verzending',
  VERZONDEN: 'Verzonden',
  MISLUKT: 'Niet af te leveren',
};

export const AANBIEDER_VERZOEK_STATUS_LABELS: Record<AanbiederVerzoekStatus, string> = {
  OPEN: 'Te beantwoorden',
  TOEGEWEZEN: 'Toegewezen',
  AFGEWEZEN: 'Afgewezen',
};

export const VERZOEK_KANAAL_LABELS: Record<VerzoekKanaal, string> = {
  BERICHT: 'Via bericht',
  PORTAAL: 'Via portaal',
};

export const DECLARATIE_STATUS_LABELS: Record<DeclaratieStatus, string> = {
  TOEGEKEND: 'Toegekend',
  DEELS_TOEGEKEND: 'Deels toegekend',
  AFGEWEZEN: 'Afgewezen',
};

export const PARTNER_SOORT_LABELS: Record<PartnerSoort, string> = {
  AANBIEDER: 'Aanbieder',
  HUISARTSENPRAKTIJK: 'Huisartsenpraktijk',
  SCHOOL: 'School',
  WONINGCORPORATIE: 'Woningcorporatie',
  SCHULDHULPVERLENING: 'Schuldhulpverlening',
  POLITIE_VEILIG_THUIS: 'Politie / Veilig Thuis',
};

export const PARTNER_SIGNAAL_SOORT_LABELS: Record<PartnerSignaalSoort, string> = {
  ZORG: 'Zorg',
  NIET_VERSCHENEN: 'Niet verschenen',
  CRISIS: 'Crisis',
};

export const PARTNER_VOORSTEL_STATUS_LABELS: Record<PartnerVoorstelStatus, string> = {
  OPEN: 'Te beoordelen',
  OVERGENOMEN: 'Overgenomen',
  AFGEWEZEN: 'Afgewezen',
};

export const ENUM_LABELS = {
  TeamSoort: TEAM_SOORT_LABELS,
  Rol: ROL_LABELS,
  MandaatSoort: MANDAAT_SOORT_LABELS,
  Wet: WET_LABELS,
  Geslacht: GESLACHT_LABELS,
  HuishoudenRol: HUISHOUDEN_ROL_LABELS,
  VertegenwoordigingSoort: VERTEGENWOORDIGING_SOORT_LABELS,
  Kanaal: KANAAL_LABELS,
  VerwijzerSoort: VERWIJZER_SOORT_LABELS,
  MeldingStatus: MELDING_STATUS_LABELS,
  TriageUitkomst: TRIAGE_UITKOMST_LABELS,
  TriageVervolg: TRIAGE_VERVOLG_LABELS,
  Urgentie: URGENTIE_LABELS,
  Veiligheid: VEILIGHEID_LABELS,
  Fase: FASE_LABELS,
  Complexiteit: COMPLEXITEIT_LABELS,
  GebeurtenisSoort: GEBEURTENIS_SOORT_LABELS,
  ToestemmingSoort: TOESTEMMING_SOORT_LABELS,
  Wijze: WIJZE_LABELS,
  WettelijkeGrond: WETTELIJKE_GROND_LABELS,
  GesprekStatus: GESPREK_STATUS_LABELS,
  Signaal: SIGNAAL_LABELS,
  Belasting: BELASTING_LABELS,
  NetwerkSoort: NETWERK_SOORT_LABELS,
  ZrmDomein: ZRM_DOMEIN_LABELS,
  Regievorm: REGIEVORM_LABELS,
  VerzoekStatus: VERZOEK_STATUS_LABELS,
  PlanStatus: PLAN_STATUS_LABELS,
  Horizon: HORIZON_LABELS,
  Uitvoerder: UITVOERDER_LABELS,
  ActieStatus: ACTIE_STATUS_LABELS,
  ArrangementSoort: ARRANGEMENT_SOORT_LABELS,
  EvaluatieBesluit: EVALUATIE_BESLUIT_LABELS,
  DoelResultaat: DOEL_RESULTAAT_LABELS,
  Leveringsvorm: LEVERINGSVORM_LABELS,
  VoorzieningSoort: VOORZIENING_SOORT_LABELS,
  AanvraagStatus: AANVRAAG_STATUS_LABELS,
  BesluitSoort: BESLUIT_SOORT_LABELS,
  BeschikkingStatus: BESCHIKKING_STATUS_LABELS,
  Vervalreden: VERVALREDEN_LABELS,
  ToewijzingStatus: TOEWIJZING_STATUS_LABELS,
  BerichtCode: BERICHT_CODE_LABELS,
  ConsultSoort: CONSULT_SOORT_LABELS,
  ConsultStatus: CONSULT_STATUS_LABELS,
  DocumentSoort: DOCUMENT_SOORT_LABELS,
  ContactSoort: CONTACT_SOORT_LABELS,
  BreakTheGlassUitkomst: BREAK_THE_GLASS_UITKOMST_LABELS,
  InkomendBerichtStatus: INKOMEND_BERICHT_STATUS_LABELS,
  PlanReactieSoort: PLAN_REACTIE_SOORT_LABELS,
  MailStatus: MAIL_STATUS_LABELS,
  AanbiederVerzoekStatus: AANBIEDER_VERZOEK_STATUS_LABELS,
  DeclaratieStatus: DECLARATIE_STATUS_LABELS,
  PartnerSoort: PARTNER_SOORT_LABELS,
  PartnerSignaalSoort: PARTNER_SIGNAAL_SOORT_LABELS,
  PartnerVoorstelStatus: PARTNER_VOORSTEL_STATUS_LABELS,
  VerzoekKanaal: VERZOEK_KANAAL_LABELS,
} as const;

// ───────────── iWmo / iJw 3.2 code lists (Zorginstituut Nederland) ─────────────

export const EENHEID_VALUES = ['01', '04', '14', '16', '82', '83', '84'] as const;
export type Eenheid = (typeof EENHEID_VALUES)[number];

export const EENHEID_LABELS: Record<Eenheid, string> = {
  '01': 'Minuut',
  '04': 'Uur',
  '14': 'Etmaal',
  '16': 'Dagdeel (4 uur)',
  '82': 'Stuks (output)',
  '83': "Euro's",
  '84': 'Stuks (inspanning)',
};

export const FREQUENTIE_VALUES = ['1', '2', '4', '6'] as const;
export type Frequentie = (typeof FREQUENTIE_VALUES)[number];

export const FREQUENTIE_LABELS: Record<Frequentie, string> = {
  '1': 'Per dag',
  '2': 'Per week',
  '4': 'Per maand',
  '6': 'Totaal binnen geldigheidsduur',
};

// Only the codes DOMAIN.md §5 names; the full list is in the iStandaarden codelijst. Empty on a first toewijzing.
export const REDEN_WIJZIGING_VALUES = ['02', '04', '05', '07', '09', '13', '14'] as const;
export type RedenWijziging = (typeof REDEN_WIJZIGING_VALUES)[number];

export const REDEN_WIJZIGING_LABELS: Record<RedenWijziging, string> = {
  '02': 'Overleden',
  '04': 'Verlenging',
  '05': 'Verkorting',
  '07': 'Verhuizing',
  '09': 'Andere aanbieder',
  '13': 'Verwijderd',
  '14': 'Administratieve correctie',
};

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (code: string): code is T =>
    (values as readonly string[]).includes(code);

export const isEenheid = isOneOf(EENHEID_VALUES);
export const isFrequentie = isOneOf(FREQUENTIE_VALUES);
export const isRedenWijziging = isOneOf(REDEN_WIJZIGING_VALUES);
