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

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="mb-6 rounded border border-slate-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby={slug(title)}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id={slug(title)} className="scroll-mt-20 text-lg font-bold text-slate-900">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function StatGrid({ stats }: { stats: { label: string; value: ReactNode; tone?: 'danger' | 'warning' }[] }) {
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
      {stats.map((s) => (
        <div key={s.label} className={`rounded border bg-white p-4 ${s.tone === 'danger' ? 'border-red-300' : s.tone === 'warning' ? 'border-amber-300' : 'border-slate-200'}`}>
          <dt className="text-sm text-slate-700">{s.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">{s.value}</dd>
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
