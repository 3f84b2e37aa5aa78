import type { ReactNode } from 'react';

// A group of radio buttons sharing one name, in a fieldset with a legend, its hint and its errors wired to the group
// the way Field wires a single control. Uncontrolled (defaultValue), so it works before JavaScript has loaded.
// The fieldset carries id `veld-<name>` so an error summary can link to it.

export type RadioOption = { value: string; label: string; hint?: ReactNode; className?: string };

export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  hint,
  errors,
  inline,
  legendClassName,
  onChange,
  children,
}: {
  legend: ReactNode;
  name: string;
  options: RadioOption[];
  defaultValue?: string;
  hint?: ReactNode;
  errors?: string[];
  inline?: boolean;
  legendClassName?: string;
  onChange?: (value: string) => void;
  /** Shown under the options, inside the group (e.g. a panel that depends on the answer). */
  children?: ReactNode;
}) {
  const id = `veld-${name}`;
  const errorId = errors?.length ? `${id}-fout` : undefined;
  const describedBy = [hint ? `${id}-hint` : null, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} tabIndex={-1} className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={describedBy}>
      <legend className={legendClassName ?? 'font-semibold text-slate-900'}>{legend}</legend>
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
      <div className={`mt-2 ${inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'grid gap-y-2'}`}>
        {options.map((o, i) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`${id}-${i}`}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              aria-invalid={errorId ? true : undefined}
              onChange={onChange ? () => onChange(o.value) : undefined}
              className={`mt-1 h-5 w-5 shrink-0 accent-brand-700 ${o.className ?? ''}`}
            />
            <label htmlFor={`${id}-${i}`}>
              {o.label}
              {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
            </label>
          </div>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
