// String unions mirroring the Prisma enums in prisma/schema.prisma. lib/domain must not import the generated
// client (no I/O, no Prisma), so the values are declared here once and shared by the domain modules.
// tests/unit/enums.test.ts reads the schema and fails when the two drift apart.

export const TEAM_SOORT_VALUES = ['WIJKTEAM', 'JEUGDTEAM', 'WMO_TEAM', 'BACKOFFICE', 'FRONTOFFICE'] as const;
export type TeamSoort = (typeof TEAM_SOORT_VALUES)[number];

export const ROL_VALUES = [
  'FRONTOFFICE', 'WIJKCOACH', 'TEAMLEAD', 'GEDRAGSWETENSCHAPPER', 'BACKOFFICE', 'BEHEERDER', 'BELEID',
  'PRIVACY',
] as const;
export type Rol = (typeof ROL_VALUES)[number];

export const MANDAAT_SOORT_VALUES = [
  'PLAN_VASTSTELLEN', 'BESCHIKKING_VASTSTELLEN', 'PROCESREGIE', 'DOORZETTINGSMACHT',
] as const;
export type MandaatSoort = (typeof MANDAAT_SOORT_VALUES)[number];

export const WET_VALUES = ['WMO', 'JEUGDWET', 'PARTICIPATIEWET'] as const;
export type Wet = (typeof WET_VALUES)[number];

export const GESLACHT_VALUES = ['ONBEKEND', 'MAN', 'VROUW', 'NIET_GESPECIFICEERD'] as const;
export type Geslacht = (typeof GESLACHT_VALUES)[number];

export const HUISHOUDEN_ROL_VALUES = ['HOOFDBEWONER', 'PARTNER', 'KIND', 'PLEEGKIND', 'OUDER', 'OVERIG'] as const;
export type HuishoudenRol = (typeof HUISHOUDEN_ROL_VALUES)[number];

export const VERTEGENWOORDIGING_SOORT_VALUES = [
  'GEZAG', 'VOOGD', 'CURATOR', 'MENTOR', 'BEWINDVOERDER', 'GEMACHTIGDE',
] as const;
export type VertegenwoordigingSoort = (typeof VERTEGENWOORDIGING_SOORT_VALUES)[number];

export const KANAAL_VALUES = [
  'TELEFOON', 'EMAIL', 'WEBSITE', 'PARTNER', 'LOKET', 'VERWIJZER', 'VEILIG_THUIS', 'ZELFMELDER',
] as const;
export type Kanaal = (typeof KANAAL_VALUES)[number];

export const VERWIJZER_SOORT_VALUES = ['HUISARTS', 'JEUGDARTS', 'MEDISCH_SPECIALIST', 'GI'] as const;
export type VerwijzerSoort = (typeof VERWIJZER_SOORT_VALUES)[number];

export const MELDING_STATUS_VALUES = ['NIEUW', 'IN_TRIAGE', 'AFGEHANDELD', 'GEKOPPELD'] as const;
export type MeldingStatus = (typeof MELDING_STATUS_VALUES)[number];

export const TRIAGE_UITKOMST_VALUES = ['INFORMATIE_ADVIES', 'ENKELVOUDIG', 'MEERVOUDIG', 'CRISIS'] as const;
export type TriageUitkomst = (typeof TRIAGE_UITKOMST_VALUES)[number];

export const TRIAGE_VERVOLG_VALUES = ['AFGEHANDELD', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'SPOED'] as const;
export type TriageVervolg = (typeof TRIAGE_VERVOLG_VALUES)[number];

export const URGENTIE_VALUES = ['NORMAAL', 'HOOG', 'CRISIS'] as const;
export type Urgentie = (typeof URGENTIE_VALUES)[number];

export const VEILIGHEID_VALUES = ['GEEN_ZORGEN', 'TWIJFEL', 'RISICO', 'ACUUT'] as const;
export type Veiligheid = (typeof VEILIGHEID_VALUES)[number];

export const FASE_VALUES = [
  'TRIAGE', 'KORTDURENDE_HULP', 'VRAAGVERHELDERING', 'WACHT_OP_REGIE', 'PLAN', 'UITVOERING', 'EVALUATIE',
  'AFGESLOTEN',
] as const;
export type Fase = (typeof FASE_VALUES)[number];

export const COMPLEXITEIT_VALUES = ['LAAG', 'MIDDEN', 'HOOG'] as const;
export type Complexiteit = (typeof COMPLEXITEIT_VALUES)[number];

export const GEBEURTENIS_SOORT_VALUES = [
  'DOORZETTINGSMACHT', 'OPGESCHAALD', 'AFGESCHAALD', 'HEROPEND', 'AFGESLOTEN', 'OVERIG',
] as const;
export type GebeurtenisSoort = (typeof GEBEURTENIS_SOORT_VALUES)[number];

export const TOESTEMMING_SOORT_VALUES = ['BESPREKEN_IN_TEAM', 'DELEN_MET_PARTIJ'] as const;
export type ToestemmingSoort = (typeof TOESTEMMING_SOORT_VALUES)[number];

export const WIJZE_VALUES = ['MONDELING', 'SCHRIFTELIJK', 'DIGITAAL'] as const;
export type Wijze = (typeof WIJZE_VALUES)[number];

export const WETTELIJKE_GROND_VALUES = ['MELDCODE', 'WETTELIJKE_TAAK'] as const;
export type WettelijkeGrond = (typeof WETTELIJKE_GROND_VALUES)[number];

export const GESPREK_STATUS_VALUES = ['CONCEPT', 'AFGEROND'] as const;
export type GesprekStatus = (typeof GESPREK_STATUS_VALUES)[number];

export const SIGNAAL_VALUES = ['NIET_BESPROKEN', 'GEEN_SIGNAAL', 'SIGNAAL'] as const;
export type Signaal = (typeof SIGNAAL_VALUES)[number];

export const BELASTING_VALUES = ['LICHT', 'MATIG', 'ZWAAR', 'OVERBELAST'] as const;
export type Belasting = (typeof BELASTING_VALUES)[number];

export const NETWERK_SOORT_VALUES = ['PERSOON', 'ORGANISATIE'] as const;
export type NetwerkSoort = (typeof NETWERK_SOORT_VALUES)[number];

export const ZRM_DOMEIN_VALUES = [
  'FINANCIEN', 'WERK_OPLEIDING', 'TIJDSBESTEDING', 'HUISVESTING', 'HUISELIJKE_RELATIES',
  'GEESTELIJKE_GEZONDHEID', 'LICHAMELIJKE_GEZONDHEID', 'MIDDELENGEBRUIK', 'BASALE_ADL', 'INSTRUMENTELE_ADL',
  'SOCIAAL_NETWERK', 'MAATSCHAPPELIJKE_PARTICIPATIE', 'JUSTITIE',
] as const;
export type ZrmDomein = (typeof ZRM_DOMEIN_VALUES)[number];

export const REGIEVORM_VALUES = ['CASUSREGIE', 'PROCESREGIE'] as const;
export type Regievorm = (typeof REGIEVORM_VALUES)[number];

export const VERZOEK_STATUS_VALUES = ['OPEN', 'TOEGEKEND', 'AFGEWEZEN'] as const;
export type VerzoekStatus = (typeof VERZOEK_STATUS_VALUES)[number];

export const PLAN_STATUS_VALUES = [
  'CONCEPT', 'TER_AKKOORD', 'VASTGESTELD', 'IN_UITVOERING', 'GEEVALUEERD', 'VERVANGEN',
] as const;
export type PlanStatus = (typeof PLAN_STATUS_VALUES)[number];

export const HORIZON_VALUES = ['EERSTE_STAP', 'DRIE_MAANDEN', 'EEN_JAAR'] as const;
export type Horizon = (typeof HORIZON_VALUES)[number];

export const UITVOERDER_VALUES = ['INWONER', 'NETWERK', 'VRIJWILLIGER', 'PROFESSIONAL', 'AANBIEDER'] as const;
export type Uitvoerder = (typeof UITVOERDER_VALUES)[number];

export const ACTIE_STATUS_VALUES = ['OPEN', 'BEZIG', 'GEDAAN', 'VERVALLEN'] as const;
export type ActieStatus = (typeof ACTIE_STATUS_VALUES)[number];

export const ARRANGEMENT_SOORT_VALUES = ['EIGEN_KRACHT', 'NETWERK', 'ALGEMENE_VOORZIENING', 'MAATWERK'] as const;
export type ArrangementSoort = (typeof ARRANGEMENT_SOORT_VALUES)[number];

export const EVALUATIE_BESLUIT_VALUES = [
  'BIJSTELLEN', 'OPSCHALEN', 'AFSCHALEN', 'AFSLUITEN', 'VOORTZETTEN',
] as const;
export type EvaluatieBesluit = (typeof EVALUATIE_BESLUIT_VALUES)[number];

export const DOEL_RESULTAAT_VALUES = ['BEHAALD', 'DEELS', 'NIET'] as const;
export type DoelResultaat = (typeof DOEL_RESULTAAT_VALUES)[number];

export const LEVERINGSVORM_VALUES = ['ZIN', 'PGB'] as const;
export type Leveringsvorm = (typeof LEVERINGSVORM_VALUES)[number];

export const VOORZIENING_SOORT_VALUES = ['ALGEMENE_VOORZIENING', 'VOORLIGGEND_PARTNER'] as const;
export type VoorzieningSoort = (typeof VOORZIENING_SOORT_VALUES)[number];

export const AANVRAAG_STATUS_VALUES = [
  'ONTVANGEN', 'IN_BEHANDELING', 'OPGESCHORT', 'BESCHIKT', 'INGETROKKEN',
] as const;
export type AanvraagStatus = (typeof AANVRAAG_STATUS_VALUES)[number];

export const BESLUIT_SOORT_VALUES = ['TOEKENNING', 'GEDEELTELIJKE_TOEKENNING', 'AFWIJZING', 'INTREKKING'] as const;
export type BesluitSoort = (typeof BESLUIT_SOORT_VALUES)[number];

export const BESCHIKKING_STATUS_VALUES = ['CONCEPT', 'VASTGESTELD', 'VERZONDEN', 'VERVALLEN'] as const;
export type BeschikkingStatus = (typeof BESCHIKKING_STATUS_VALUES)[number];

export const VERVALREDEN_VALUES = ['TIJDELIJK', 'INGETROKKEN_OVERHEID', 'INGETROKKEN_BELANGHEBBENDE'] as const;
export type Vervalreden = (typeof VERVALREDEN_VALUES)[number];

export const TOEWIJZING_STATUS_VALUES = ['NIEUW', 'VERZONDEN', 'GEWIJZIGD', 'INGETROKKEN'] as const;
export type ToewijzingStatus = (typeof TOEWIJZING_STATUS_VALUES)[number];

export const BERICHT_CODE_VALUES = ['WMO301', 'JW301'] as const;
export type BerichtCode = (typeof BERICHT_CODE_VALUES)[number];

export const CONSULT_SOORT_VALUES = ['VEILIGHEID', 'NIET_PLUIS', 'MEEDENKEN'] as const;
export type ConsultSoort = (typeof CONSULT_SOORT_VALUES)[number];

export const CONSULT_STATUS_VALUES = ['OPEN', 'IN_BEHANDELING', 'AFGEROND'] as const;
export type ConsultStatus = (typeof CONSULT_STATUS_VALUES)[number];

export const DOCUMENT_SOORT_VALUES = ['VERSLAG', 'PLAN', 'BESCHIKKING', 'INZAGE', 'BIJLAGE'] as const;
export type DocumentSoort = (typeof DOCUMENT_SOORT_VALUES)[number];

export const CONTACT_SOORT_VALUES = [
  'TELEFOON', 'HUISBEZOEK', 'OVERLEG', 'EMAIL', 'CASUISTIEKBESPREKING', 'INTERVISIE',
] as const;
export type ContactSoort = (typeof CONTACT_SOORT_VALUES)[number];

// Every enum by its Prisma name, so tests can compare them with the schema.
// The privacy officer's review of a break-the-glass access (issue 16 item 18, NEN 7513).
export const BREAK_THE_GLASS_UITKOMST_VALUES = ['GERECHTVAARDIGD', 'NIET_GERECHTVAARDIGD'] as const;
export type BreakTheGlassUitkomst = (typeof BREAK_THE_GLASS_UITKOMST_VALUES)[number];
// Issue 19: the berichtenverkeer.
export const INKOMEND_BERICHT_STATUS_VALUES = ['ONTVANGEN', 'VERWERKT', 'GEWEIGERD'] as const;
export type InkomendBerichtStatus = (typeof INKOMEND_BERICHT_STATUS_VALUES)[number];

export const AANBIEDER_VERZOEK_STATUS_VALUES = ['OPEN', 'TOEGEWEZEN', 'AFGEWEZEN'] as const;
export type AanbiederVerzoekStatus = (typeof AANBIEDER_VERZOEK_STATUS_VALUES)[number];

export const DECLARATIE_STATUS_VALUES = ['TOEGEKEND', 'DEELS_TOEGEKEND', 'AFGEWEZEN'] as const;
export type DeclaratieStatus = (typeof DECLARATIE_STATUS_VALUES)[number];
// Issue 22 item 4: a verzoek om toewijzing of wijziging by message (315/317) or by hand in the partner portal.
export const VERZOEK_KANAAL_VALUES = ['BERICHT', 'PORTAAL'] as const;
export type VerzoekKanaal = (typeof VERZOEK_KANAAL_VALUES)[number];
// Issue 22: ketenpartners.
export const PARTNER_SOORT_VALUES = ['AANBIEDER', 'HUISARTSENPRAKTIJK', 'SCHOOL', 'WONINGCORPORATIE', 'SCHULDHULPVERLENING', 'POLITIE_VEILIG_THUIS'] as const;
export type PartnerSoort = (typeof PARTNER_SOORT_VALUES)[number];

export const PARTNER_SIGNAAL_SOORT_VALUES = ['ZORG', 'NIET_VERSCHENEN', 'CRISIS'] as const;
export type PartnerSignaalSoort = (typeof PARTNER_SIGNAAL_SOORT_VALUES)[number];

export const PARTNER_VOORSTEL_STATUS_VALUES = ['OPEN', 'OVERGENOMEN', 'AFGEWEZEN'] as const;
export type PartnerVoorstelStatus = (typeof PARTNER_VOORSTEL_STATUS_VALUES)[number];

// Issue 21: Mijn plan.
export const PLAN_REACTIE_SOORT_VALUES = ['AKKOORD', 'WIJZIGING'] as const;
export type PlanReactieSoort = (typeof PLAN_REACTIE_SOORT_VALUES)[number];

export const MAIL_STATUS_VALUES = ['WACHT', 'VERZONDEN', 'MISLUKT'] as const;
export type MailStatus = (typeof MAIL_STATUS_VALUES)[number];

export const PRISMA_ENUMS = {
  TeamSoort: TEAM_SOORT_VALUES,
  Rol: ROL_VALUES,
  MandaatSoort: MANDAAT_SOORT_VALUES,
  Wet: WET_VALUES,
  Geslacht: GESLACHT_VALUES,
  HuishoudenRol: HUISHOUDEN_ROL_VALUES,
  VertegenwoordigingSoort: VERTEGENWOORDIGING_SOORT_VALUES,
  Kanaal: KANAAL_VALUES,
  VerwijzerSoort: VERWIJZER_SOORT_VALUES,
  MeldingStatus: MELDING_STATUS_VALUES,
  TriageUitkomst: TRIAGE_UITKOMST_VALUES,
  TriageVervolg: TRIAGE_VERVOLG_VALUES,
  Urgentie: URGENTIE_VALUES,
  Veiligheid: VEILIGHEID_VALUES,
  Fase: FASE_VALUES,
  Complexiteit: COMPLEXITEIT_VALUES,
  GebeurtenisSoort: GEBEURTENIS_SOORT_VALUES,
  ToestemmingSoort: TOESTEMMING_SOORT_VALUES,
  Wijze: WIJZE_VALUES,
  WettelijkeGrond: WETTELIJKE_GROND_VALUES,
  GesprekStatus: GESPREK_STATUS_VALUES,
  Signaal: SIGNAAL_VALUES,
  Belasting: BELASTING_VALUES,
  NetwerkSoort: NETWERK_SOORT_VALUES,
  ZrmDomein: ZRM_DOMEIN_VALUES,
  Regievorm: REGIEVORM_VALUES,
  VerzoekStatus: VERZOEK_STATUS_VALUES,
  PlanStatus: PLAN_STATUS_VALUES,
  Horizon: HORIZON_VALUES,
  Uitvoerder: UITVOERDER_VALUES,
  ActieStatus: ACTIE_STATUS_VALUES,
  ArrangementSoort: ARRANGEMENT_SOORT_VALUES,
  EvaluatieBesluit: EVALUATIE_BESLUIT_VALUES,
  DoelResultaat: DOEL_RESULTAAT_VALUES,
  Leveringsvorm: LEVERINGSVORM_VALUES,
  VoorzieningSoort: VOORZIENING_SOORT_VALUES,
  AanvraagStatus: AANVRAAG_STATUS_VALUES,
  BesluitSoort: BESLUIT_SOORT_VALUES,
  BeschikkingStatus: BESCHIKKING_STATUS_VALUES,
  Vervalreden: VERVALREDEN_VALUES,
  ToewijzingStatus: TOEWIJZING_STATUS_VALUES,
  BerichtCode: BERICHT_CODE_VALUES,
  ConsultSoort: CONSULT_SOORT_VALUES,
  ConsultStatus: CONSULT_STATUS_VALUES,
  DocumentSoort: DOCUMENT_SOORT_VALUES,
  ContactSoort: CONTACT_SOORT_VALUES,
  BreakTheGlassUitkomst: BREAK_THE_GLASS_UITKOMST_VALUES,
  InkomendBerichtStatus: INKOMEND_BERICHT_STATUS_VALUES,
  PlanReactieSoort: PLAN_REACTIE_SOORT_VALUES,
  MailStatus: MAIL_STATUS_VALUES,
  AanbiederVerzoekStatus: AANBIEDER_VERZOEK_STATUS_VALUES,
  DeclaratieStatus: DECLARATIE_STATUS_VALUES,
  PartnerSoort: PARTNER_SOORT_VALUES,
  PartnerSignaalSoort: PARTNER_SIGNAAL_SOORT_VALUES,
  PartnerVoorstelStatus: PARTNER_VOORSTEL_STATUS_VALUES,
  VerzoekKanaal: VERZOEK_KANAAL_VALUES,
} as const;
