import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="inhoud" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="mb-3 text-2xl font-bold">Pagina niet gevonden</h1>
      <p className="mb-6">Deze pagina bestaat niet (meer). Controleer het adres, of ga terug naar de startpagina.</p>
      <Link href="/">Naar de startpagina</Link>
    </main>
  );
}
