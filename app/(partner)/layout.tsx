import type { Metadata } from 'next';
import { buttonClasses } from '@/components/ui/button';
import { getPartner, getPartnerGemeente } from '@/lib/auth/partner';
import { gemeenteTitel } from '@/lib/domain/melding';
import { partnerUitloggen } from './partner/actions';

export const metadata: Metadata = { title: { default: 'Ketenpartners', template: '%s · Ketenpartners' } };
export const dynamic = 'force-dynamic';

/** Issue 22: the ketenpartners' part: their own header, menu and session, never the staff application's. */
export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const [gemeente, partner] = await Promise.all([getPartnerGemeente(), getPartner()]);
  const menu = [
    ['/partner', 'Acties'],
    ...(partner?.aanbiederId ? [['/partner/toewijzingen', 'Toewijzingen'], ['/partner/verzoeken', 'Verzoeken']] : []),
    ...(partner?.coordinator ? [['/partner/gebruikers', 'Gebruikers']] : []),
  ];
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="border-b-8 border-brand-600 bg-brand-900 text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-4">
          <div>
            <p className="text-xl font-bold">{gemeenteTitel(gemeente.naam)}</p>
            <p className="text-brand-100">Ketenpartners{partner ? ` · ${partner.organisatieNaam} · ${partner.naam}` : ''}</p>
          </div>
          {partner && (
            <form action={partnerUitloggen}>
              <button type="submit" className={buttonClasses('secondary', 'text-base')}>Uitloggen</button>
            </form>
          )}
        </div>
        {partner && (
          <nav aria-label="Ketenpartners" className="bg-brand-800">
            <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-base">
              {menu.map(([href, label]) => (
                <li key={href}><a className="text-white underline underline-offset-4 hover:text-brand-100" href={href}>{label}</a></li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
