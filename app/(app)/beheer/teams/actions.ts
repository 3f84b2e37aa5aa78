'use server';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
import { createTeamSchema, updateTeamSchema } from '@/lib/validations/beheer';
import { createTeam } from '@/lib/server/beheer/create-team';
import { updateTeam } from '@/lib/server/beheer/update-team';
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createTeamAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: createTeamSchema, lists: ['wijkIds'], run: (input, actor) => createTeam(actor, input), done: (created) => `/beheer/teams/${created.id}` });
}

export async function updateTeamAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateTeamSchema, lists: ['wijkIds'], run: (input, actor) => updateTeam(actor, input), done: opgeslagen('Het team is opgeslagen.') });
}
