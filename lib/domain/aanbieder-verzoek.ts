// Issue 19 and 22 item 4: the rules for a verzoek om toewijzing (315) or om wijziging (317) of an aanbieder, the same
// whether it came as a message or was typed by hand in the partner portal (lib/server/berichten/registreer-verzoek.ts
// applies them for both channels). Each refusal carries the standard's retourcode (the message channel answers
// with it) and a Dutch reason (the backoffice and the planner read it).
import { toCalendarDay } from './dates';

export type VerzoekBezwaar = { retourcode: string; reden: string };

/**
 * TR349/TR350/TR351: a verzoek om wijziging names each actuele toewijzing of the client at this aanbieder, either
 * to change or unchanged, and names no other.
 */
export function toetsWijzigingNummers(actueel: readonly number[], verzoek: { ongewijzigd: readonly number[]; teWijzigen: readonly { toewijzingNummer: number }[] }): VerzoekBezwaar[] {
  const nummers = new Set(actueel);
  const teWijzigen = verzoek.teWijzigen.map((p) => p.toewijzingNummer);
  const bezwaren: VerzoekBezwaar[] = [];
  for (const n of teWijzigen) if (!nummers.has(n)) bezwaren.push({ retourcode: '9351', reden: `Toewijzing ${n} is geen actuele toewijzing van deze cliënt bij deze aanbieder (TR351).` });
  for (const n of verzoek.ongewijzigd) if (!nummers.has(n)) bezwaren.push({ retourcode: '9350', reden: `Toewijzing ${n} is geen actuele toewijzing van deze cliënt bij deze aanbieder (TR350).` });
  const genoemd = new Set([...verzoek.ongewijzigd, ...teWijzigen]);
  const vergeten = [...nummers].filter((n) => !genoemd.has(n));
  if (vergeten.length) bezwaren.push({ retourcode: '9349', reden: `Het verzoek noemt niet alle actuele toewijzingen; ontbrekend: ${vergeten.join(', ')} (TR349).` });
  return bezwaren;
}

/** A product asked for: its period and omvang. */
export type GevraagdeLevering = { ingangsdatum: Date; einddatum: Date | null; omvang: { volume: number } | null };

/** The period runs forward and the volume is a positive whole number (the standard's TR and the XSD's Volume). */
export function toetsLevering(p: GevraagdeLevering): VerzoekBezwaar[] {
  const bezwaren: VerzoekBezwaar[] = [];
  if (p.einddatum && toCalendarDay(p.einddatum) < toCalendarDay(p.ingangsdatum)) {
    bezwaren.push({ retourcode: '0001', reden: 'De einddatum ligt vóór de ingangsdatum.' });
  }
  if (p.omvang && (!Number.isInteger(p.omvang.volume) || p.omvang.volume < 1)) {
    bezwaren.push({ retourcode: '0001', reden: 'Het volume moet een heel getal van 1 of meer zijn.' });
  }
  return bezwaren;
}

/** A product code the aanbieder asks for must be one it has a contract for on the ingangsdatum. */
export const inContract = (contracten: readonly { van: Date; tot: Date | null }[], op: Date): boolean =>
  contracten.some((c) => toCalendarDay(c.van) <= toCalendarDay(op) && (c.tot === null || toCalendarDay(c.tot) >= toCalendarDay(op)));
