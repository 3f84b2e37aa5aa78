'use server';
import { runAction } from '@/lib/actions/run-action';
import { requireActor } from '@/lib/auth/session';
import type { FormState } from '@/lib/forms';
import { afwijzenVerzoek, toewijzenVerzoek } from '@/lib/server/berichten/beantwoorden-verzoek';
import { berichtenNuUitwisselen } from '@/lib/server/berichten/kanaal';
import { uploadBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { afwijzenVerzoekSchema, opnieuwVersturenSchema, toewijzenVerzoekSchema } from '@/lib/validations/berichten';
import { opnieuwVersturenBericht } from '@/lib/server/berichten/opnieuw-versturen';

const refresh = ['/berichtenverkeer'];

/** An aanbieder's file, uploaded by hand: into the inbox and processed at once. */
export async function uploadBerichtAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    parse: ({ formData: posted }) => {
      const file = posted.get('bestand');
      return file instanceof File && file.size > 0 ? { success: true, data: file } : { success: false, fieldErrors: { bestand: ['Kies een XML-bestand met een bericht.'] } };
    },
    run: async (file, actor) => {
      const ontvangen = await uploadBericht(actor, { bestandsnaam: file.name, inhoud: Buffer.from(await file.arrayBuffer()) });
      const [uitkomst] = ontvangen.nieuw ? await verwerkInkomendeBerichten({ gemeenteId: actor.gemeenteId, max: 1 }) : [];
      return { nieuw: ontvangen.nieuw, uitkomst };
    },
    revalidate: refresh,
    done: ({ nieuw, uitkomst }, { input: file }) => {
      if (!nieuw) return { ok: true, message: `${file.name} was al ontvangen; er is niets veranderd.` };
      if (uitkomst?.status === 'WACHT') return { ok: true, message: `${file.name} is ontvangen; de controle tegen de standaard kan nu niet draaien, het bericht wordt verwerkt zodra dat weer kan.` };
      if (uitkomst?.status === 'GEWEIGERD') return { ok: true, message: `${file.name} is ontvangen en geweigerd: ${uitkomst.redenen.join(' ')}` };
      return { ok: true, message: `${file.name} is ontvangen en verwerkt.` };
    },
  });
}

/** The channel's round right away: write berichten/uit, read berichten/in, process. */
export async function uitwisselenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    run: (_input, actor) => berichtenNuUitwisselen(actor),
    revalidate: refresh,
    done: (r) => {
      const geweigerd = r.verwerkt.filter((v) => v.status === 'GEWEIGERD').length;
      const verwerkt = r.verwerkt.filter((v) => v.status === 'VERWERKT').length;
      return `/berichtenverkeer?melding=uitgewisseld&uit=${r.geschreven}&in=${r.ingelezen}&verwerkt=${verwerkt}&geweigerd=${geweigerd}`;
    },
  });
}

export async function afwijzenVerzoekAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: afwijzenVerzoekSchema,
    run: (input, actor) => afwijzenVerzoek(actor, input),
    revalidate: refresh,
    // The answered verzoek leaves the list: say what happened on the list itself.
    done: (r, { input }) => `/berichtenverkeer?weergave=verzoeken&melding=afgewezen&reden=${input.reden}&${r.soort ? `bericht=${r.soort}-${r.berichtNummer}` : 'portaal=1'}`,
  });
}

export async function toewijzenVerzoekAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: toewijzenVerzoekSchema,
    run: (input, actor) => toewijzenVerzoek(actor, input),
    revalidate: refresh,
    done: (r) => `/berichtenverkeer?weergave=verzoeken&melding=toegewezen&toewijzing=${r.toewijzingNummer}`,
  });
}

/** A toewijzingbericht the aanbieder refused, sent again after correction: a new message with a new number. */
export async function opnieuwVersturenAction(_: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    actor: requireActor,
    schema: opnieuwVersturenSchema,
    run: (input, actor) => opnieuwVersturenBericht(actor, input),
    revalidate: (r) => [...refresh, `/beschikkingen/${r.beschikkingId}`],
    done: (r) => `/berichtenverkeer?weergave=afgekeurd&melding=opnieuw&bericht=${r.code}-${r.berichtNummer}`,
  });
}
