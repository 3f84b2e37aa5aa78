'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formDataOf, formValues, type FormState } from '@/lib/forms';
import { afwijzenVerzoek, toewijzenVerzoek } from '@/lib/server/berichten/beantwoorden-verzoek';
import { berichtenNuUitwisselen } from '@/lib/server/berichten/kanaal';
import { uploadBericht } from '@/lib/server/berichten/ontvang-bericht';
import { verwerkInkomendeBerichten } from '@/lib/server/berichten/verwerk-inkomende-berichten';
import { afwijzenVerzoekSchema, opnieuwVersturenSchema, toewijzenVerzoekSchema } from '@/lib/validations/berichten';
import { opnieuwVersturenBericht } from '@/lib/server/berichten/opnieuw-versturen';

const refresh = () => revalidatePath('/berichtenverkeer');

/** An aanbieder's file, uploaded by hand: into the inbox and processed at once. */
export async function uploadBerichtAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const file = formData.get('bestand');
  if (!(file instanceof File) || file.size === 0) return { values, fieldErrors: { bestand: ['Kies een XML-bestand met een bericht.'] } };
  try {
    const actor = await requireActor();
    const ontvangen = await uploadBericht(actor, { bestandsnaam: file.name, inhoud: Buffer.from(await file.arrayBuffer()) });
    const [uitkomst] = ontvangen.nieuw ? await verwerkInkomendeBerichten({ gemeenteId: actor.gemeenteId, max: 1 }) : [];
    refresh();
    if (!ontvangen.nieuw) return { ok: true, message: `${file.name} was al ontvangen; er is niets veranderd.` };
    if (uitkomst?.status === 'WACHT') return { ok: true, message: `${file.name} is ontvangen; de controle tegen de standaard kan nu niet draaien, het bericht wordt verwerkt zodra dat weer kan.` };
    if (uitkomst?.status === 'GEWEIGERD') return { ok: true, message: `${file.name} is ontvangen en geweigerd: ${uitkomst.redenen.join(' ')}` };
    return { ok: true, message: `${file.name} is ontvangen en verwerkt.` };
  } catch (error) {
    return errorState(error, values);
  }
}

/** The channel's round right away: write berichten/uit, read berichten/in, process. */
export async function uitwisselenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  let r: Awaited<ReturnType<typeof berichtenNuUitwisselen>>;
  try {
    r = await berichtenNuUitwisselen(await requireActor());
  } catch (error) {
    return errorState(error, {});
  }
  refresh();
  const geweigerd = r.verwerkt.filter((v) => v.status === 'GEWEIGERD').length;
  const verwerkt = r.verwerkt.filter((v) => v.status === 'VERWERKT').length;
  redirect(`/berichtenverkeer?melding=uitgewisseld&uit=${r.geschreven}&in=${r.ingelezen}&verwerkt=${verwerkt}&geweigerd=${geweigerd}`);
}

export async function afwijzenVerzoekAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = afwijzenVerzoekSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let r: Awaited<ReturnType<typeof afwijzenVerzoek>>;
  try {
    r = await afwijzenVerzoek(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh();
  // The answered verzoek leaves the list: say what happened on the list itself.
  redirect(`/berichtenverkeer?weergave=verzoeken&melding=afgewezen&reden=${parsed.data.reden}&bericht=${r.soort}-${r.berichtNummer}`);
}

export async function toewijzenVerzoekAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = toewijzenVerzoekSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let r: Awaited<ReturnType<typeof toewijzenVerzoek>>;
  try {
    r = await toewijzenVerzoek(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh();
  redirect(`/berichtenverkeer?weergave=verzoeken&melding=toegewezen&toewijzing=${r.toewijzingNummer}`);
}

/** A toewijzingbericht the aanbieder refused, sent again after correction: a new message with a new number. */
export async function opnieuwVersturenAction(_: FormState, formData: FormData): Promise<FormState> {
  formData = formDataOf(formData);
  const values = formValues(formData);
  const parsed = opnieuwVersturenSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  let r: Awaited<ReturnType<typeof opnieuwVersturenBericht>>;
  try {
    r = await opnieuwVersturenBericht(await requireActor(), parsed.data);
  } catch (error) {
    return errorState(error, values);
  }
  refresh();
  revalidatePath(`/beschikkingen/${r.beschikkingId}`);
  redirect(`/berichtenverkeer?weergave=afgekeurd&melding=opnieuw&bericht=${r.code}-${r.berichtNummer}`);
}
