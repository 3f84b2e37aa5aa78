'use client';

// The last safety net: a short Dutch page, never a stack trace. The error itself is logged on the server.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-3 text-2xl font-bold">Er ging iets mis</h1>
      <p className="mb-3">Door een fout kon deze pagina niet worden getoond. Wat je eerder hebt opgeslagen, is bewaard.</p>
      {error.digest && <p className="mb-6 text-slate-700">Referentie voor de servicedesk: <span className="font-mono">{error.digest}</span></p>}
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Probeer het opnieuw
      </button>
    </main>
  );
}
