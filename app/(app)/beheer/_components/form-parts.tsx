import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { FormState } from '@/lib/forms';

/** The form's own message: what went wrong (role="alert") or that it was saved (role="status"). */
export function FormMessages({ state }: { state: FormState }) {
  if (state.formError) return <Alert variant="error">{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}

export function Submit({ pending, children, variant = 'primary' }: { pending: boolean; children: ReactNode; variant?: ButtonVariant }) {
  return (
    <Button variant={variant} disabled={pending}>
      {pending ? 'Bezig…' : children}
    </Button>
  );
}

/**
 * The value to show: what was typed (after a refused submit) or what is stored. React 19 resets a form after its
 * action, back to the defaults; a <select> takes its defaultValue only when it mounts, so selects also get
 * key={shown(…)} to remount with the value to show.
 */
export const shown = (state: FormState, name: string, stored: string | number | null | undefined = ''): string =>
  state.values?.[name] ?? (stored === null || stored === undefined ? '' : String(stored));

/** The checked values of a checkbox group: as submitted (none checked is none) or as stored. */
export const shownList = (state: FormState, name: string, stored: readonly string[]): string[] =>
  state.values ? (state.values[name]?.split(',').filter(Boolean) ?? []) : [...stored];

/** A single checkbox: as submitted or as stored. */
export const shownCheck = (state: FormState, name: string, stored: boolean): boolean => (state.values ? state.values[name] === 'on' : stored);
