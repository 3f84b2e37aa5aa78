import type { Metadata } from 'next';
import { StartZorgForm, StopZorgForm } from '@/components/partner/partner-forms';
import { EmptyState } from '@/components/ui/page';
import { requirePartner } from '@/lib/auth/partner';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { TOEWIJZING_STATUS_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { REDEN_BEEINDIGING_LABELS } from '@/lib/iwmo/inkomend';
import { getPartnerToewijzingen } from '@/lib/server/partner/get-partner-toewijzingen';
import { startZorgAction, stopZorgAction } from '../actions';

export const metadata: Metadata = { title: 'Toewijzingen' };

/**
 * Issue 22: an aanbieder's toewijzingen, with start and stop of care by hand — the same facts and rules as the 305
 * and 307 messages, for an aanbieder without berichtenverkeer software.
 */
export default async function PartnerToewijzingenPage() {
  const partner = await requirePartner();
  const toewijzingen = await getPartnerToewijzingen(partner);
  return (
    <>
      <h1 className="text-3xl font-bold">Toewijzingen aan {partner.organisatieNaam}</h1>
      <p className="mt-2 text-slate-700">Geef hier door wanneer de zorg begon of stopte. Werk je met berichtenverkeer (305 en 307)? Dan hoeft dat niet ook hier.</p>
      {!partner.aanbiederId && <EmptyState>Jouw organisatie is geen aanbieder met toewijzingen.</EmptyState>}
      {partner.aanbiederId && toewijzingen.length === 0 && <EmptyState>Er lopen nu geen toewijzingen aan jouw organisatie.</EmptyState>}
      <ul>
        {toewijzingen.map((t) => {
          const redenen = Object.entries(REDEN_BEEINDIGING_LABELS[t.wet]).map(([value, label]) => ({ value, label: `${value} · ${label}` }));
          return (
            <li key={t.id} className="mt-6 rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold">{t.product} voor {t.persoon}</h2>
              <p className="text-slate-700">
                Toewijzing {t.toewijzingNummer} · {WET_LABELS[t.wet]} · {formatDatum(t.ingangsdatum)}{t.einddatum ? ` tot en met ${formatDatum(t.einddatum)}` : ''} · {TOEWIJZING_STATUS_LABELS[t.status]}
              </p>
              <p className="mt-1">
                {t.lopendeLevering ? `Zorg gestart op ${formatDatum(t.lopendeLevering.begindatum)}.` : t.leveringen[0]?.einddatum ? `Zorg gestopt op ${formatDatum(t.leveringen[0].einddatum)}.` : 'Zorg nog niet gestart.'}
              </p>
              {t.lopendeLevering ? (
                <StopZorgForm action={stopZorgAction} toewijzingId={t.id} begindatum={toIsoDate(t.lopendeLevering.begindatum)} redenen={redenen} />
              ) : (
                <StartZorgForm action={startZorgAction} toewijzingId={t.id} ingangsdatum={toIsoDate(t.ingangsdatum)} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
