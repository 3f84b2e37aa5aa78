import { formatDatumTijd } from '@/lib/domain/dates';
import type { PortaalBerichtWeergave } from '@/lib/server/inwoner/berichten';

/** The conversation of a household (issue 21), as the resident ('inwoner') or the regisseur ('medewerker') sees it. */
export function Gesprek({ berichten, kant, bijlageHref }: { berichten: PortaalBerichtWeergave[]; kant: 'inwoner' | 'medewerker'; bijlageHref?: (documentId: string) => string }) {
  if (berichten.length === 0) return <p className="mt-2">Er zijn nog geen berichten.</p>;
  return (
    <ol className="mt-2 grid gap-3" aria-label="Berichten">
      {berichten.map((b) => {
        const eigen = (kant === 'inwoner') === b.vanInwoner;
        return (
          <li key={b.id} className={`max-w-[90%] border-l-4 p-3 ${eigen ? 'ml-auto border-brand-600 bg-brand-50' : 'border-slate-500 bg-slate-50'}`}>
            <p className="text-base font-semibold">{b.vanInwoner ? b.afzender : `${b.afzender} (wijkteam)`}</p>
            <p className="whitespace-pre-line">{b.tekst}</p>
            {b.bijlage && (
              <p className="mt-1 text-base">
                Bijlage: {bijlageHref ? <a href={bijlageHref(b.bijlage.id)}>{b.bijlage.titel}</a> : b.bijlage.titel}
              </p>
            )}
            <p className="mt-1 text-sm text-slate-700">
              {formatDatumTijd(b.op)}
              {eigen && (b.gelezenOp ? ` · gelezen op ${formatDatumTijd(b.gelezenOp)}` : ' · nog niet gelezen')}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
