import type { ReactNode } from 'react';
import { ChoiceFieldset, ChoiceInput, type ChoiceOption } from './field-parts';

/** One checkbox with its label beside it (a yes/no setting such as "Actief"). */
export function Checkbox({ label, name, defaultChecked, hint, value = 'on', scope }: { label: string; name: string; defaultChecked?: boolean; hint?: ReactNode; value?: string; /** as Field's: unique ids for a form repeated on a page */ scope?: string }) {
  const id = scope ? `veld-${scope}-${name}` : `veld-${name}`;
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
 * wired to the group the way Field wires a single control. Uncontrolled by default; controlled when onChange is given
 * (then `selected` is the current choice, kept in the order of the options whatever the order of clicking).
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  onChange,
  hint,
  errors,
  columns = 1,
}: {
  legend: string;
  name: string;
  options: ChoiceOption[];
  selected: readonly string[];
  onChange?: (selected: string[]) => void;
  hint?: ReactNode;
  errors?: string[];
  columns?: 1 | 2 | 3;
}) {
  const id = `veld-${name}`;
  const grid = columns === 3 ? 'sm:grid-cols-3' : columns === 2 ? 'sm:grid-cols-2' : '';
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    onChange?.(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} errors={errors}>
      <div className={`mt-2 grid gap-x-6 gap-y-2 ${grid}`}>
        {options.map((o, i) => (
          <ChoiceInput
            key={o.value}
            id={`${id}-${i}`}
            option={o}
            type="checkbox"
            name={name}
            {...(onChange
              ? { checked: selected.includes(o.value), onChange: (event) => toggle(o.value, event.target.checked) }
              : { defaultChecked: selected.includes(o.value) })}
          />
        ))}
      </div>
    </ChoiceFieldset>
  );
}
