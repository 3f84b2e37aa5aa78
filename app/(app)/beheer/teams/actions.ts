'use server';
import { formDataOf, type FormState } from '@/lib/forms';
import { createTeamSchema, updateTeamSchema } from '@/lib/validations/beheer';
import { createTeam } from '@/lib/server/beheer/create-team';
import { updateTeam } from '@/lib/server/beheer/update-team';
import { runBeheerAction } from '../_lib/run-action';

export async function createTeamAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createTeamSchema, async (input, actor) => `/beheer/teams/${(await createTeam(actor, input)).id}`, { lists: ['wijkIds'] });
}

export async function updateTeamAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateTeamSchema, (input, actor) => updateTeam(actor, input), { lists: ['wijkIds'], message: 'Het team is opgeslagen.' });
}
