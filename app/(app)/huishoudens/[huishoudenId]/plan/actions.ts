'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { getActor, requireActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { errorState, formDataOf, formValues, type FormState } from '@/lib/forms';
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

/**
 * A form's state; `conflict` holds what someone else changed when a save came too late; `vastgesteld`: the version
 * was vastgesteld while the editor was open, so the editor offers a new version (issue 16 item 11).
 */
export type PlanFormState = FormState & { conflict?: string[]; vastgesteld?: boolean };

const CONTROLEER = 'Controleer de gemarkeerde velden. Er is niets verloren: je invoer staat er nog.';
const SESSIE_VERLOPEN =
  'Je sessie is verlopen, daarom is er niets opgeslagen. Je invoer staat nog in dit formulier. Log in een nieuw tabblad opnieuw in en klik daarna hier nogmaals op opslaan.';

function fout(error: unknown, values: Record<string, string>): PlanFormState {
  // A conflict's first line says what happened; the rest says who changed what (lib/domain/plan conflictMelding).
  if (error instanceof DomainError && error.code === 'STALE_VERSION' && error.reasons.length > 1) {
    return { values, formError: error.reasons[0], conflict: error.reasons.slice(1) };
  }
  return errorState(error, values);
}

const planPad = (huishoudenId: string) => `/huishoudens/${huishoudenId}/plan`;

function parse<T extends z.ZodType>(schema: T, values: Record<string, string>): { data: z.output<T> } | { state: PlanFormState } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data };
  return { state: { values, fieldErrors: fieldErrorsByPath(parsed.error), formError: CONTROLEER } };
}

export async function startPlanAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(startPlanSchema, values);
  if ('state' in input) return input.state;
  try {
    await startPlan(await requireActor(), input.data.huishoudenId);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}/bewerken`);
}

export async function savePlanConceptAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  // A long plan must survive a session timeout: the values come back with the message instead of the login page.
  const actor = await getActor();
  if (!actor) return { values, formError: SESSIE_VERLOPEN };
  const parsed = parsePlanConcept(formData);
  if (!parsed.data) return { values, fieldErrors: parsed.fieldErrors, formError: CONTROLEER };
  try {
    await savePlanConcept(actor, parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.reasons[0] === VASTGESTELD_NIET_BEWERKEN) return { values, formError: error.reasons.join(' '), vastgesteld: true };
    return fout(error, values);
  }
  const pad = planPad(parsed.data.huishoudenId);
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  redirect(values.verder === 'plan' ? `${pad}?opgeslagen=1` : `${pad}/bewerken?opgeslagen=1`);
}

type StapUseCase = typeof voorleggenPlan;

async function stap(useCase: StapUseCase, formData: FormData, melding: string): Promise<PlanFormState> {
  const values = formValues(formData);
  const input = parse(planStapSchema, values);
  if ('state' in input) return input.state;
  try {
    await useCase(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}?melding=${melding}`);
}

export async function voorleggenAction(_: PlanFormState, formData: FormData) {
  formData = formDataOf(formData);
  return stap(voorleggenPlan, formData, 'voorgelegd');
}

export async function terugNaarConceptAction(_: PlanFormState, formData: FormData) {
  formData = formDataOf(formData);
  return stap(terugNaarConcept, formData, 'concept');
}

export async function akkoordAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(akkoordSchema, values);
  if ('state' in input) return input.state;
  try {
    await recordAkkoordInwoner(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}?melding=akkoord`);
}

export async function vaststellenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(planStapSchema, values);
  if ('state' in input) return input.state;
  let aanvragen: string[];
  try {
    aanvragen = (await vaststellenPlan(await requireActor(), input.data)).aanvragen.map((a) => a.nummer);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  revalidatePath('/aanvragen');
  redirect(`${planPad(input.data.huishoudenId)}?melding=vastgesteld${aanvragen.length ? `&aanvragen=${aanvragen.join(',')}` : ''}`);
}

export async function nieuweVersieAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(planStapSchema, values);
  if ('state' in input) return input.state;
  try {
    await nieuwePlanVersie(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}/bewerken`);
}

export async function actieStatusAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(actieStatusSchema, values);
  if ('state' in input) return input.state;
  try {
    await updateActieStatus(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(planPad(input.data.huishoudenId));
  return { ok: true, message: 'Status opgeslagen.' };
}

export async function evaluatieAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = parseEvaluatie(formData);
  if (!parsed.data) return { values, fieldErrors: parsed.fieldErrors, formError: CONTROLEER };
  let melding: string;
  try {
    const result = await recordEvaluatie(await requireActor(), parsed.data);
    melding = result.nieuweVersieId ? 'bijstellen' : result.waakvlamOp ? 'afgesloten' : 'geevalueerd';
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${parsed.data.huishoudenId}`, 'layout');
  redirect(melding === 'bijstellen' ? `${planPad(parsed.data.huishoudenId)}/bewerken?na=evaluatie` : `${planPad(parsed.data.huishoudenId)}?melding=${melding}`);
}

export async function afsluitenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(afsluitenSchema, values);
  if ('state' in input) return input.state;
  try {
    await afsluitenCasus(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}?melding=afgesloten`);
}

export async function heropenenAction(_: PlanFormState, formData: FormData): Promise<PlanFormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const input = parse(heropenenSchema, values);
  if ('state' in input) return input.state;
  try {
    await heropenenCasus(await requireActor(), input.data);
  } catch (error) {
    return fout(error, values);
  }
  revalidatePath(`/huishoudens/${input.data.huishoudenId}`, 'layout');
  redirect(`${planPad(input.data.huishoudenId)}?melding=heropend`);
}
