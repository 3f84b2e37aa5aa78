import { toCalendarDay } from './dates';

// The conflict message of optimistic locking (issue 10): when someone else changed a record since you opened it,
// say who, when and (where the audit log tells) what, and that your input was not saved but is still in the form.

export type LaatsteWijziging = {
  /** The colleague's name; null when the audit log does not know (then: "Iemand anders"). */
  door: string | null;
  /** True when it was the same account (another tab or window). */
  zelf: boolean;
  op: Date;
  /** What they did, as the participle after "heeft … om 14:32": "gewijzigd", "vastgesteld", "getrieerd". */
  handeling: string;
  /** What changed, as short parts: "urgentie is nu Hoog". */
  details: string[];
};

const TIJD = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
const DAG = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long' });

/** "om 14:32" today, "op 12 maart om 14:32" on another day (Amsterdam time). */
export const wanneer = (op: Date, nu: Date): string =>
  toCalendarDay(op).getTime() === toCalendarDay(nu).getTime() ? `om ${TIJD.format(op)}` : `op ${DAG.format(op)} om ${TIJD.format(op)}`;

/**
 * What an audit action did, as the participle of the message ("heeft deze beschikking om 14:32 vastgesteld"): one
 * table for every use case; an action not listed reads "gewijzigd". A call may say it otherwise where the record it
 * names asks for it (regie: "heeft de regie van deze casus gewijzigd").
 */
export const HANDELINGEN: Readonly<Record<string, string>> = {
  AANVRAAG_OPGESCHORT: 'opgeschort',
  AANVRAAG_HERVAT: 'hervat',
  AANVRAAG_VERDAAGD: 'verdaagd',
  BESCHIKKING_VASTGESTELD: 'vastgesteld',
  BESCHIKKING_VERZONDEN: 'verzonden',
  BESCHIKKING_VERVALLEN: 'laten vervallen',
  CASUS_AFGESLOTEN: 'afgesloten',
  CASUS_HEROPEND: 'heropend',
  CONSULT_IN_BEHANDELING: 'opgepakt',
  CONSULT_BEANTWOORD: 'beantwoord',
  GESPREK_VASTGELEGD: 'vastgelegd',
  GESPREK_BIJGEWERKT: 'opgeslagen',
  GESPREK_AFGEROND: 'afgerond',
  MANDAAT_ENDED: 'beëindigd',
  MELDING_GEKOPPELD: 'aan een huishouden gekoppeld',
  OPSCHALING_TOEGEKEND: 'toegekend',
  OPSCHALING_AFGEWEZEN: 'afgewezen',
  REGIE_TOEGEWEZEN: 'een regisseur gegeven',
  TEAMLIDMAATSCHAP_ENDED: 'beëindigd',
  TRIAGE_RECORDED: 'getrieerd',
  USER_DEACTIVATED: 'gedeactiveerd',
  USER_REACTIVATED: 'weer actief gemaakt',
  USER_PASSWORD_RESET: 'een nieuw wachtwoord gegeven',
  USER_FOCUSWIJKEN_SET: 'andere focuswijken gegeven',
  VERSLAG_VERSTUURD: 'als verstuurd gemarkeerd',
};

export const OPNIEUW = 'Je wijziging is niet opgeslagen en staat nog in het formulier. Bekijk de nieuwe stand en voer je wijziging opnieuw in.';

/**
 * "Mirjam Hoekstra heeft deze triage om 14:32 gewijzigd: urgentie is nu Hoog. Je wijziging is niet opgeslagen …"
 * `wat` names the record with its article: "deze triage", "deze beschikking", "de regie van deze casus".
 */
export function staleVersionMelding(wat: string, laatste: LaatsteWijziging | null, nu: Date): string {
  if (!laatste) return `Iemand anders heeft ${wat} gewijzigd sinds je de pagina opende. ${OPNIEUW}`;
  const wie = laatste.zelf ? 'Je hebt' : `${laatste.door ?? 'Iemand anders'} heeft`;
  const waar = laatste.zelf ? ' (in een ander venster of tabblad)' : '';
  const details = laatste.details.length ? `: ${laatste.details.join(', ')}` : '';
  return `${wie} ${wat}${waar} ${wanneer(laatste.op, nu)} ${laatste.handeling}${details}. ${OPNIEUW}`;
}

/** A changed-fields audit row (`after` holds only the changed fields) as parts: "naam, telefoon gewijzigd". */
export function gewijzigdeVelden(after: unknown, labels: Record<string, string> = {}): string[] {
  if (!after || typeof after !== 'object' || Array.isArray(after)) return [];
  const velden = Object.keys(after).filter((k) => k !== 'version');
  if (!velden.length) return [];
  return [`${velden.map((k) => labels[k] ?? k).join(', ')} ${velden.length === 1 ? 'is' : 'zijn'} aangepast`];
}
