'use server';
import { dossierVanInput, layout, runAction } from '@/lib/actions/run-action';
import type { PlanFormState } from '@/lib/actions/states';
import { getActor, requireActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { afsluitenCasus } from '@/lib/server/casus/afsluiten-casus';
import { heropenenCasus } from '@/lib/server/casus/heropenen-casus';
import { recordEvaluatie } from '@/lib/server/evaluatie/record-evaluatie';
import { nieuwePlanVersie } from '@/lib/server/plan/nieuwe-plan-versie';
import { recordAkkoordInwoner } from '@/lib/server/plan/record-akkoord-inwoner';
import { savePlanConcept, VASTGESTELD_NIET_BEWERKEN } from '@/lib/server/plan/save-plan-concept';
import { startPlan } from '@/lib/server/plan/start-plan';
import { terugNaarConcept } from '@/lib/server/plan/terug-naar-concept';
import { updateActieStatus } from '@/lib/server/plan/update-actie-status';
import { vaststellenPlan } from '@/lib/server/plan/vaststellen-plan';
import { voorleggenPlan } from '@/lib/server/plan/voorleggen-plan';
import {
  actieStatusSchema,
  afsluitenSchema,
  akkoordSchema,
  fieldErrorsByPath,
  heropenenSchema,
  parseEvaluatie,
  parsePlanConcept,
  planStapSchema,
  startPlanSchema,
} from '@/lib/validations/plan';

const CONTROLEER = 'Controleer de gemarkeerde velden. Er is niets verloren: je invoer staat er nog.';
const SESSIE_VERLOPEN =
  'Je sessie is verlopen, daarom is er niets opgeslagen. Je invoer staat nog in dit formulier. Log in een nieuw tabblad opnieuw in en klik daarna hier nogmaals op opslaan.';

/** What every plan form shares: the parse messages by path, a conflict that says who changed what, the dossier refreshed. */
const plan = {
  actor: requireActor,
  invalid: CONTROLEER,
  fieldErrors: fieldErrorsByPath,
  // A conflict's first line says what happened; the rest says who changed what (lib/domain/plan conflictMelding).
  error: (error: unknown, values: Record<string, string>): PlanFormState | undefined =>
    error instanceof DomainError && error.code === 'STALE_VERSION' && error.reasons.length > 1
      ? { values, formError: error.reasons[0], conflict: error.reasons.slice(1) }
      : undefined,
  revalidate: dossierVanInput,
};

const planPad = (huishoudenId: string) => `/huishoudens/${huishoudenId}/plan`;
const naar = (melding: string) => (_r: unknown, { input }: { input: { huishoudenId: string } }) => `${planPad(input.huishoudenId)}?melding=${melding}`;

export async function startPlanAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: startPlanSchema, run: (input, actor) => startPlan(actor, input.huishoudenId), done: (_r, { input }) => `${planPad(input.huishoudenId)}/bewerken` });
}

export async function savePlanConceptAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, {
    ...plan,
    // A long plan must survive a session timeout: the values come back with the message instead of the login page.
    actor: getActor,
    signedOut: SESSIE_VERLOPEN,
    parse: ({ formData: posted }) => {
      const parsed = parsePlanConcept(posted);
      return parsed.data ? { success: true, data: parsed.data } : { success: false, fieldErrors: parsed.fieldErrors };
    },
    run: (input, actor) => savePlanConcept(actor, input),
    error: (error, values) =>
      error instanceof DomainError && error.reasons[0] === VASTGESTELD_NIET_BEWERKEN ? { values, formError: error.reasons.join(' '), vastgesteld: true } : plan.error(error, values),
    done: (_r, { input, form }) => {
      const pad = planPad(input.huishoudenId);
      return form.values.verder === 'plan' ? `${pad}?opgeslagen=1` : `${pad}/bewerken?opgeslagen=1`;
    },
  });
}

export async function voorleggenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: planStapSchema, run: (input, actor) => voorleggenPlan(actor, input), done: naar('voorgelegd') });
}

export async function terugNaarConceptAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: planStapSchema, run: (input, actor) => terugNaarConcept(actor, input), done: naar('concept') });
}

export async function akkoordAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: akkoordSchema, run: (input, actor) => recordAkkoordInwoner(actor, input), done: naar('akkoord') });
}

export async function vaststellenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, {
    ...plan,
    schema: planStapSchema,
    run: (input, actor) => vaststellenPlan(actor, input),
    revalidate: (_r, { input }) => [layout(`/huishoudens/${input.huishoudenId}`), '/aanvragen'],
    done: (result, { input }) => {
      const aanvragen = result.aanvragen.map((a) => a.nummer);
      return `${planPad(input.huishoudenId)}?melding=vastgesteld${aanvragen.length ? `&aanvragen=${aanvragen.join(',')}` : ''}`;
    },
  });
}

export async function nieuweVersieAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: planStapSchema, run: (input, actor) => nieuwePlanVersie(actor, input), done: (_r, { input }) => `${planPad(input.huishoudenId)}/bewerken` });
}

export async function actieStatusAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, {
    ...plan,
    schema: actieStatusSchema,
    run: (input, actor) => updateActieStatus(actor, input),
    revalidate: (_r, { input }) => [planPad(input.huishoudenId)],
    done: () => ({ ok: true, message: 'Status opgeslagen.' }),
  });
}

export async function evaluatieAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, {
    ...plan,
    parse: ({ formData: posted }) => {
      const parsed = parseEvaluatie(posted);
      return parsed.data ? { success: true, data: parsed.data } : { success: false, fieldErrors: parsed.fieldErrors };
    },
    run: (input, actor) => recordEvaluatie(actor, input),
    done: (result, { input }) => {
      if (result.nieuweVersieId) return `${planPad(input.huishoudenId)}/bewerken?na=evaluatie`;
      return `${planPad(input.huishoudenId)}?melding=${result.waakvlamOp ? 'afgesloten' : 'geevalueerd'}`;
    },
  });
}

export async function afsluitenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: afsluitenSchema, run: (input, actor) => afsluitenCasus(actor, input), done: naar('afgesloten') });
}

export async function heropenenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  return runAction(formData, { ...plan, schema: heropenenSchema, run: (input, actor) => heropenenCasus(actor, input), done: naar('heropend') });
}
