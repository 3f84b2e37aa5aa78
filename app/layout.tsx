import type { Metadata } from 'next';
import { headers } from 'next/headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Wijkregie', template: '%s · Wijkregie' },
  description: 'Eén dossier, één plan en één regisseur per huishouden.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request headers renders every page per request, so that Next can put the proxy's CSP nonce on its
  // scripts (a prerendered page would carry no nonce and its scripts would be blocked).
  await headers();
  return (
    <html lang="nl">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
