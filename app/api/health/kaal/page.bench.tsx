// The benchmark's second reference (issue 23 item 3): a bare Next.js page of this app, a static sentence without
// session or database, outside the app's navigation. Only the benchmark's build has it: next.config.ts adds the page
// extension `bench.tsx` only when building into `.next-bench` (tests/unit/bench-build.test.ts proves `npm start`'s
// build has no such route). It sits under /api/health, which the proxy lets through without a session, so that the
// proxy needs no entry for a page that exists only in the benchmark; the proxy still sets its nonce and headers.
export default function KalePagina() {
  return (
    <main id="inhoud">
      <h1>Kale pagina</h1>
      <p>Deze pagina meet wat Next.js zelf kost: geen sessie, geen database, alleen deze zin.</p>
    </main>
  );
}
