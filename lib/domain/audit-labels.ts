import { AUDIT_ACTIONS } from './audit-actions';
import type { BreakTheGlassUitkomst } from './enums';

// The access log (toegangslog) in words (issue 16 item 18): one Dutch description per audit action code, for the
// privacy officer's viewer and its filter. The log itself keeps the codes (they are stable; the words may change).
// The descriptions themselves live with the typed codes in audit-actions.ts; this adds the codes of older rows.

export const AUDIT_LABELS: Readonly<Record<string, string>> = {
  // Codes that older rows of the log may hold and no use case writes any more.
  CREATE: 'Vastgelegd',
  UPDATE: 'Gewijzigd',
  DELETE: 'Verwijderd',
  DOSSIER_VIEWED: 'Dossier bekeken',
  // Every code the use cases write: the one list with its Dutch description (lib/domain/audit-actions.ts).
  ...AUDIT_ACTIONS,
};

/** The description of a code; a code without one (added later) reads as what it is, never as an empty cell. */
export const auditLabel = (code: string): string => AUDIT_LABELS[code] ?? `Andere handeling (${code})`;

/** The outcomes of a break-the-glass review, in words (issue 16 item 18). */
export const BREAK_THE_GLASS_UITKOMST_LABELS: Record<BreakTheGlassUitkomst, string> = {
  GERECHTVAARDIGD: 'Gerechtvaardigd',
  NIET_GERECHTVAARDIGD: 'Niet gerechtvaardigd',
};
