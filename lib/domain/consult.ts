import { CONSULT_STATUS_VALUES, type ConsultStatus } from './enums';
import { CONSULT_STATUS_LABELS } from './labels';
import { defineMachine, type TransitionTable } from './state-machine';

// The consult of a gedragswetenschapper (DOMAIN.md §3 rule 6) as a machine of the one engine
// (lib/domain/state-machine.ts): it is asked (OPEN), taken (IN_BEHANDELING, with the name of who took it; a colleague
// may take it over) and answered (AFGEROND), which lifts the block an open VEILIGHEID consult puts on closing the
// casus. An open consult can be answered at once.

export const CONSULT_REDENEN = {
  alBeantwoord: 'Dit consult is al beantwoord.',
} as const;

export const CONSULT_TRANSITIONS = {
  OPEN: { IN_BEHANDELING: [], AFGEROND: [] },
  IN_BEHANDELING: { AFGEROND: [] },
  AFGEROND: {},
} satisfies TransitionTable<ConsultStatus, ConsultFeiten>;

/** No guard of the consult table needs facts. */
export type ConsultFeiten = Record<string, never>;

export const CONSULT_MACHINE = defineMachine<ConsultStatus, ConsultFeiten>({
  states: CONSULT_STATUS_VALUES,
  table: CONSULT_TRANSITIONS,
  initial: ['OPEN'],
  blijft: ['IN_BEHANDELING'],
  kanNiet: (van, naar) =>
    van === 'AFGEROND' ? CONSULT_REDENEN.alBeantwoord : `Een consult dat ${CONSULT_STATUS_LABELS[van].toLowerCase()} is, gaat niet terug naar ${CONSULT_STATUS_LABELS[naar].toLowerCase()}.`,
});
