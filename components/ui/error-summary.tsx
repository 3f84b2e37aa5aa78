'use client';
import { useEffect, useRef } from 'react';

// The GOV.UK error summary: after a refused submit, one box at the top of the form that says what is wrong and
// links to each field. It takes focus, so keyboard and screen-reader users land on it.

export function ErrorSummary({ errors, labels, title = 'Er is een probleem', focusKey }: {
  errors: Record<string, string[] | undefined> | undefined;
  /** Field name → label, in the order the fields appear. Fields not listed come last. */
  labels: Record<string, string>;
  title?: string;
  /** Changes on every submit, so the box takes focus again. */
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter(([, messages]) => messages?.length);
  const order = Object.keys(labels);
  entries.sort(([a], [b]) => (order.indexOf(a) === -1 ? 999 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 999 : order.indexOf(b)));
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [focusKey, entries.length]);
  if (!entries.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="foutoverzicht-titel" className="mb-6 border-4 border-red-700 bg-white p-4 focus:outline-none">
      <h2 id="foutoverzicht-titel" className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      <ul className="mt-2 list-none space-y-1 p-0">
        {entries.flatMap(([name, messages]) =>
          messages!.map((message) => (
            <li key={`${name}-${message}`}>
              <a href={`#veld-${name}`} className="font-semibold text-red-800 underline">
                {message}
              </a>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
