// The one shape of a server action (issue 18 item 2, STYLE.md §2): read the form, parse with zod, ask who is asking,
// call the use case, map its errors to Dutch messages at the fields, revalidate, redirect or answer. Every exported
// function of an app/**/actions.ts is `return runAction(formData, { … })` (tests/unit/action-shape.test.ts).
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { errorState, fieldErrorsOf, formDataOf, formList, formValues, type FormState } from '@/lib/forms';

export type { FormAction } from '@/lib/actions/states';

/** The posted form as the action sees it. */
export type ActionForm = {
  formData: FormData;
  /** The fields as plain strings (control characters removed, cut to the maximum length): what is shown again. */
  values: Record<string, string>;
  /** All values of a repeated field (checkbox groups). */
  list: (key: string) => string[];
  /** An uploaded file with its bytes, or null when none was chosen (an empty file input sends an empty File). */
  file: (key: string) => Promise<{ naam: string; bytes: Uint8Array } | null>;
};

/** What a parse function answers: zod's own result, or one of the project's parsers (`{ success, fieldErrors }`). */
export type ParseOutcome<I> =
  | { success: true; data: I }
  | { success: false; error?: z.ZodError; fieldErrors?: Record<string, string[] | undefined>; formError?: string; values?: Record<string, string> };

/** A path to revalidate: the page, or with `'layout'` everything below it. */
export type Revalidate = string | readonly [string, 'layout' | 'page'];

export type ActionContext<I, A> = { input: I; actor: A; form: ActionForm };

export type ActionSpec<I, A, R, S extends FormState> = {
  /** Who is asking: `requireActor`, `requireInwoner`, … (asked after the parse). */
  actor: () => Promise<A | null>;
  /**
   * For a form that must survive a lapsed session: the actor is asked before the parse, and a null actor answers
   * this message with the values kept (instead of a redirect to the sign-in page).
   */
  signedOut?: string;
  /** The zod schema of the form's values (plus `lists`); or `parse` for a form with a shape of its own. */
  schema?: z.ZodType<I>;
  parse?: (form: ActionForm) => ParseOutcome<I> | Promise<ParseOutcome<I>>;
  /** Fields sent as several values, given to the schema as arrays. */
  lists?: string[];
  /** Fields never sent back to the browser (passwords, honeypots). */
  omit?: string[];
  /** The form message when the parse fails (default: none, only the field messages). */
  invalid?: string;
  /** How a zod error becomes field messages (default: by top-level field). */
  fieldErrors?: (error: z.ZodError) => Record<string, string[] | undefined>;
  /** The use case. */
  run: (input: I, actor: A, form: ActionForm) => Promise<R>;
  /** A use case's error with a meaning of its own for this form; undefined: the common mapping. */
  error?: (error: unknown, values: Record<string, string>, prev: S | undefined) => S | undefined;
  /** What to refresh after success. */
  revalidate?: readonly Revalidate[] | ((result: R, ctx: ActionContext<I, A>) => readonly Revalidate[]);
  /** After success: a path to go to, or the state to answer (default: `{ ok: true, message: 'Opgeslagen.' }`). */
  done?: (result: R, ctx: ActionContext<I, A>) => string | S;
};

const NO_INPUT: ParseOutcome<undefined> = { success: true, data: undefined };

function actionForm(formData: FormData): ActionForm {
  return {
    formData,
    values: formValues(formData),
    list: (key) => formList(formData, key),
    file: async (key) => {
      const file = formData.get(key);
      return file instanceof File && file.size > 0 ? { naam: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    },
  };
}

const withoutUndefined = <S extends FormState>(state: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as S;

/**
 * Run one server action. Bad input answers the Dutch field messages with everything typed kept; a DomainError
 * answers its reasons (a stale version: the concurrency message); anything else answers a reference, logged with
 * its stack on the server and never shown. Redirects and not-found from Next pass through.
 */
export async function runAction<I = undefined, A = unknown, R = unknown, S extends FormState = FormState>(
  posted: unknown,
  spec: ActionSpec<I, A, R, S>,
  prev?: S,
): Promise<S> {
  // A hand-made request can send any value (or nothing) where the FormData belongs: an empty form (issue 10).
  const form = actionForm(formDataOf(posted));
  const values = { ...form.values };
  for (const key of spec.omit ?? []) delete values[key];
  const failed = (error: unknown): S => {
    unstable_rethrow(error);
    return spec.error?.(error, values, prev) ?? (errorState(error, values) as S);
  };

  // Who is asking. Parsing comes first (bad input never costs a session lookup), except for the forms that keep a
  // long text through a lapsed session (`signedOut`): there the session is what the user must hear about first.
  const signedIn = async (): Promise<{ actor: A } | { state: S }> => {
    let actor: A | null;
    try {
      actor = await spec.actor();
    } catch (error) {
      return { state: failed(error) };
    }
    if (actor === null) return { state: withoutUndefined<S>({ values, formError: spec.signedOut ?? 'Je bent niet meer ingelogd.' }) };
    return { actor };
  };
  const early = spec.signedOut === undefined ? undefined : await signedIn();
  if (early && 'state' in early) return early.state;

  const parsed = await parseForm(spec, form);
  if (!parsed.success) {
    return withoutUndefined<S>({
      values: parsed.values ?? values,
      fieldErrors: parsed.fieldErrors ?? (parsed.error ? (spec.fieldErrors ?? fieldErrorsOf)(parsed.error) : undefined),
      formError: parsed.formError ?? spec.invalid,
    });
  }

  const who = early ?? (await signedIn());
  if ('state' in who) return who.state;
  const { actor } = who;
  const ctx: ActionContext<I, A> = { input: parsed.data, actor, form };
  let result: R;
  try {
    result = await spec.run(parsed.data, actor, form);
  } catch (error) {
    return failed(error);
  }
  const paths = typeof spec.revalidate === 'function' ? spec.revalidate(result, ctx) : (spec.revalidate ?? []);
  for (const path of paths) {
    if (typeof path === 'string') revalidatePath(path);
    else revalidatePath(path[0], path[1]);
  }
  const next = spec.done ? spec.done(result, ctx) : ({ ok: true, message: 'Opgeslagen.' } as S);
  if (typeof next === 'string') redirect(next);
  return next;
}

async function parseForm<I, A, R, S extends FormState>(spec: ActionSpec<I, A, R, S>, form: ActionForm): Promise<ParseOutcome<I>> {
  if (spec.parse) return spec.parse(form);
  if (!spec.schema) return NO_INPUT as ParseOutcome<I>;
  const raw: Record<string, unknown> = { ...form.values };
  for (const key of spec.lists ?? []) raw[key] = form.list(key);
  return spec.schema.safeParse(raw);
}

/** A layout path to revalidate (everything below it). */
export const layout = (path: string) => [path, 'layout'] as const;

/** After a change in a household's dossier: the dossier layout and every tab below it. */
export const dossierVanInput = (_result: unknown, { input }: { input: { huishoudenId: string } }) => [layout(`/huishoudens/${input.huishoudenId}`)];
