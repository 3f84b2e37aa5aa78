import type { ReactNode } from 'react';

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
        {description && <p className="mt-1 max-w-3xl text-slate-700">{description}</p>}
      </div>
      {actions && <div className="flex gap-2">{actions}</div>}
    </div>
  );
}

/** Styled by `.sectie` in app/globals.css (issue 23: a page of nine sections sent their class lists twice each). */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="sectie" aria-labelledby={slug(title)}>
      <div>
        <h2 id={slug(title)}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Styled by `.cijfers` in app/globals.css: one class per figure, its tone a second. */
export function StatGrid({ stats }: { stats: { label: string; value: ReactNode; tone?: 'danger' | 'warning' }[] }) {
  return (
    <dl className="cijfers">
      {stats.map((s) => (
        <div key={s.label} className={s.tone ? `cijfer cijfer-${s.tone}` : 'cijfer'}>
          <dt>{s.label}</dt>
          <dd>{s.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-300 bg-slate-50 p-6 text-center text-slate-700">{children}</p>;
}

/** The id of a Section's heading, for links to it (the plan editor's section navigation). */
export function slug(text: string) {
  return `kop-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
