'use server';
import { layout, runAction, type Revalidate } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { assignRegie } from '@/lib/server/regie/assign-regie';
import { endRegie } from '@/lib/server/regie/end-regie';
import { recordDoorzettingsmacht } from '@/lib/server/regie/record-doorzettingsmacht';
import { requestOpschaling } from '@/lib/server/regie/request-opschaling';
import { beeindigRegieSchema, recordDoorzettingsmachtSchema, requestOpschalingSchema, wijzigRegieSchema } from '@/lib/validations/regie';

const refresh = (_r: unknown, { form }: { form: { values: Record<string, string> } }): Revalidate[] => [
  ...(form.values.huishoudenId ? [layout(`/huishoudens/${form.values.huishoudenId}`)] : []),
  '/werkvoorraad',
  '/casusverdeling',
];

export async function wijzigRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: wijzigRegieSchema,
    run: (input, actor) => assignRegie(actor, input),
    revalidate: refresh,
    done: (_r, { input }) => ({
      ok: true,
      message: input.mode === 'TWEEDE' ? 'De tweede regisseur is toegevoegd als uitzondering.' : 'De regie is vastgelegd. De vorige toewijzing staat in de geschiedenis.',
    }),
  });
}

export async function endRegieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: beeindigRegieSchema,
    run: (input, actor) => endRegie(actor, input),
    revalidate: refresh,
    done: () => ({ ok: true, message: 'De regie is beëindigd.' }),
  });
}

export async function requestOpschalingAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: requestOpschalingSchema,
    run: (input, actor) => requestOpschaling(actor, input),
    revalidate: refresh,
    done: () => ({ ok: true, message: 'Je verzoek om op te schalen staat bij de teamleider.' }),
  });
}

export async function recordDoorzettingsmachtAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: recordDoorzettingsmachtSchema,
    run: (input, actor) => recordDoorzettingsmacht(actor, input),
    revalidate: refresh,
    done: () => ({ ok: true, message: 'De inzet van doorzettingsmacht is vastgelegd bij de casus.' }),
  });
}
