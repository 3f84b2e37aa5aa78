'use client';
import { startTransition, type FormEvent } from 'react';

/**
 * For forms whose fields are controlled by React state (the gesprek, the checklist): submit through the action
 * without React's automatic form reset. That reset puts every field back to its HTML default while the state still
 * holds the typed value, so selects and radios would look empty after a validation error. The button that was
 * clicked goes along (its name and value), as with a plain form.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
}
