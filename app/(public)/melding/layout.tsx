import type { Metadata } from 'next';
import { gemeenteTitel } from '@/lib/domain/melding';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';

export const metadata: Metadata = { title: { default: 'Hulp vragen', template: '%s · Hulp vragen' } };

// Rendered per request: the gemeente comes from the database, which the build has none of.
export const dynamic = 'force-dynamic';

/** The resident's side: the gemeente's own name, plain and calm, in the manner of GOV.UK and NL Design System. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const gemeente = await getPublicGemeente();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="border-b-8 border-brand-600 bg-brand-900 text-white">
        <div className="mx-auto max-w-3xl px-4 py-4">
          <p className="text-xl font-bold">{gemeenteTitel(gemeente.naam)}</p>
          <p className="text-brand-100">Sociaal wijkteam</p>
        </div>
      </header>
      <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 text-lg">
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-slate-100">
        <div className="mx-auto max-w-3xl px-4 py-6 text-base text-slate-800">
          <p className="font-semibold">Liever bellen?</p>
          <p>
            Bel de gemeente op <a href={`tel:${gemeente.telefoon.replace(/\s/g, '')}`}>{gemeente.telefoon}</a>, op werkdagen.
          </p>
          <p className="mt-2">
            Direct gevaar? Bel <a href="tel:112">112</a>. Zorgen over huiselijk geweld of kindermishandeling? Bel Veilig Thuis:{' '}
            <a href="tel:08002000">0800-2000</a> (gratis, dag en nacht).
          </p>
        </div>
      </footer>
    </div>
  );
}
