// How big a form post may be (issue 16 item 7). Server actions take bodies up to MAX_FORMULIER_BYTES
// (next.config.ts), comfortably above every legitimate form: a document upload past the browser's own check (a
// file of 10 MB) still reaches the action, which answers at the field ("het bestand is te groot"), and so does a
// text of megabytes pasted into a field. A body larger than that is refused by the proxy with a plain page (413)
// before it is read. The values a form shows again are cut to MAX_VELD_TEKENS: what fits is kept, the field's own
// length rule says that it was too long, and no megabytes go back to the browser.

export const MAX_FORMULIER_MB = 12;
export const MAX_FORMULIER_BYTES = MAX_FORMULIER_MB * 1024 * 1024;
/** Longer than any field's own limit (the longest is 10,000 characters). */
export const MAX_VELD_TEKENS = 20_000;

/** The plain page for a post over MAX_FORMULIER_BYTES: u-form on the resident's pages, je-form for staff. */
export const teGrootTekst = (publiek: boolean) =>
  publiek
    ? `Wat u probeerde te versturen is te groot (meer dan ${MAX_FORMULIER_MB} MB). Ga terug, maak uw tekst korter of kies een kleiner bestand, en probeer het opnieuw.`
    : `Wat je probeerde te versturen is te groot (meer dan ${MAX_FORMULIER_MB} MB). Ga terug, maak de tekst korter of kies een kleiner bestand, en probeer het opnieuw.`;
