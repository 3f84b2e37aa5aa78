// Issue 22: partners sign in with eHerkenning through OpenID Connect. The second factor is the eHerkenning
// assurance level: EH3 (eIDAS "substantial") and higher mean the broker authenticated the person with two factors,
// which is what access to case data needs. The level comes as the ID token's `acr` claim, as the eHerkenning
// OIDC profile of the brokers names it: urn:etoegang:core:assurance-class:loa3 (EH3), loa4 (EH4), or loa2plus …

/** The assurance levels in order, as the ID token's acr names them. */
export const EHERKENNING_NIVEAUS = [
  'urn:etoegang:core:assurance-class:loa1',
  'urn:etoegang:core:assurance-class:loa2',
  'urn:etoegang:core:assurance-class:loa2plus',
  'urn:etoegang:core:assurance-class:loa3',
  'urn:etoegang:core:assurance-class:loa4',
] as const;

/** The level partners need: EH3. */
export const MINIMAAL_NIVEAU = 'urn:etoegang:core:assurance-class:loa3';

/** Is the level of this sign-in EH3 or higher? A missing or unknown level is not. */
export const eHerkenningNiveauVoldoende = (acr: string | null | undefined): boolean => {
  const index = EHERKENNING_NIVEAUS.indexOf((acr ?? '') as (typeof EHERKENNING_NIVEAUS)[number]);
  return index >= EHERKENNING_NIVEAUS.indexOf(MINIMAAL_NIVEAU);
};
