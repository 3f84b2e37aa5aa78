'use server';
import { wachtwoordWijzigenAfgedwongen } from '@/lib/auth/session';
import { runAction } from '@/lib/actions/run-action';
import type { FormState } from '@/lib/forms';
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
import { beheer, opgeslagen } from '../_lib/beheer';

export async function createMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: createMedewerkerSchema,
    lists: ['rollen', 'focuswijkIds'],
    omit: ['wachtwoord'],
    run: (input, actor) => createMedewerker(actor, input),
    done: (created) => `/beheer/medewerkers/${created.id}?nieuw=1`,
  });
}

export async function updateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: updateMedewerkerSchema, lists: ['rollen'], run: (input, actor) => updateMedewerker(actor, input), done: opgeslagen('De gegevens zijn opgeslagen.') });
}

export async function deactivateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: deactivateMedewerkerSchema,
    run: (input, actor) => deactivateMedewerker(actor, { userId: input.userId, version: input.version }),
    done: (_, { input }) => `/beheer/medewerkers/${input.userId}?gedeactiveerd=1`,
  });
}

export async function reactivateMedewerkerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: userVersionSchema, run: (input, actor) => reactivateMedewerker(actor, input), done: opgeslagen('Het account is weer actief.') });
}

export async function resetWachtwoordAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: resetWachtwoordSchema,
    omit: ['wachtwoord', 'wachtwoordHerhaling'],
    run: (input, actor) => resetWachtwoord(actor, input),
    done: opgeslagen(wachtwoordWijzigenAfgedwongen()
      ? 'Het nieuwe wachtwoord is ingesteld. Geef het telefonisch door; bij de volgende keer inloggen kiest de medewerker zelf een nieuw wachtwoord.'
      : 'Het nieuwe wachtwoord is ingesteld. Geef het telefonisch door; de medewerker kan het daarna zelf wijzigen via "Wachtwoord wijzigen".'),
  });
}

export async function resetTweestapsverificatieAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    ...beheer,
    schema: userVersionSchema,
    run: (input, actor) => resetTweestapsverificatie(actor, input),
    done: opgeslagen('De tweestapsverificatie is gewist. Bij de volgende keer inloggen stelt de medewerker een nieuwe app in.'),
  });
}

export async function setFocuswijkenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: setFocuswijkenSchema, lists: ['wijkIds'], run: (input, actor) => setFocuswijken(actor, input), done: opgeslagen('De focuswijken zijn opgeslagen.') });
}

export async function addTeamlidmaatschapAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: addTeamlidmaatschapSchema, run: (input, actor) => addTeamlidmaatschap(actor, input), done: opgeslagen('Toegevoegd aan het team.') });
}

export async function endTeamlidmaatschapAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: endTeamlidmaatschapSchema, run: (input, actor) => endTeamlidmaatschap(actor, input), done: opgeslagen('Het lidmaatschap is beëindigd.') });
}

export async function addMandaatAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: addMandaatSchema, run: (input, actor) => addMandaat(actor, input), done: opgeslagen('Het mandaat is toegevoegd.') });
}

export async function endMandaatAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, { ...beheer, schema: endMandaatSchema, run: (input, actor) => endMandaat(actor, input), done: opgeslagen('Het mandaat is beëindigd.') });
}
