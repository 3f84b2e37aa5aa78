'use server';
import { wachtwoordWijzigenAfgedwongen } from '@/lib/auth/session';
import { formDataOf, type FormState } from '@/lib/forms';
import {
  addMandaatSchema,
  addTeamlidmaatschapSchema,
  createMedewerkerSchema,
  deactivateMedewerkerSchema,
  endMandaatSchema,
  endTeamlidmaatschapSchema,
  resetWachtwoordSchema,
  setFocuswijkenSchema,
  updateMedewerkerSchema,
  userVersionSchema,
} from '@/lib/validations/beheer';
import { addMandaat } from '@/lib/server/beheer/add-mandaat';
import { addTeamlidmaatschap } from '@/lib/server/beheer/add-teamlidmaatschap';
import { createMedewerker } from '@/lib/server/beheer/create-medewerker';
import { deactivateMedewerker } from '@/lib/server/beheer/deactivate-medewerker';
import { endMandaat } from '@/lib/server/beheer/end-mandaat';
import { endTeamlidmaatschap } from '@/lib/server/beheer/end-teamlidmaatschap';
import { reactivateMedewerker } from '@/lib/server/beheer/reactivate-medewerker';
import { resetTweestapsverificatie } from '@/lib/server/beheer/reset-tweestapsverificatie';
import { resetWachtwoord } from '@/lib/server/beheer/reset-wachtwoord';
import { setFocuswijken } from '@/lib/server/beheer/set-focuswijken';
import { updateMedewerker } from '@/lib/server/beheer/update-medewerker';
import { runBeheerAction } from '../_lib/run-action';

export async function createMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, createMedewerkerSchema, async (input, actor) => `/beheer/medewerkers/${(await createMedewerker(actor, input)).id}?nieuw=1`, {
    lists: ['rollen', 'focuswijkIds'],
    omit: ['wachtwoord'],
  });
}

export async function updateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, updateMedewerkerSchema, (input, actor) => updateMedewerker(actor, input), { lists: ['rollen'], message: 'De gegevens zijn opgeslagen.' });
}

export async function deactivateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, deactivateMedewerkerSchema, async (input, actor) => {
    await deactivateMedewerker(actor, { userId: input.userId, version: input.version });
    return `/beheer/medewerkers/${input.userId}?gedeactiveerd=1`;
  });
}

export async function reactivateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, userVersionSchema, (input, actor) => reactivateMedewerker(actor, input), { message: 'Het account is weer actief.' });
}

export async function resetWachtwoordAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, resetWachtwoordSchema, (input, actor) => resetWachtwoord(actor, input), {
    omit: ['wachtwoord', 'wachtwoordHerhaling'],
    message: wachtwoordWijzigenAfgedwongen()
      ? 'Het nieuwe wachtwoord is ingesteld. Geef het telefonisch door; bij de volgende keer inloggen kiest de medewerker zelf een nieuw wachtwoord.'
      : 'Het nieuwe wachtwoord is ingesteld. Geef het telefonisch door; de medewerker kan het daarna zelf wijzigen via "Wachtwoord wijzigen".',
  });
}

export async function resetTweestapsverificatieAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, userVersionSchema, (input, actor) => resetTweestapsverificatie(actor, input), {
    message: 'De tweestapsverificatie is gewist. Bij de volgende keer inloggen stelt de medewerker een nieuwe app in.',
  });
}

export async function setFocuswijkenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, setFocuswijkenSchema, (input, actor) => setFocuswijken(actor, input), { lists: ['wijkIds'], message: 'De focuswijken zijn opgeslagen.' });
}

export async function addTeamlidmaatschapAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, addTeamlidmaatschapSchema, async (input, actor) => void (await addTeamlidmaatschap(actor, input)), { message: 'Toegevoegd aan het team.' });
}

export async function endTeamlidmaatschapAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, endTeamlidmaatschapSchema, (input, actor) => endTeamlidmaatschap(actor, input), { message: 'Het lidmaatschap is beëindigd.' });
}

export async function addMandaatAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, addMandaatSchema, async (input, actor) => void (await addMandaat(actor, input)), { message: 'Het mandaat is toegevoegd.' });
}

export async function endMandaatAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  return runBeheerAction(formData, endMandaatSchema, (input, actor) => endMandaat(actor, input), { message: 'Het mandaat is beëindigd.' });
}
