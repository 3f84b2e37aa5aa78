import type { Metadata } from 'next';
import Link from 'next/link';
import { VerzoekToewijzingForm } from '@/components/partner/partner-forms';
import { EmptyState } from '@/components/ui/page';
import { requirePartner } from '@/lib/auth/partner';
import { isRefusedRead } from '@/lib/auth/refuse';
import { WET_LABELS } from '@/lib/domain/labels';
import { getContractProducten } from '@/lib/server/partner/get-contract-producten';
import { getPartnerToewijzing } from '@/lib/server/partner/get-partner-toewijzing';
import { verzoekToewijzingAction } from '../../actions';

export const metadata: Metadata = { title: 'Nieuwe toewijzing aanvragen' };

/**
 * Issue 22 item 4: ask for a new toewijzing (the 315 by hand), by BSN for a client of a household the organisation
 * sees; from a toewijzing's page (?toewijzing=…) the BSN of that client is filled in.
 */
export default async function NieuwVerzoekPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const partner = await requirePartner();
  const search = await searchParams;
  const van = typeof search.toewijzing === 'string'
    ? await getPartnerToewijzing(partner, search.toewijzing).catch((e: unknown) => (isRefusedRead(e) ? null : Promise.reject(e)))
    : null;
  const producten = await getContractProducten(partner);
  return (
    <>
      <p><Link href="/partner/verzoeken">Terug naar de verzoeken</Link></p>
      <h1 className="mt-2 text-3xl font-bold">Nieuwe toewijzing aanvragen</h1>
      <p className="mt-2 text-slate-700">
        Vraag de gemeente om zorg voor een cliënt{van ? ` (${van.persoon})` : ''}. Kan dat niet met een wijziging van een bestaande toewijzing? Dan hier. Je ziet het antwoord bij Verzoeken.
      </p>
      {!partner.aanbiederId || producten.length === 0 ? (
        <EmptyState>Jouw organisatie heeft geen lopend contract met de gemeente; een toewijzing aanvragen kan nu niet.</EmptyState>
      ) : (
        <VerzoekToewijzingForm action={verzoekToewijzingAction} bsn={van?.bsn ?? ''} producten={producten.map((p) => ({ value: p.id, label: `${p.code} ${p.naam} (${WET_LABELS[p.wet]})` }))} />
      )}
    </>
  );
}
