import type { ReactNode } from 'react';
import { ChoiceFieldset, ChoiceInput, type ChoiceOption } from './field-parts';

// A group of radio buttons sharing one name, in a fieldset with a legend, its hint and its errors wired to the group
// the way Field wires a single control. Uncontrolled (defaultValue) by default, so it works before JavaScript has
// loaded; controlled when `value` is given (with onChange), for forms that show parts depending on the answer.
// The fieldset carries id `veld-<name>` so an error summary can link to it.

export type RadioOption = ChoiceOption;

export function RadioGroup({
  legend,
  name,
  scope,
  options,
  defaultValue,
  value,
  hint,
  errors,
  inline,
  legendClassName,
  onChange,
  children,
}: {
  legend: ReactNode;
  name: string;
  /** As Field's: for a form repeated on one page. */
  scope?: string;
  options: RadioOption[];
  defaultValue?: string;
  value?: string;
  hint?: ReactNode;
  errors?: string[];
  inline?: boolean;
  legendClassName?: string;
  onChange?: (value: string) => void;
  /** Shown under the options, inside the group (e.g. a panel that depends on the answer). */
  children?: ReactNode;
}) {
  const id = scope ? `veld-${scope}-${name}` : `veld-${name}`;
  return (
    <ChoiceFieldset name={name} scope={scope} legend={legend} legendClassName={legendClassName} hint={hint} errors={errors}>
      <div className={`mt-2 ${inline ? 'flex flex-wrap gap-x-6 gap-y-2' : 'grid gap-y-2'}`}>
        {options.map((o, i) => (
          <ChoiceInput
            key={o.value}
            id={`${id}-${i}`}
            option={o}
            type="radio"
            name={name}
            {...(value !== undefined ? { checked: value === o.value } : { defaultChecked: defaultValue === o.value })}
            aria-invalid={errors?.length ? true : undefined}
            onChange={onChange ? () => onChange(o.value) : undefined}
          />
        ))}
      </div>
      {children}
    </ChoiceFieldset>
  );
}
