'use server';
import { layout, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { answerConsult } from '@/lib/server/consult/answer-consult';
import { takeConsult } from '@/lib/server/consult/take-consult';
import { answerConsultSchema, takeConsultSchema } from '@/lib/validations/consult';

export async function takeConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: takeConsultSchema,
    run: (input, actor) => takeConsult(actor, input),
    revalidate: [layout('/consulten')],
    done: () => ({ ok: true, message: 'Je hebt dit consult opgepakt.' }),
  });
}

export async function answerConsultAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: answerConsultSchema,
    run: (input, actor) => answerConsult(actor, input),
    revalidate: (huishoudenId) => [layout(`/huishoudens/${huishoudenId}`), layout('/consulten')],
    done: () => ({ ok: true, message: 'Je advies is vastgelegd en het consult is afgerond.' }),
  });
}
