'use client';

// The resident's safety net on the public pages (issue 16 item 7): plain words in the u-form, what to do next, and
// nothing meant for staff. The error itself is logged on the server.
export default function PubliekeFoutPagina({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div>
      <h1 className="mb-3 text-3xl font-bold">Dit is niet gelukt</h1>
      <p className="mb-3">Uw melding is niet verstuurd. Dat komt niet door u. Probeer het nog een keer.</p>
      <p className="mb-6">
        Heeft u een heel lange tekst gestuurd? Maak de tekst dan korter. Lukt het niet? Bel dan de gemeente. Het telefoonnummer staat onderaan
        deze pagina.
      </p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-800">
        Probeer het opnieuw
      </button>
    </div>
  );
}
