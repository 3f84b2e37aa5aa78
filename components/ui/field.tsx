import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

type FieldProps = {
  label: string;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  optional?: boolean;
  children: ReactElement<Record<string, unknown>>;
};

/** A visible label, an optional hint and the field's own errors, wired with aria-describedby and aria-invalid. */
export function Field({ label, name, hint, errors, optional, children }: FieldProps) {
  const id = `veld-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control = Children.only(children);
  return (
    <div className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional && <span className="font-normal text-slate-600"> (niet verplicht)</span>}
      </label>
      {hint && (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 font-semibold text-red-700">
          {errors!.map((e) => (
            <span key={e} className="block">
              <span className="sr-only">Fout: </span>
              {e}
            </span>
          ))}
        </p>
      )}
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
    <select {...props} className={`${CONTROL} ${props.className ?? ''}`}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
