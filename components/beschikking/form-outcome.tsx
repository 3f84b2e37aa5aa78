import { Alert } from '@/components/ui/alert';
import type { FormState } from '@/lib/forms';

/** The outcome of a form action: a refusal with its Dutch reason, or what happened. */
export function FormOutcome({ state }: { state: FormState }) {
  if (state.formError) return <Alert variant="error" title="Dit kan niet">{state.formError}</Alert>;
  if (state.ok && state.message) return <Alert variant="success">{state.message}</Alert>;
  return null;
}
