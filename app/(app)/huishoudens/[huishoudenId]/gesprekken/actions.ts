'use server';
import { dossierVanInput, runAction } from '@/lib/actions/run-action';
import { getActor, requireActor } from '@/lib/auth/session';
import { formatTijd } from '@/lib/domain/gesprek';
import type { FormState } from '@/lib/forms';
import type { GesprekFormState } from '@/lib/actions/states';
import { markVerslagVerstuurd } from '@/lib/server/gesprek/mark-verslag-verstuurd';
import { saveGesprek } from '@/lib/server/gesprek/save-gesprek';
import { markVerslagVerstuurdSchema, parseGesprekForm } from '@/lib/validations/gesprek';

// A long conversation must survive a session timeout: instead of sending the caseworker to the login page (and
// away from the form), the values come back with the message; the browser also keeps its own copy (autosave).
const SESSION_EXPIRED =
  'Je sessie is verlopen, daarom is er niets opgeslagen. Je invoer staat nog in dit formulier en is op dit apparaat bewaard. Log in een nieuw tabblad opnieuw in en klik daarna hier nogmaals op opslaan.';

export async function saveGesprekAction(_: GesprekFormState, formData: FormData): Promise<GesprekFormState> {
  return runAction(formData, {
    actor: getActor,
    signedOut: SESSION_EXPIRED,
    parse: ({ values }) => parseGesprekForm(values),
    invalid: 'Controleer de gemarkeerde velden. Er is niets verloren: je invoer staat er nog.',
    run: (input, actor) => saveGesprek(actor, input),
    revalidate: dossierVanInput,
    done: (result, { input, form }): string | GesprekFormState => {
      const base = `/huishoudens/${input.huishoudenId}`;
      if (result.created) return `${base}/gesprekken/${result.gesprekId}?aangemaakt=1${result.status === 'AFGEROND' ? '&afgerond=1' : ''}`;
      if (input.intent === 'afronden') return `${base}/gesprekken/${result.gesprekId}?afgerond=1`;
      return { ok: true, version: result.version, values: form.values, message: `Concept opgeslagen om ${formatTijd(new Date())}.` };
    },
  });
}

export async function markVerslagVerstuurdAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: markVerslagVerstuurdSchema,
    run: (input, actor) => markVerslagVerstuurd(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'Vastgelegd dat het verslag is verstuurd.' }),
  });
}
