import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { listLeefgebieden } from '@/lib/server/melding/list-leefgebieden';
import { RegistratieForm } from './registratie-form';

export const metadata: Metadata = { title: 'Melding registreren' };

export default async function NieuweMeldingPage() {
  const actor = await requirePagePermission('melding:register');
  const leefgebieden = await listLeefgebieden(actor);
  return (
    <>
      <p className="mb-2"><Link href="/meldingen">← Meldingen</Link></p>
      <PageHeader title="Melding registreren" description="Voor een melding aan de telefoon, per e-mail, aan het loket of van een partner. Daarna zoek je het huishouden en doe je de triage." />
      <RegistratieForm leefgebieden={leefgebieden} />
    </>
  );
}
