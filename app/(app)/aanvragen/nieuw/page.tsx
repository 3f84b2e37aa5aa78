import type { Metadata } from 'next';
import Link from 'next/link';
import { SchriftelijkeAanvraagForm } from '@/components/beschikking/schriftelijke-aanvraag-form';
import { PageHeader } from '@/components/ui/page';
import { requirePagePermission } from '@/lib/auth/session';
import { toIsoDate } from '@/lib/domain/dates';
import { WET_LABELS } from '@/lib/domain/labels';
import { getSchriftelijkeAanvraagKeuzes } from '@/lib/server/aanvraag/register-schriftelijke-aanvraag';
import { registerSchriftelijkeAanvraagAction } from '../actions';

export const metadata: Metadata = { title: 'Schriftelijke aanvraag registreren' };

export default async function SchriftelijkeAanvraagPage() {
  const actor = await requirePagePermission('aanvraag:behandelen');
  const { producten } = await getSchriftelijkeAanvraagKeuzes(actor);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/aanvragen">← Terug naar de aanvragen</Link>
      </p>
      <PageHeader
        title="Schriftelijke aanvraag registreren"
        description="Een inwoner mag een voorziening ook schriftelijk aanvragen, na het onderzoek of als het onderzoek langer dan zes weken duurde (Wmo 2015 artikel 2.3.2 lid 9). Registreer de brief met de datum waarop hij binnenkwam: vanaf die dag loopt de wettelijke beslistermijn. Dat kan met of zonder ondersteuningsplan."
      />
      <SchriftelijkeAanvraagForm action={registerSchriftelijkeAanvraagAction} producten={producten.map((p) => ({ id: p.id, code: p.code, naam: p.naam, wetLabel: WET_LABELS[p.wet] }))} vandaag={toIsoDate(new Date())} />
    </>
  );
}
