// Every action the access log (AuditEntry.actie) knows, with what it means in Dutch: the one list. The audit writer
// (lib/server/audit/record.ts) accepts only these codes, and tests/unit/audit-actions.test.ts fails when lib/ or
// app/ writes a code that is not here.
//
// Adding a code: one line below, in its group, `CODE: 'Omschrijving in het Nederlands'` (UPPER_SNAKE, English or
// Dutch as the use case names it; the description says what happened, as a staff member reads it in the toegangslog).

export const AUDIT_ACTIONS = {
  // Reading and exporting (NEN 7513: every look at a dossier is logged)
  READ: 'Bekeken',
  SEARCH: 'Gezocht',
  EXPORT: 'Afgedrukt of gedownload',
  INZAGE_BEKEKEN: 'Bekeken voor een inzageverzoek',
  BREAK_THE_GLASS: 'Toegang zonder grond (break the glass)',

  // Melding and triage
  MELDING_CREATED: 'Melding vastgelegd',
  MELDING_GEKOPPELD: 'Melding aan huishouden gekoppeld',
  TRIAGE_RECORDED: 'Triage vastgelegd',

  // Huishouden and its members
  HUISHOUDEN_AANGEMAAKT: 'Huishouden aangemaakt',
  HUISHOUDEN_GESPLITST: 'Huishouden gesplitst',
  HUISHOUDEN_GEANONIMISEERD: 'Huishouden geanonimiseerd (bewaartermijn verlopen)',
  LID_TOEGEVOEGD: 'Lid toegevoegd aan huishouden',
  LID_UITGESCHREVEN: 'Lid uitgeschreven uit huishouden',
  LID_VERHUISD: 'Lid verhuisd naar ander huishouden',
  LIDMAATSCHAP_BEEINDIGD: 'Lidmaatschap van huishouden beëindigd',
  BETROKKENE_ADDED: 'Betrokkene vastgelegd',
  BETROKKENE_ENDED: 'Betrokkenheid beëindigd',
  TOESTEMMING_VASTGELEGD: 'Toestemming vastgelegd',
  TOESTEMMING_INGETROKKEN: 'Toestemming ingetrokken',
  GEGEVENS_GEDEELD: 'Gegevens gedeeld met een andere partij',
  DOCUMENT_UPLOADED: 'Document toegevoegd',
  CONTACTMOMENT_CREATED: 'Contactmoment vastgelegd',
  CONTACTMOMENT_UPDATED: 'Contactmoment gewijzigd',

  // Casus, regie, gesprek, veiligheid, consult
  REGIE_TOEGEWEZEN: 'Regie toegewezen',
  REGIE_BEEINDIGD: 'Regie beëindigd',
  CASUS_AFGESLOTEN: 'Casus afgesloten',
  CASUS_HEROPEND: 'Casus heropend',
  OPSCHALING_AANGEVRAAGD: 'Opschaling aangevraagd',
  OPSCHALING_TOEGEKEND: 'Opschaling toegekend',
  OPSCHALING_AFGEWEZEN: 'Opschaling afgewezen',
  DOORZETTINGSMACHT_INGEZET: 'Doorzettingsmacht ingezet',
  GESPREK_VASTGELEGD: 'Gesprek vastgelegd',
  GESPREK_BIJGEWERKT: 'Gesprek bijgewerkt',
  GESPREK_AFGEROND: 'Gesprek afgerond',
  VERSLAG_GEMAAKT: 'Verslag gemaakt',
  VERSLAG_VERSTUURD: 'Verslag verstuurd',
  VEILIGHEIDSANALYSE_VASTGELEGD: 'Veiligheidsanalyse vastgelegd',
  CONSULT_AANGEVRAAGD: 'Consult aangevraagd',
  CONSULT_IN_BEHANDELING: 'Consult in behandeling genomen',
  CONSULT_BEANTWOORD: 'Consult beantwoord',

  // Ondersteuningsplan
  PLAN_GESTART: 'Uitvoering van het plan gestart',
  PLAN_CONCEPT_OPGESLAGEN: 'Concept van het plan opgeslagen',
  PLAN_TER_AKKOORD: 'Plan ter akkoord voorgelegd',
  PLAN_TERUG_NAAR_CONCEPT: 'Plan teruggezet naar concept',
  PLAN_AKKOORD_INWONER: 'Akkoord van de inwoner op het plan vastgelegd',
  PLAN_VASTGESTELD: 'Plan vastgesteld',
  PLAN_NIEUWE_VERSIE: 'Nieuwe versie van het plan gemaakt',
  PLAN_GEEVALUEERD: 'Plan geëvalueerd',
  PLAN_ACTIE_STATUS: 'Status van een actie uit het plan gewijzigd',

  // Aanvraag, beschikking, toewijzing
  AANVRAAG_AANGEMAAKT: 'Aanvraag vastgelegd',
  AANVRAAG_OPGESCHORT: 'Aanvraag opgeschort',
  AANVRAAG_HERVAT: 'Aanvraag hervat',
  AANVRAAG_VERDAAGD: 'Beslistermijn verdaagd',
  BESCHIKKING_CONCEPT_AANGEMAAKT: 'Concept-beschikking gemaakt',
  BESCHIKKING_CONCEPT_GEWIJZIGD: 'Concept-beschikking gewijzigd',
  BESCHIKKING_VASTGESTELD: 'Beschikking vastgesteld',
  BESCHIKKING_VERZONDEN: 'Beschikking verzonden',
  BESCHIKKING_VERVALLEN: 'Beschikking vervallen',
  BESCHIKKING_WIJZIGING_GESTART: 'Wijziging van een beschikking gestart',
  BESCHIKKING_INTREKKING_GESTART: 'Intrekking van een beschikking gestart',
  TOEWIJZING_AANGEMAAKT: 'Toewijzing aangemaakt',
  TOEWIJZING_GEWIJZIGD: 'Toewijzing gewijzigd',
  TOEWIJZING_INGETROKKEN: 'Toewijzing ingetrokken',
  TOEWIJZINGEN_VERZONDEN: 'Toewijzingen verzonden',

  // Beheer
  GEMEENTE_UPDATED: 'Instellingen van de gemeente gewijzigd',
  BEWAARTERMIJN_UPDATED: 'Bewaartermijn gewijzigd',
  WIJK_CREATED: 'Wijk aangemaakt',
  WIJK_UPDATED: 'Wijk gewijzigd',
  POSTCODEGEBIED_ADDED: 'Postcodegebied toegevoegd',
  POSTCODEGEBIED_REMOVED: 'Postcodegebied verwijderd',
  TEAM_CREATED: 'Team aangemaakt',
  TEAM_UPDATED: 'Team gewijzigd',
  TEAMLIDMAATSCHAP_ADDED: 'Teamlidmaatschap toegevoegd',
  TEAMLIDMAATSCHAP_ENDED: 'Teamlidmaatschap beëindigd',
  TEAMLIDMAATSCHAP_REMOVED: 'Teamlidmaatschap verwijderd',
  USER_CREATED: 'Medewerker aangemaakt',
  USER_UPDATED: 'Medewerker gewijzigd',
  USER_DEACTIVATED: 'Account gedeactiveerd',
  USER_REACTIVATED: 'Account weer geactiveerd',
  USER_PASSWORD_RESET: 'Wachtwoord opnieuw ingesteld',
  USER_TOTP_RESET: 'Tweestapsverificatie gewist',
  USER_FOCUSWIJKEN_SET: 'Focuswijken ingesteld',
  TOTP_ENABLED: 'Tweestapsverificatie ingesteld',
  MANDAAT_ADDED: 'Mandaat toegekend',
  MANDAAT_ENDED: 'Mandaat beëindigd',
  MANDAAT_REMOVED: 'Mandaat verwijderd',
  LEEFGEBIED_CREATED: 'Leefgebied aangemaakt',
  LEEFGEBIED_UPDATED: 'Leefgebied gewijzigd',
  PRODUCT_CREATED: 'Product aangemaakt',
  PRODUCT_UPDATED: 'Product gewijzigd',
  PRODUCT_IMPORTED: 'Product geïmporteerd',
  CATALOGUS_IMPORTED: 'Productcatalogus geïmporteerd',
  AANBIEDER_CREATED: 'Aanbieder aangemaakt',
  AANBIEDER_UPDATED: 'Aanbieder gewijzigd',
  CONTRACT_ADDED: 'Contract toegevoegd',
  CONTRACT_ENDED: 'Contract beëindigd',
  VOORZIENING_CREATED: 'Voorziening op de sociale kaart aangemaakt',
  VOORZIENING_UPDATED: 'Voorziening op de sociale kaart gewijzigd',

  // Added when issues 16-21 met
  USER_PASSWORD_CHANGE_REFUSED: 'Wachtwoord wijzigen geweigerd (huidig wachtwoord onjuist)',
  USER_PASSWORD_CHANGED: 'Eigen wachtwoord gewijzigd',
  BESLUITDAG_ADDED: 'Besluitdag (Algemene termijnenwet) toegevoegd',
  BESLUITDAG_REMOVED: 'Besluitdag (Algemene termijnenwet) verwijderd',
  VERZOEK_AFGEWEZEN: 'Verzoek van een aanbieder afgewezen (319)',
  VERZOEK_TOEGEWEZEN: 'Verzoek van een aanbieder beantwoord met een toewijzing',
  BERICHT_GEUPLOAD: 'Bericht van een aanbieder geüpload',
  BERICHT_VERWERKT: 'Inkomend bericht verwerkt',
  BERICHT_GEWEIGERD: 'Inkomend bericht geweigerd',
  BERICHT_RETOUR_GOEDGEKEURD: 'Retourbericht: toewijzing geaccepteerd',
  BERICHT_RETOUR_AFGEKEURD: 'Retourbericht: toewijzing afgekeurd',
  VERZOEK_ONTVANGEN: 'Verzoek van een aanbieder ontvangen',
  BRP_SIGNAAL: 'Verschil met de BRP gesignaleerd',
  GEZAG_UIT_BRP: 'Gezag overgenomen uit de BRP',
  PERSOON_BIJGEWERKT_UIT_BRP: 'Persoonsgegevens bijgewerkt uit de BRP',
  PERSOON_UIT_BRP: 'Persoon ingeschreven met gegevens uit de BRP',
  BRP_GERAADPLEEGD: 'BRP geraadpleegd',
  BSN_GETOOND: 'BSN getoond',
  INWONER_PLAN_AKKOORD: 'Inwoner gaf online akkoord op het plan',
  INWONER_PLAN_WIJZIGING: 'Inwoner vroeg om een wijziging van het plan',
  INWONER_DOEL_VOORTGANG: 'Inwoner schreef voortgang bij een doel',
  INWONER_SIGNED_IN: 'Inwoner ingelogd met DigiD',
  BREAK_THE_GLASS_BEOORDEELD: 'Break the glass beoordeeld',
  ZORG_GESTART: 'Start zorg geregistreerd',
  ZORG_START_VERWIJDERD: 'Start zorg ingetrokken',
  ZORG_GESTOPT: 'Stop zorg geregistreerd',
  ZORG_STOP_VERWIJDERD: 'Stop zorg ingetrokken',
  PORTAAL_BERICHT_VERSTUURD: 'Bericht aan het huishouden gestuurd (Mijn plan)',
  INWONER_BERICHT: 'Inwoner stuurde een bericht (Mijn plan)',
  INWONER_TOESTEMMING_INGETROKKEN: 'Inwoner trok een toestemming in (Mijn plan)',
  PARTNER_SIGNED_IN: 'Ketenpartner ingelogd met eHerkenning',
  PARTNER_VOORTGANG: 'Ketenpartner meldde voortgang van een actie',
  PARTNER_SIGNAAL: 'Ketenpartner stuurde een zorgsignaal',
  PARTNER_ZORG_BEVESTIGD: 'Ketenpartner bevestigde start of stop van zorg',
  PARTNER_VOORSTEL: 'Ketenpartner deed een voorstel voor het plan',
  PARTNER_SIGNAAL_AFGEHANDELD: 'Zorgsignaal van een ketenpartner afgehandeld',
  PARTNER_VOORSTEL_BEOORDEELD: 'Voorstel van een ketenpartner overgenomen of afgewezen',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTIONS, value);

/** The Dutch description of a code; a code from before this list (old rows) is shown as it is. */
export const auditActionLabel = (code: string): string => (isAuditAction(code) ? AUDIT_ACTIONS[code] : code);
