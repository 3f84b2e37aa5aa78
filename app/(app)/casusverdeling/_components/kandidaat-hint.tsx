import { formatDatum } from '@/lib/domain/dates';
import { formatGetal as getal } from '@/lib/domain/getallen';

export type KandidaatView = {
  id: string;
  naam: string;
  caseload: { count: number; weighted: number };
  belasting: number | null;
  beschikbaarheid: number;
  afwezig: boolean;
  afwezigTot: Date | null;
  focuswijk: boolean;
  focuswijken: { id: string; naam: string }[];
  procesregieMandaat: boolean;
};


/** One line per candidate: caseload, availability, focuswijken and mandate, as the teamlead weighs them. */
export function KandidaatHint({ kandidaat: k, vorm }: { kandidaat: KandidaatView; vorm: string }) {
  const parts = [
    `${k.caseload.count} ${k.caseload.count === 1 ? 'casus' : 'casussen'}, gewogen ${getal(k.caseload.weighted)}`,
    k.belasting === null ? 'niet beschikbaar' : `${getal(k.belasting)} per fte`,
    k.afwezig && k.afwezigTot ? `afwezig tot en met ${formatDatum(k.afwezigTot)}` : `${k.beschikbaarheid}% beschikbaar`,
    k.focuswijken.length ? `focuswijk ${k.focuswijken.map((w) => w.naam).join(', ')}` : null,
    k.procesregieMandaat ? 'mandaat procesregie' : null,
  ].filter(Boolean);
  return (
    <span>
      {parts.join(' · ')}
      {vorm === 'PROCESREGIE' && !k.procesregieMandaat && <strong className="block text-red-800">Geen mandaat procesregie</strong>}
      {k.afwezig && <strong className="block text-amber-900">Nu afwezig</strong>}
    </span>
  );
}
