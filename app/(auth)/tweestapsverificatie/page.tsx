import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TotpForm } from '@/components/auth/totp-form';
import { requireActor } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import { getTotpSetup } from '@/lib/server/auth/setup-totp';
import { confirmTotpAction } from './actions';

export const metadata: Metadata = { title: 'Tweestapsverificatie instellen' };

export default async function TweestapsverificatiePage() {
  const actor = await requireActor();
  const setup = await getTotpSetup(actor);
  if (setup.actief) redirect(homeFor(actor.rollen));
  const grouped = setup.secret.match(/.{1,4}/g)?.join(' ') ?? setup.secret;
  return (
    <main id="inhoud" className="flex min-h-screen items-start justify-center bg-brand-900 px-4 py-16">
      <div className="w-full max-w-lg rounded bg-white p-8 shadow-lg">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Wijkregie</p>
        <h1 className="mb-2 text-2xl font-bold">Tweestapsverificatie instellen</h1>
        <p className="mb-4 text-slate-700">
          Je werkt met gevoelige gegevens van inwoners. Daarom log je in met je wachtwoord én een code uit een authenticator-app
          (bijvoorbeeld Microsoft Authenticator of Google Authenticator).
        </p>
        <ol className="mb-6 list-decimal space-y-2 pl-5">
          <li>
            Kies in je app &lsquo;Account toevoegen&rsquo; en vul deze sleutel in:
            <span className="mt-1 block rounded bg-slate-100 p-2 font-mono text-lg tracking-wider" data-testid="totp-secret">{grouped}</span>
            <a href={setup.uri} className="text-sm">Of open deze koppeling op je telefoon</a>
          </li>
          <li>Vul hieronder de code in die de app nu toont.</li>
        </ol>
        <TotpForm action={confirmTotpAction} />
      </div>
    </main>
  );
}
