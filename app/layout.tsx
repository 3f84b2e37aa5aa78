import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { cacheSignal } from 'react';
import { releaseAbortReasonFrames } from '@/lib/render-abort';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Wijkregie', template: '%s · Wijkregie' },
  description: 'Eén dossier, één plan en één regisseur per huishouden.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request headers renders every page per request, so that Next can put the proxy's CSP nonce on its
  // scripts (a prerendered page would carry no nonce and its scripts would be blocked).
  await headers();
  // Issue 23: React aborts this signal with an Error when the render completes; its frames would keep other renders
  // alive (lib/render-abort.ts).
  releaseAbortReasonFrames(cacheSignal());
  return (
    <html lang="nl">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
