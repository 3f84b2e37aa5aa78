// The one engine behind every route object's state machine (casus, melding, aanvraag, beschikking, plan versie,
// consult): a table from state → to state → guards, where a guard returns a Dutch reason or null (../shared/STYLE.md
// §3). A step that is not in the table is refused with the machine's own sentence; a step in the table is allowed
// when none of its guards gives a reason. The tables live beside their object (lib/domain/casus-transitions.ts,
// plan.ts, beschikking.ts, melding.ts, aanvraag-status.ts, consult.ts); lib/server/transitie/apply-transition.ts is
// the one place that writes a state, through these machines.

export type Guard<F> = (facts: F) => string | null;

export type TransitionTable<S extends string, F> = { readonly [van in S]: { readonly [naar in S]?: readonly Guard<F>[] } };

export type StateMachine<S extends string, F> = {
  /** The states in route order (the enum's order). */
  readonly states: readonly S[];
  readonly table: TransitionTable<S, F>;
  /** The states a new row may be created in (the scan of lib/server allows only these on create). */
  readonly initial: readonly S[];
  /**
   * The states in which a write may keep the state as it is (an update of the row that is no step: a melding
   * attached again, a consult taken over, a plan evaluated that carries on). Any other `van === naar` is refused.
   */
  readonly blijft?: readonly S[];
  /** The sentence for a step that is not in the table. */
  readonly kanNiet: (van: S, naar: S) => string;
};

export const defineMachine = <S extends string, F>(machine: StateMachine<S, F>): StateMachine<S, F> => machine;

const guardsFor = <S extends string, F>(machine: StateMachine<S, F>, van: S, naar: S): readonly Guard<F>[] | undefined => machine.table[van][naar];

/** Whether `van → naar` is a step of the table at all (whatever its guards say). */
export const isStap = <S extends string, F>(machine: StateMachine<S, F>, van: S, naar: S): boolean => guardsFor(machine, van, naar) !== undefined;

/** Dutch reasons why the object cannot go from `van` to `naar` with these facts; empty when it can. */
export const weigeringen = <S extends string, F>(machine: StateMachine<S, F>, van: S, naar: S, facts: F): string[] => {
  const guards = guardsFor(machine, van, naar);
  if (!guards) return [machine.kanNiet(van, naar)];
  return guards.map((guard) => guard(facts)).filter((reason): reason is string => reason !== null);
};

/** As weigeringen, and staying in a state of `blijft` is allowed without guards: what the write helper checks. */
export const schrijfWeigeringen = <S extends string, F>(machine: StateMachine<S, F>, van: S, naar: S, facts: F): string[] =>
  van === naar && machine.blijft?.includes(van) ? [] : weigeringen(machine, van, naar, facts);

/** Every step of the table from `van`, in route order, with the reasons it is blocked now (for disabled buttons). */
export const volgendeStappen = <S extends string, F>(machine: StateMachine<S, F>, van: S, facts: F): { to: S; reasons: string[] }[] =>
  machine.states.filter((naar) => isStap(machine, van, naar)).map((to) => ({ to, reasons: weigeringen(machine, van, to, facts) }));

/** The states the object can go to now, in route order. */
export const toegestaan = <S extends string, F>(machine: StateMachine<S, F>, van: S, facts: F): S[] =>
  machine.states.filter((naar) => weigeringen(machine, van, naar, facts).length === 0);

/** Every step of the table as [van, naar] pairs (for tests and documentation). */
export const stappen = <S extends string, F>(machine: StateMachine<S, F>): [S, S][] =>
  machine.states.flatMap((van) => machine.states.filter((naar) => isStap(machine, van, naar)).map((naar): [S, S] => [van, naar]));

/** The states from which `naar` can be reached in one step. */
export const bronnenVan = <S extends string, F>(machine: StateMachine<S, F>, naar: S): S[] => machine.states.filter((van) => isStap(machine, van, naar));

/** The states one step away from `van`. */
export const doelenVan = <S extends string, F>(machine: StateMachine<S, F>, van: S): S[] => machine.states.filter((naar) => isStap(machine, van, naar));
