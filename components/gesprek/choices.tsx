'use client';
import type { ReactNode } from 'react';

// Controlled radio and checkbox groups for the vraagverheldering forms: a fieldset with a legend (so the group has
// an accessible name), its hint and errors wired the way Field wires a single control.

type Option = { value: string; label: string; hint?: string };

function GroupShell({ legend, id, hint, errors, children, inline }: { legend: string; id: string; hint?: ReactNode; errors?: string[]; children: ReactNode; inline?: boolean }) {
  const errorId = errors?.length ? `${id}-fout` : undefined;
  const describedBy = [hint ? `${id}-hint` : null, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} tabIndex={-1} className={`mb-5 ${errorId ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={describedBy}>
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
      <div className={`mt-2 ${inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'grid gap-y-2'}`}>{children}</div>
    </fieldset>
  );
}

export function RadioGroup({
  legend, name, value, onChange, options, hint, errors, inline,
}: { legend: string; name: string; value: string; onChange: (value: string) => void; options: Option[]; hint?: ReactNode; errors?: string[]; inline?: boolean }) {
  const id = `veld-${name}`;
  return (
    <GroupShell legend={legend} id={id} hint={hint} errors={errors} inline={inline}>
      {options.map((o, i) => (
        <div key={o.value} className="flex items-start gap-3">
          <input
            id={`${id}-${i}`}
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-invalid={errors?.length ? true : undefined}
            className="mt-1 h-5 w-5 accent-brand-700"
          />
          <label htmlFor={`${id}-${i}`}>
            {o.label}
            {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
          </label>
        </div>
      ))}
    </GroupShell>
  );
}

export function CheckboxList({
  legend, name, selected, onChange, options, hint, errors, columns = 1,
}: { legend: string; name: string; selected: string[]; onChange: (selected: string[]) => void; options: Option[]; hint?: ReactNode; errors?: string[]; columns?: 1 | 2 | 3 }) {
  const id = `veld-${name}`;
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the order of the options, whatever the order of clicking.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <GroupShell legend={legend} id={id} hint={hint} errors={errors}>
      <div className={`grid gap-x-6 gap-y-2 ${columns === 3 ? 'sm:grid-cols-3' : columns === 2 ? 'sm:grid-cols-2' : ''}`}>
        {options.map((o, i) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`${id}-${i}`}
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(event) => toggle(o.value, event.target.checked)}
              className="mt-1 h-5 w-5 accent-brand-700"
            />
            <label htmlFor={`${id}-${i}`}>
              {o.label}
              {o.hint && <span className="block text-sm text-slate-600">{o.hint}</span>}
            </label>
          </div>
        ))}
      </div>
    </GroupShell>
  );
}
