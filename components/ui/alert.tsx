import type { ReactNode } from 'react';

export type AlertVariant = 'error' | 'warning' | 'info' | 'success';

const VARIANTS: Record<AlertVariant, string> = {
  error: 'border-red-700 bg-red-50 text-red-900',
  warning: 'border-amber-600 bg-amber-50 text-amber-950',
  info: 'border-brand-600 bg-brand-50 text-brand-900',
  success: 'border-green-700 bg-green-50 text-green-900',
};

export function Alert({ variant = 'error', title, children }: { variant?: AlertVariant; title?: string; children?: ReactNode }) {
  return (
    <div role={variant === 'error' || variant === 'warning' ? 'alert' : 'status'} className={`mb-4 border-l-4 p-4 ${VARIANTS[variant]}`}>
      {title && <p className="font-bold">{title}</p>}
      {children && <div className={title ? 'mt-1' : ''}>{children}</div>}
    </div>
  );
}
