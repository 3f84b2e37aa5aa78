'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className="rounded px-2 py-1 text-sm font-semibold text-white underline underline-offset-2 hover:bg-brand-700">
      Uitloggen
    </button>
  );
}
