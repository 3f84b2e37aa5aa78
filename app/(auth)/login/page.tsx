import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { getActor } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Inloggen' };

/** Only same-site paths are followed after sign-in: an open redirect would help phishing. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.rollen));
  const { OIDC_ISSUER, OIDC_NAME } = env();
  const oidcName = OIDC_ISSUER ? (OIDC_NAME ?? 'gemeente-account') : undefined;
  return (
    <main id="inhoud" className="flex min-h-screen items-start justify-center bg-brand-900 px-4 py-16">
      <div className="w-full max-w-md rounded bg-white p-8 shadow-lg">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Wijkregie</p>
        <h1 className="mb-2 text-2xl font-bold">Inloggen</h1>
        <p className="mb-6 text-slate-700">Voor medewerkers van de gemeente en het sociaal wijkteam.</p>
        <LoginForm callbackUrl={safeCallback(params.callbackUrl)} initialError={params.error} oidcName={oidcName} />
        <p className="mt-6 border-t border-slate-200 pt-4 text-sm text-slate-700">
          Bent u inwoner en wilt u hulp vragen? <a href="/melding">Doe hier een melding</a>.
        </p>
      </div>
    </main>
  );
}
