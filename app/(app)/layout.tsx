import Link from 'next/link';
import { MainNav } from '@/components/shell/main-nav';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { getActorGemeente, needsTotpSetup, requireActor } from '@/lib/auth/session';
import { navigationFor } from '@/lib/auth/navigation';
import { homeFor } from '@/lib/auth/roles';
import { ROL_LABELS } from '@/lib/domain/labels';
import { totpRequired } from '@/lib/auth/totp';
import { redirect } from 'next/navigation';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (await needsTotpSetup(totpRequired())) redirect('/tweestapsverificatie');
  const gemeente = await getActorGemeente(actor);
  const items = navigationFor(actor).map(({ href, label }) => ({ href, label }));
  return (
    <>
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href={homeFor(actor.rollen)} className="text-lg font-bold text-white no-underline">
            Wijkregie <span className="font-normal text-brand-100">· {gemeente.naam}</span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              <span className="font-semibold">{actor.naam}</span>
              <span className="text-brand-100"> · {actor.rollen.map((r) => ROL_LABELS[r]).join(', ')}</span>
            </span>
            <Link href="/wachtwoord" className="text-white">
              Wachtwoord wijzigen
            </Link>
            <SignOutButton />
          </div>
        </div>
        <MainNav items={items} />
      </header>
      <main id="inhoud" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
