import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/nav-bar-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import './inwoner-chrome.css';
import { gemeenteTitel } from '@/lib/domain/melding';

/**
 * The frame of every resident page (issue 21): the online melding (/melding) and Mijn plan. NL Design System
 * components (skip link, page header, nav bar, page footer from @utrecht/*-css) in the gemeente's colours; plain and
 * calm, usable from 360 px wide and with the keyboard alone.
 */
export function InwonerChrome({
  gemeente, onderdeel, actie, menu, voetKop, veiligThuis = false, children,
}: {
  gemeente: { naam: string; telefoon: string };
  /** The part of the site under the gemeente's name ("Mijn plan", "Sociaal wijkteam"). */
  onderdeel: string;
  /** Beside the title, e.g. the sign-out button. */
  actie?: React.ReactNode;
  /** The menu under the header (a signed-in resident's). */
  menu?: React.ReactNode;
  voetKop: string;
  /** The footer also names Veilig Thuis (the melding form, where a resident may report worries about safety). */
  veiligThuis?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="wijkregie-inwoner flex min-h-screen flex-col bg-white">
      <a href="#inhoud" className="utrecht-skip-link utrecht-skip-link--visible-on-focus">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header">
        <div className="utrecht-page-header__content flex flex-wrap items-center justify-between gap-2">
          <div>
            <p className="text-xl font-bold">{gemeenteTitel(gemeente.naam)}</p>
            <p className="text-brand-100">{onderdeel}</p>
          </div>
          {actie}
        </div>
      </header>
      {menu}
      <main id="inhoud" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 text-lg">
        {children}
      </main>
      <footer className="utrecht-page-footer">
        <div className="utrecht-page-footer__content text-base">
          <p className="font-semibold">{voetKop}</p>
          <p>
            Bel de gemeente op <a href={`tel:${gemeente.telefoon.replace(/\s/g, '')}`}>{gemeente.telefoon}</a>, op werkdagen.
          </p>
          <p className="mt-2">
            Direct gevaar? Bel <a href="tel:112">112</a>.
            {veiligThuis && (
              <>
                {' '}Zorgen over huiselijk geweld of kindermishandeling? Bel Veilig Thuis: <a href="tel:08002000">0800-2000</a> (gratis, dag en nacht).
              </>
            )}
          </p>
        </div>
      </footer>
    </div>
  );
}

/** The menu of a signed-in resident, as an NL Design System nav bar. */
export function InwonerMenu({ label, items }: { label: string; items: readonly (readonly [href: string, label: string])[] }) {
  return (
    <nav aria-label={label} className="utrecht-nav-bar">
      <div className="utrecht-nav-bar__content">
        <ul className="flex flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-base">
          {items.map(([href, tekst]) => (
            <li key={href}><a className="text-white underline underline-offset-4 hover:text-brand-100" href={href}>{tekst}</a></li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
