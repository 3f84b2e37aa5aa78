'use client';
import { useActionState } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { FormAction } from '@/lib/actions/states';

type Props = {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  /** Said after the label to screen readers, so that a column of equal buttons stays tellable apart. */
  context: string;
  variant?: ButtonVariant;
};

/** One button that acts on one row (end a membership, remove a range), with the row's own error next to it. */
export function RowActionForm({ action, fields, label, context, variant = 'secondary' }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button variant={variant} disabled={pending} className="px-3 py-1 text-sm">
        {pending ? 'Bezig…' : label}
        <span className="sr-only">: {context}</span>
      </Button>
      {state.formError && (
        <p role="alert" className="text-sm font-semibold text-red-700">
          {state.formError}
        </p>
      )}
    </form>
  );
}
