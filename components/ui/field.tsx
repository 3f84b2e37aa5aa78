import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { FieldErrors, FieldHint, fieldIds } from './field-parts';

type FieldProps = {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  /** For a form repeated on one page (one per row): makes the ids unique, e.g. the row's id. */
  scope?: string;
  children: ReactElement<Record<string, unknown>>;
};

/** A visible label, an optional hint and the field's own errors, wired with aria-describedby and aria-invalid. */
export function Field({ label, name, hint, errors, optional, scope, children }: FieldProps) {
  const { id, hintId, errorId, describedBy } = fieldIds(name, hint, errors, scope);
  const control = Children.only(children);
  return (
    <div className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional && <span className="font-normal text-slate-600"> (niet verplicht)</span>}
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldErrors id={errorId} errors={errors} />
      <div className="mt-1">
        {isValidElement(control)
          ? cloneElement(control, { id, name, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })
          : control}
      </div>
    </div>
  );
}

const CONTROL = 'block w-full rounded border-2 border-slate-700 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

export function Input(props: React.InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${CONTROL} ${props.className ?? ''}`} />;
}

export function Textarea(props: React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={5} {...props} className={`${CONTROL} ${props.className ?? ''}`} />;
}

export function Select({ options, placeholder, ...props }: React.SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    // Keyed on its default: React resets a form after every submission, and a <select> only takes its defaultValue on
    // mount, so without the remount a value kept after a validation error would snap back to the first option.
    <select key={String(props.defaultValue ?? '')} {...props} className={`${CONTROL} ${props.className ?? ''}`}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
