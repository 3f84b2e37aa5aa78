// The shape every server action returns to its form (STYLE.md §2): the values as typed, so nothing is lost, and
// messages per field in Dutch.
import { z } from 'zod';
import { DomainError, toUserMessage } from '@/lib/errors';

z.config(z.locales.nl());

export type FormState = {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string[] | undefined>;
  formError?: string;
  ok?: boolean;
  message?: string;
};

/** FormData as plain strings (repeated keys joined with a comma, files ignored): what the form shows again. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/** All values of a repeated field (checkbox groups). */
export const formList = (formData: FormData, key: string) => formData.getAll(key).filter((v): v is string => typeof v === 'string');

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
