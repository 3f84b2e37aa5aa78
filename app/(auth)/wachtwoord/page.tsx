import type { Metadata } from 'next';
import Link from 'next/link';
import { WachtwoordForm } from '@/components/auth/wachtwoord-form';
import { Alert } from '@/components/ui/alert';
import { requireActorVoorWachtwoord } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';
import { wijzigWachtwoordAction } from './actions';

export const metadata: Metadata = { title: 'Wachtwoord wijzigen' };

export default async function WachtwoordPage({ searchParams }: { searchParams: Promise<{ gewijzigd?: string }> }) {
  const { actor, afgedwongen } = await requireActorVoorWachtwoord();
  const { gewijzigd } = await searchParams;
  return (
    <main id="inhoud" className="flex min-h-screen items-start justify-center bg-brand-900 px-4 py-16">
      <div className="w-full max-w-lg rounded bg-white p-8 shadow-lg">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Wijkregie</p>
        <h1 className="mb-2 text-2xl font-bold">Wachtwoord wijzigen</h1>
        {afgedwongen ? (
          <Alert variant="warning" title="Kies eerst een eigen wachtwoord">
            Je logt in met een wachtwoord dat de beheerder voor je heeft ingesteld. Kies een wachtwoord dat alleen jij kent. Daarna kun je verder.
          </Alert>
        ) : gewijzigd === '1' ? (
          <Alert variant="success" title="Je wachtwoord is gewijzigd.">Log voortaan in met je nieuwe wachtwoord.</Alert>
        ) : (
          <p className="mb-4 text-slate-700">Vul je huidige wachtwoord in en kies een nieuw wachtwoord.</p>
        )}
        <WachtwoordForm action={wijzigWachtwoordAction} />
        {!afgedwongen && (
          <p className="mt-6 border-t border-slate-200 pt-4">
            <Link href={homeFor(actor.rollen)}>Terug naar Wijkregie</Link>
          </p>
        )}
      </div>
    </main>
  );
}
