'use server';
import { dossierVanInput, runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { stelGezagVast } from '@/lib/server/brp/stel-gezag-vast';
import { werkPersoonBijUitBrp } from '@/lib/server/brp/werk-persoon-bij-uit-brp';
import { addLid } from '@/lib/server/dossier/add-lid';
import { endLid } from '@/lib/server/dossier/end-lid';
import { splitHuishouden } from '@/lib/server/dossier/split-huishouden';
import { toonBsn } from '@/lib/server/dossier/toon-bsn';
import { addLidSchema, endLidSchema, splitHuishoudenSchema, toonBsnSchema } from '@/lib/validations/dossier';
import { stelGezagVastSchema, werkBijUitBrpSchema } from '@/lib/validations/brp';

export async function addLidAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: addLidSchema,
    run: (input, actor) => addLid(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'De persoon hoort nu bij dit huishouden.' }),
  });
}

export async function endLidAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: endLidSchema,
    run: (input, actor) => endLid(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'Het vertrek is vastgelegd.' }),
  });
}

export async function splitHuishoudenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: splitHuishoudenSchema,
    lists: ['persoonIds'],
    run: (input, actor) => splitHuishouden(actor, input),
    revalidate: dossierVanInput,
    done: ({ nieuwHuishoudenId }) => ({ ok: true, message: `Het nieuwe huishouden is gemaakt.|${nieuwHuishoudenId}` }),
  });
}

/** Issue 16 item 19: one member's BSN on request, logged; it is shown in the form's answer, never in an address. */
export async function toonBsnAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ values }) => {
      const parsed = toonBsnSchema.safeParse(values);
      return parsed.success ? parsed : { success: false, formError: 'Deze persoon is niet gevonden.' };
    },
    run: (input, actor) => toonBsn(actor, input),
    done: ({ bsn }) => ({ ok: true, message: bsn ?? '' }),
  });
}

// Issue 20: the one-click update of a known person from the BRP.
export async function werkBijUitBrpAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: werkBijUitBrpSchema,
    invalid: 'Deze persoon kan nu niet worden bijgewerkt. Laad de pagina opnieuw.',
    run: (input, actor) => werkPersoonBijUitBrp(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'De gegevens zijn overgenomen uit de BRP.' }),
  });
}

// Issue 20: a staff member's gezag decision where the BRP names no one (or has the gezag in onderzoek).
export async function stelGezagVastAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: stelGezagVastSchema,
    lists: ['houderIds'],
    run: (input, actor) => stelGezagVast(actor, input),
    revalidate: dossierVanInput,
    done: () => ({ ok: true, message: 'Het gezag is vastgelegd.' }),
  });
}
