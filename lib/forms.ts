// The shape every server action returns to its form (STYLE.md §2): the values as typed, so nothing is lost, and
// messages per field in Dutch.
import { z } from 'zod';
import { DomainError, toUserMessage } from '@/lib/errors';
import { MAX_VELD_TEKENS } from '@/lib/domain/formulier';

z.config(z.locales.nl());
// A field a schema gives no message of its own and that is missing or of the wrong kind (in practice a hidden field
// from a hand-made request) gets a plain sentence instead of zod's technical "verwacht string, ontving undefined".
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' ? (issue.input === undefined ? 'Dit veld ontbreekt.' : 'Dit veld heeft een ongeldige waarde.') : undefined,
});

export type FormState = {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: string;
  ok?: boolean;
  message?: string;
};

/**
 * The form a server action was given. A browser always sends FormData, but a hand-made request can put any value
 * (or nothing) in its place: that counts as an empty form, so the action answers with its Dutch field messages
 * instead of a TypeError and a 500 (issue 10). Every action starts with `formData = formDataOf(formData)`.
 */
export const formDataOf = (value: unknown): FormData => (value instanceof FormData ? value : new FormData());

/**
 * Control characters other than tab and line breaks mean nothing in a form (they come from pasting) and PostgreSQL
 * refuses U+0000 in text, which would make a resident's melding fail with "Er ging iets mis" (issue 10).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export const withoutControlCharacters = (value: string) => value.replace(CONTROL, '');

/** A value cut to MAX_VELD_TEKENS characters, never in the middle of a character outside the BMP (an emoji). */
export const watPast = (value: string): string => {
  if (value.length <= MAX_VELD_TEKENS) return value;
  const end = /[\uD800-\uDBFF]/.test(value[MAX_VELD_TEKENS - 1]!) ? MAX_VELD_TEKENS - 1 : MAX_VELD_TEKENS;
  return value.slice(0, end);
};

/** FormData as plain strings (repeated keys joined with a comma, files ignored): what the form shows again. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, raw] of formData.entries()) {
    // `__proto__` cannot be a plain key (and no form has it); `constructor`, `toString` are own keys, not inherited.
    if (typeof raw !== 'string' || key.startsWith('$ACTION') || key === '__proto__') continue;
    // What fits: a field of megabytes is shown again cut short, and its own length rule says it was too long.
    const value = watPast(withoutControlCharacters(raw));
    values[key] = Object.hasOwn(values, key) ? `${values[key]},${value}` : value;
  }
  return values;
}

/** All values of a repeated field (checkbox groups). */
export const formList = (formData: FormData, key: string) =>
  formData.getAll(key).filter((v): v is string => typeof v === 'string').map(withoutControlCharacters);

export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  return z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
}

/** The state for an error thrown by a use case: its field messages if it has them, else one form message. */
export function errorState(error: unknown, values: Record<string, string>): FormState {
  if (error instanceof DomainError && Object.keys(error.fieldErrors).length) {
    return { values, fieldErrors: error.fieldErrors, formError: toUserMessage(error) };
  }
  return { values, formError: toUserMessage(error) };
}
