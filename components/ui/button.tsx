import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400',
  secondary: 'bg-white text-brand-800 border border-brand-700 hover:bg-brand-50 disabled:text-slate-400',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400',
  link: 'bg-transparent text-brand-700 underline underline-offset-2 hover:text-brand-900 px-0 py-0',
};

export function buttonClasses(variant: ButtonVariant = 'primary', extra = '') {
  const base = variant === 'link' ? '' : 'inline-flex items-center justify-center gap-2 rounded px-4 py-2 font-semibold';
  return `${base} ${VARIANTS[variant]} disabled:cursor-not-allowed ${extra}`.trim();
}

export function Button({ variant = 'primary', className = '', type = 'submit', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
