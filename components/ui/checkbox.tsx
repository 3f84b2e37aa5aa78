import type { ReactNode } from 'react';

/** One checkbox with its label beside it (a yes/no setting such as "Actief"). */
export function Checkbox({ label, name, defaultChecked, hint, value = 'on' }: { label: string; name: string; defaultChecked?: boolean; hint?: ReactNode; value?: string }) {
  const id = `veld-${name}`;
  return (
    <div className="mb-5">
      <div className="flex items-start gap-3">
        <input id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 h-5 w-5 accent-brand-700" />
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="ml-8 text-sm text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * A group of checkboxes sharing one name (several values), in a fieldset with a legend, its hint and its errors
 * wired to the group the way Field wires a single control.
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  hint,
  errors,
  columns = 1,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; hint?: string }[];
  selected: readonly string[];
  hint?: ReactNode;
  errors?: string[];
  columns?: 1 | 2 | 3;
}) {
  const id = `veld-${name}`;
  const errorId = errors?.length ? `${id}-fout` : undefined;
  const describedBy = [hint ? `${id}-hint` : null, errorId].filter(Boolean).join(' ') || undefined;
  const grid = columns === 3 ? 'sm:grid-cols-3' : columns === 2 ? 'sm:grid-cols-2' : '';
  return (
    <fieldset className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={describedBy} aria-invalid={errorId ? true : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
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
      <div className={`mt-2 grid gap-x-6 gap-y-2 ${grid}`}>
        {options.map((o, i) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`${id}-${i}`}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="mt-1 h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`${id}-${i}`}>
              {o.label}
              {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
