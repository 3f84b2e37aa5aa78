import type { AanbiederVerzoekStatus } from './enums';

// Issue 22: the aanbieder's toewijzingen as a planner's worklist. Where care stands on a toewijzing follows from its
// zorgleveringen (305 start / 307 stop, by message or by hand): none → not started yet; one without einddatum → in
// care; all ended → stopped. The list query (lib/server/partner/get-partner-toewijzingen.ts) computes the same in SQL.

export const ZORG_STAND_VALUES = ['NIET_GESTART', 'IN_ZORG', 'GESTOPT'] as const;
export type ZorgStand = (typeof ZORG_STAND_VALUES)[number];

export const ZORG_STAND_LABELS: Record<ZorgStand, string> = {
  NIET_GESTART: 'Nog niet gestart',
  IN_ZORG: 'In zorg',
  GESTOPT: 'Gestopt',
};

/** The filter in the URL (?stand=…) for each stand. */
export const ZORG_STAND_PARAM: Record<ZorgStand, string> = { NIET_GESTART: 'nog-niet-gestart', IN_ZORG: 'in-zorg', GESTOPT: 'gestopt' };

/** A verzoek's status as the aanbieder reads it (the backoffice's own labels say what it has to do). */
export const PARTNER_VERZOEK_STATUS_LABELS: Record<AanbiederVerzoekStatus, string> = {
  OPEN: 'Nog niet beantwoord',
  TOEGEWEZEN: 'Toegekend',
  AFGEWEZEN: 'Afgewezen',
};

export const zorgStand = (leveringen: { einddatum: Date | null }[]): ZorgStand =>
  leveringen.length === 0 ? 'NIET_GESTART' : leveringen.some((l) => l.einddatum === null) ? 'IN_ZORG' : 'GESTOPT';

/** 25 toewijzingen per page. */
export const PARTNER_TOEWIJZINGEN_PER_PAGINA = 25;

export type PartnerToewijzingFilters = {
  stand: ZorgStand | null;
  /** A ToewijzingNummer (digits), a BSN (9 digits) or (part of) a client's name. */
  zoek: string | null;
  pagina: number;
};

/** What a search asks for: digits are a ToewijzingNummer or a BSN (both are tried), anything else (part of) a name. */
export type ZoekSoort = { soort: 'cijfers'; tekst: string; nummer: number } | { soort: 'naam'; naam: string };

export const zoekSoort = (zoek: string): ZoekSoort => {
  const z = zoek.trim();
  if (/^\d{1,9}$/.test(z)) return { soort: 'cijfers', tekst: z, nummer: Number(z) };
  return { soort: 'naam', naam: z.replace(/\s+/g, ' ') };
};

/** The filters from the URL; anything unknown is ignored (a GET filter never errors). */
export const leesPartnerToewijzingFilters = (search: Record<string, string | string[] | undefined>): PartnerToewijzingFilters => {
  const een = (k: string) => (typeof search[k] === 'string' ? (search[k] as string) : '');
  const stand = ZORG_STAND_VALUES.find((s) => ZORG_STAND_PARAM[s] === een('stand')) ?? null;
  const zoek = een('zoek').trim().slice(0, 100) || null;
  const pagina = Number.parseInt(een('pagina') || '1', 10);
  return { stand, zoek, pagina: Number.isFinite(pagina) && pagina > 0 ? pagina : 1 };
};
