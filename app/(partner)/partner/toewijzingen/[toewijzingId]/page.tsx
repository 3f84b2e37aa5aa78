import type { Metadata } from 'next';
import Link from 'next/link';
import { StartZorgForm, StopZorgForm, VerzoekWijzigingForm } from '@/components/partner/partner-forms';
import { Badge } from '@/components/ui/badge';
import { requirePartner } from '@/lib/auth/partner';
import { readOrRefuse } from '@/lib/auth/refuse';
import { omvangTekst } from '@/lib/domain/beschikking';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { BESCHIKKING_STATUS_LABELS, TOEWIJZING_STATUS_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { PARTNER_VERZOEK_STATUS_LABELS, ZORG_STAND_LABELS } from '@/lib/domain/partner-toewijzingen';
import { REDEN_BEEINDIGING_LABELS } from '@/lib/iwmo/inkomend';
import { getPartnerToewijzing } from '@/lib/server/partner/get-partner-toewijzing';
import { startZorgAction, stopZorgAction, verzoekWijzigingAction } from '../../actions';

export const metadata: Metadata = { title: 'Toewijzing' };

/**
 * Issue 22: one toewijzing of the aanbieder: what was toegewezen, the beschikking's status, where care stands with
 * its history, start and stop of care by hand (the 305/307) and a change asked for with a motivation (the 317).
 */
export default async function PartnerToewijzingPage({ params }: { params: Promise<{ toewijzingId: string }> }) {
  const partner = await requirePartner();
  const { toewijzingId } = await params;
  const t = await readOrRefuse(getPartnerToewijzing(partner, toewijzingId));
  const redenen = Object.entries(REDEN_BEEINDIGING_LABELS[t.wet]).map(([value, label]) => ({ value, label: `${value} · ${label}` }));
  const redenLabel = (code: string | null) => (code ? (REDEN_BEEINDIGING_LABELS[t.wet] as Record<string, string>)[code] ?? code : null);
  return (
    <>
      <p><Link href="/partner/toewijzingen">Terug naar de toewijzingen</Link></p>
      <h1 className="mt-2 text-3xl font-bold">Toewijzing {t.toewijzingNummer}</h1>
      <p className="mt-1 text-slate-700">{t.productCode} {t.product} voor {t.persoon}</p>

      <h2 className="mt-8 text-2xl font-semibold">Wat is toegewezen</h2>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Cliënt</dt>
        <dd>{t.persoon}{t.bsn ? ` · BSN ${t.bsn}` : ''}{t.geboortedatum ? ` · geboren ${formatDatum(t.geboortedatum)}` : ''}</dd>
        <dt className="font-semibold">Product</dt>
        <dd>{t.productCode} {t.product} ({WET_LABELS[t.wet]})</dd>
        <dt className="font-semibold">Omvang</dt>
        <dd>{omvangTekst(t) ?? 'Geen omvang vastgelegd'}</dd>
        <dt className="font-semibold">Periode</dt>
        <dd>{formatDatum(t.ingangsdatum)}{t.einddatum ? ` tot en met ${formatDatum(t.einddatum)}` : ', zonder einddatum'}</dd>
        <dt className="font-semibold">Toewijzing</dt>
        <dd>{TOEWIJZING_STATUS_LABELS[t.status]}</dd>
        <dt className="font-semibold">Beschikking</dt>
        <dd>{t.beschikking.identificatie}: {BESCHIKKING_STATUS_LABELS[t.beschikking.status]}</dd>
      </dl>

      <h2 className="mt-8 text-2xl font-semibold">Zorg</h2>
      <p className="mt-2"><Badge tone={t.stand === 'NIET_GESTART' ? 'warning' : t.stand === 'IN_ZORG' ? 'info' : 'neutral'}>{ZORG_STAND_LABELS[t.stand]}</Badge></p>
      {t.leveringen.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {t.leveringen.map((l) => (
            <li key={l.id}>Gestart op {formatDatum(l.begindatum)}{l.einddatum ? `, gestopt op ${formatDatum(l.einddatum)}${l.redenBeeindiging ? ` (${redenLabel(l.redenBeeindiging)})` : ''}` : ''}</li>
          ))}
        </ul>
      )}
      {t.lopendeLevering ? (
        <section aria-labelledby="stop-kop" className="mt-4">
          <h3 id="stop-kop" className="text-xl font-semibold">Stop van de zorg doorgeven</h3>
          <StopZorgForm action={stopZorgAction} toewijzingId={t.id} begindatum={toIsoDate(t.lopendeLevering.begindatum)} redenen={redenen} />
        </section>
      ) : (
        <section aria-labelledby="start-kop" className="mt-4">
          <h3 id="start-kop" className="text-xl font-semibold">Start van de zorg doorgeven</h3>
          <StartZorgForm action={startZorgAction} toewijzingId={t.id} ingangsdatum={toIsoDate(t.ingangsdatum)} />
        </section>
      )}

      <h2 className="mt-8 text-2xl font-semibold">Wijziging aanvragen</h2>
      <p className="mt-2 text-slate-700">Is er meer of minder zorg nodig, of een andere periode? Vraag het de gemeente met een motivatie. Voor een ander product: <Link href={`/partner/verzoeken/nieuw?toewijzing=${t.id}`}>nieuwe toewijzing aanvragen</Link>.</p>
      {t.status === 'NIEUW' ? (
        // TR351: a change is asked of a toewijzing the aanbieder has received (the use case refuses it as well).
        <p className="mt-2">De gemeente heeft deze toewijzing nog niet verstuurd. Een wijziging vragen kan zodra ze verstuurd is.</p>
      ) : (
        <VerzoekWijzigingForm action={verzoekWijzigingAction} toewijzingId={t.id} ingangsdatum={toIsoDate(t.ingangsdatum)} volume={t.volume === null ? '' : String(t.volume)} />
      )}

      {t.verzoeken.length > 0 && (
        <>
          <h2 className="mt-8 text-2xl font-semibold">Verzoeken voor deze cliënt</h2>
          <ul className="mt-2 list-disc pl-6">
            {t.verzoeken.map((v) => (
              <li key={v.id}>
                {formatDatum(v.ontvangenOp)}: {v.soort === 'TOEWIJZING' ? 'nieuwe toewijzing' : 'wijziging'} ({v.referentieAanbieder}) — {PARTNER_VERZOEK_STATUS_LABELS[v.status]}
              </li>
            ))}
          </ul>
          <p className="mt-2"><Link href="/partner/verzoeken">Alle verzoeken met het antwoord van de gemeente</Link></p>
        </>
      )}
    </>
  );
}
