import type { InputHTMLAttributes, ReactNode } from 'react';

// The pieces every form control shares: the ids that wire a hint and errors to a control (aria-describedby), the
// hint, the errors, and the fieldset that groups radio buttons or checkboxes under one legend. Field, RadioGroup and
// CheckboxGroup are built from these, so a message looks and reads the same at every field.

/**
 * Ids for the control `veld-<name>` (an error summary links to it), its hint and its errors. A page that repeats one
 * form (one per row: a partner's progress per action) gives each copy a `scope`, so no id occurs twice on the page.
 */
export function fieldIds(name: string, hint: unknown, errors: readonly string[] | undefined, scope?: string) {
  const id = scope ? `veld-${scope}-${name}` : `veld-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-fout` : undefined;
  return { id, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

export function FieldHint({ id, hint }: { id?: string; hint?: ReactNode }) {
  if (!id || !hint) return null;
  return (
    <p id={id} className="mt-0.5 text-sm text-slate-600">
      {hint}
    </p>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: readonly string[] }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-red-700">
      {errors.map((e) => (
        <span key={e} className="block">
          <span className="sr-only">Fout: </span>
          {e}
        </span>
      ))}
    </p>
  );
}

/** A fieldset with its legend, hint and errors; the fieldset carries `veld-<name>` so an error summary can focus it. */
export function ChoiceFieldset({
  name,
  scope,
  legend,
  legendClassName,
  hint,
  errors,
  children,
}: {
  name: string;
  /** As Field's: for a form repeated on one page. */
  scope?: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactNode;
}) {
  const { id, hintId, errorId, describedBy } = fieldIds(name, hint, errors, scope);
  return (
    <fieldset id={id} tabIndex={-1} className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={describedBy}>
      <legend className={legendClassName ?? 'font-semibold text-slate-900'}>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <FieldErrors id={errorId} errors={errors} />
      {children}
    </fieldset>
  );
}

export type ChoiceOption = { value: string; label: string; hint?: ReactNode; className?: string };

/** One radio button or checkbox with its label (and an optional hint under the label). */
export function ChoiceInput({ id, option, ...input }: { id: string; option: ChoiceOption } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex items-start gap-3">
      <input id={id} value={option.value} {...input} className={`mt-1 h-5 w-5 shrink-0 accent-brand-700 ${option.className ?? ''}`} />
      <label htmlFor={id}>
        {option.label}
        {option.hint && <span className="block text-sm text-slate-600">{option.hint}</span>}
      </label>
    </div>
  );
}
