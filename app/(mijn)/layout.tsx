import type { Metadata } from 'next';
import Link from 'next/link';
import { getInwoner } from '@/lib/auth/inwoner';
import { gemeenteTitel } from '@/lib/domain/melding';
import { getPublicGemeente } from '@/lib/server/melding/get-public-gemeente';
import { buttonClasses } from '@/components/ui/button';
import { uitloggen } from './mijn/actions';

export const metadata: Metadata = { title: { default: 'Mijn plan', template: '%s · Mijn plan' } };
export const dynamic = 'force-dynamic';

const MENU = [
  ['/mijn', 'Overzicht'],
  ['/mijn/plan', 'Mijn plan'],
  ['/mijn/berichten', 'Berichten'],
  ['/mijn/brieven', 'Brieven'],
  ['/mijn/toestemmingen', 'Toestemming'],
  ['/mijn/wie-keek-mee', 'Wie keek mee'],
] as const;

/** Issue 21: the residents' part, plain and calm like the melding form (GOV.UK / NL Design System manner), 360 px up. */
export default async function MijnLayout({ children }: { children: React.ReactNode }) {
  const [gemeente, inwoner] = await Promise.all([getPublicGemeente(), getInwoner()]);
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="border-b-8 border-brand-600 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-4 py-4">
          <div>
            <p className="text-xl font-bold">{gemeenteTitel(gemeente.naam)}</p>
            <p className="text-brand-100">Mijn plan</p>
          </div>
          {inwoner && (
            <form action={uitloggen}>
              <button type="submit" className={buttonClasses('secondary', 'text-base')}>Uitloggen</button>
            </form>
          )}
        </div>
        {inwoner && (
          <nav aria-label="Mijn plan" className="bg-brand-800">
            <ul className="mx-auto flex max-w-3xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-base">
              {MENU.map(([href, label]) => (
                <li key={href}><Link className="text-white underline underline-offset-4 hover:text-brand-100" href={href}>{label}</Link></li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 text-lg">
        {children}
      </main>
      <footer className="border-t border-slate-300 bg-slate-100">
        <div className="mx-auto max-w-3xl px-4 py-6 text-base text-slate-800">
          <p className="font-semibold">Vragen?</p>
          <p>
            Bel de gemeente op <a href={`tel:${gemeente.telefoon.replace(/\s/g, '')}`}>{gemeente.telefoon}</a>, op werkdagen.
          </p>
          <p className="mt-2">Direct gevaar? Bel <a href="tel:112">112</a>.</p>
        </div>
      </footer>
    </div>
  );
}
