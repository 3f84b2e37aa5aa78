// What a form gets back from its action, per kind of form (issue 18 item 2). Forms receive their actions as props
// (`FormAction<S>`), so components/ needs only these types, never an import from app/.
import type { FormState } from '@/lib/forms';
import type { InzageZoekResultaat } from '@/lib/server/inzage/zoek-persoon';
import type { ZoekUitkomst } from '@/lib/server/zoeken/search-huishoudens';

/** What a form receives as its action: a function of the previous state and the posted form. */
export type FormAction<S extends FormState = FormState> = (state: S, formData: FormData) => Promise<S>;

/**
 * A plan form's state; `conflict` holds what someone else changed when a save came too late; `vastgesteld`: the
 * version was vastgesteld while the editor was open, so the editor offers a new version (issue 16 item 11).
 */
export type PlanFormState = FormState & { conflict?: string[]; vastgesteld?: boolean };

/** A conversation's form: the version to send with the next autosave. */
export type GesprekFormState = FormState & { version?: number };

export type ZoekState = FormState & { uitkomst?: ZoekUitkomst };

export type InzageZoekState = FormState & { resultaten?: InzageZoekResultaat[] };
