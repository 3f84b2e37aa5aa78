'use client';
import { signOut } from 'next-auth/react';

/** Drafts kept in this browser (a gesprek typed at the kitchen table) leave with the person who signs out. */
function clearLocalDrafts() {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith('wijkregie:')) window.localStorage.removeItem(key);
    }
  } catch {
    // storage unavailable: nothing kept
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        clearLocalDrafts();
        void signOut({ callbackUrl: '/login' });
      }}
      className="rounded px-2 py-1 text-sm font-semibold text-white underline underline-offset-2 hover:bg-brand-700"
    >
      Uitloggen
    </button>
  );
}
