import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { Actor } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { errorState, fieldErrorsOf, formList, formValues, type FormState } from '@/lib/forms';

type Options = {
  /** Fields sent as several values (checkbox groups). */
  lists?: string[];
  /** Fields never sent back to the browser (passwords). */
  omit?: string[];
  /** The message after a change that stays on the page. */
  message?: string;
};

/**
 * The path of every beheer mutation (STYLE.md §2): parse the form with its zod schema (Dutch messages at the
 * fields, typed values kept), call the use case with the signed-in actor, refresh the beheer pages, and go where
 * the use case says (redirect outside the try: it throws) or stay with a message.
 */
export async function runBeheerAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  run: (input: z.output<S>, actor: Actor) => Promise<string | void>,
  options: Options = {},
): Promise<FormState> {
  const raw: Record<string, unknown> = formValues(formData);
  for (const key of options.lists ?? []) raw[key] = formList(formData, key);
  const values = formValues(formData);
  for (const key of options.omit ?? []) delete values[key];

  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  const actor = await requireActor();
  let target: string | void;
  try {
    target = await run(parsed.data, actor);
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath('/beheer', 'layout');
  if (target) redirect(target);
  return { ok: true, message: options.message ?? 'Opgeslagen.' };
}
