import Link from 'next/link';
import { requestRef } from '@/lib/auth/refuse';

// The refusal of a read inside the staff application (lib/auth/refuse.ts): the same page whether the record does not
// exist or is not for you, so it never tells that something exists. The reference is in the server log with the
// real reason.
export default async function NietGevondenOfGeenToegang() {
  const ref = await requestRef();
  return (
    <div className="max-w-2xl">
      <h1 className="mb-3 text-2xl font-bold">Niet gevonden of geen toegang</h1>
      <p className="mb-3">Wat je zoekt bestaat niet (meer), of je hebt er met jouw werk geen toegang toe. Controleer het adres of de link.</p>
      <p className="mb-6 text-slate-700">Referentie voor de servicedesk: <span className="font-mono">{ref}</span></p>
      <Link href="/">Naar je startpagina</Link>
    </div>
  );
}
