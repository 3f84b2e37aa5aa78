import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  info: 'bg-brand-50 text-brand-900 ring-brand-100',
  success: 'bg-green-50 text-green-900 ring-green-200',
  warning: 'bg-amber-50 text-amber-950 ring-amber-300',
  danger: 'bg-red-50 text-red-900 ring-red-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}
