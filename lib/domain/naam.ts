// How a person is named, written once: on screen, in letters, in the access log and in the inzage.

export type PersoonsNaam = { voornamen: string; tussenvoegsel?: string | null; achternaam: string };

/** 'Jan de Vries' from the parts of a Persoon (an empty or blank tussenvoegsel is left out). */
export const volledigeNaam = (p: PersoonsNaam): string =>
  [p.voornamen, p.tussenvoegsel, p.achternaam].filter((part) => part && part.trim()).join(' ');
