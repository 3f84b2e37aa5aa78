import type { Metadata } from 'next';
import { IntrekkenForm } from '@/components/mijn/intrekken-form';
import { requireInwoner } from '@/lib/auth/inwoner';
import { formatDatum } from '@/lib/domain/dates';
import { getMijnToestemmingen } from '@/lib/server/inwoner/toestemmingen';
import { trekToestemmingInAction } from './actions';

export const metadata: Metadata = { title: 'Toestemming' };

const STATUS = { GELDIG: 'Geldt nu', NOG_NIET_GELDIG: 'Geldt nog niet', VERLOPEN: 'Verlopen', INGETROKKEN: 'Ingetrokken' } as const;

export default async function MijnToestemmingenPage() {
  const inwoner = await requireInwoner();
  const toestemmingen = await getMijnToestemmingen(inwoner);
  return (
    <>
      <h1 className="text-3xl font-bold">Toestemming</h1>
      <p className="mt-2">U gaf het wijkteam toestemming om over u te praten of gegevens te delen. U kunt een toestemming altijd intrekken. Dan delen we vanaf dat moment niets meer.</p>
      {toestemmingen.length === 0 && <p className="mt-4">U heeft geen toestemming gegeven.</p>}
      <ul className="mt-4 space-y-3">
        {toestemmingen.map((t) => {
          const wat = t.soort === 'DELEN_MET_PARTIJ' ? `Gegevens delen met ${t.partij ?? 'een andere organisatie'}` : 'Bespreken in het team';
          return (
            <li key={t.id} className="border-l-4 border-brand-600 bg-brand-50 p-3">
              <h2 className="font-bold">{wat}{t.voor ? ` (voor ${t.voor})` : ''}</h2>
              {t.doel && <p>Waarvoor: {t.doel}</p>}
              <p>Gegeven op {formatDatum(t.gegevenOp)}{t.geldigTot ? `, geldt tot ${formatDatum(t.geldigTot)}` : ''}.</p>
              <p className="font-semibold">{STATUS[t.status]}{t.ingetrokkenOp ? ` op ${formatDatum(t.ingetrokkenOp)}` : ''}</p>
              {(t.status === 'GELDIG' || t.status === 'NOG_NIET_GELDIG') && <IntrekkenForm action={trekToestemmingInAction} toestemmingId={t.id} wat={wat} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
