import Link from 'next/link';
import type { Metadata } from 'next';
import { requireActor } from '@/lib/auth/session';
import { homeFor } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Geen toegang' };

export default async function GeenToegangPage() {
  const actor = await requireActor();
  return (
    <div className="max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Geen toegang</h1>
      <p className="mb-3">
        Je hebt met jouw rol geen toegang tot deze pagina. Gegevens van inwoners zie je alleen als je ze nodig hebt voor je werk.
      </p>
      <p className="mb-6">Denk je dat je wel toegang nodig hebt? Vraag het je teamleider of functioneel beheer.</p>
      <Link href={homeFor(actor.rollen)}>Terug naar je startpagina</Link>
    </div>
  );
}
