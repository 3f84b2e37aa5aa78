import { formatDatum } from './dates';

// Issue 16 item 14: whoever did the intake (the triage of a melding on a household, usually the front office)
// keeps need-to-know on that household for a stated period afterwards, so that they can answer the resident's call
// back, finish what they wrote and see where the casus went. After the period the regisseur or team holds it.

/** Days after the triage during which the person who did it keeps access to the household. */
export const INTAKE_TOEGANG_DAGEN = 14;

const DAG_MS = 86_400_000;

/** The moment after which a triage done at that time no longer gives access (a fixed span of days, no legal term). */
export const intakeToegangTot = (triageOp: Date): Date => new Date(triageOp.getTime() + INTAKE_TOEGANG_DAGEN * DAG_MS);

/** The earliest triage moment that still gives access now. */
export const intakeToegangVanaf = (now: Date): Date => new Date(now.getTime() - INTAKE_TOEGANG_DAGEN * DAG_MS);

/**
 * Why someone who worked on a melding no longer sees its household, and what to do: the refusal says both.
 * `triage`: the triage of this melding when this person did it; `team`: the team that holds the casus.
 */
export function intakeGeenToegangUitleg(input: { triageDoorMij: boolean; triageOp: Date | null; team: string | null }): string {
  const wie = input.team ? `het ${input.team}` : 'het wijkteam';
  const wat = `Heb je het dossier nodig, vraag dan de teamleider van ${wie} om toegang, of gebruik ‘Toegang vragen met reden’ (break the glass) als het niet kan wachten.`;
  if (input.triageDoorMij && input.triageOp) {
    return `Je deed de triage op ${formatDatum(input.triageOp)}. Wie de intake deed, houdt ${INTAKE_TOEGANG_DAGEN} dagen toegang tot het huishouden; dat was tot ${formatDatum(intakeToegangTot(input.triageOp))}. Nu werkt ${wie} eraan. ${wat}`;
  }
  return `Je hebt geen reden meer om dit huishouden te zien: de melding is afgehandeld en ${wie} werkt eraan. ${wat}`;
}
