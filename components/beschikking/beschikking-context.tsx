import { LEVERINGSVORM_LABELS, WET_LABELS } from '@/lib/domain/labels';
import type { BeschikkingFormulier } from '@/lib/server/beschikking/get-beschikking-formulier';

/** What the aanvraag asked for, beside the form. */
export function BeschikkingContext({ formulier }: { formulier: BeschikkingFormulier }) {
  const c = formulier.context;
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-1 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">Wet</dt>
      <dd>{WET_LABELS[formulier.wet]}</dd>
      {c.gevraagd && (<><dt className="font-semibold">Gevraagd</dt><dd>{c.gevraagd}{c.leveringsvorm && <> · {LEVERINGSVORM_LABELS[c.leveringsvorm as 'ZIN' | 'PGB']}</>}</dd></>)}
      {c.toelichting && (<><dt className="font-semibold">Toelichting</dt><dd>{c.toelichting}</dd></>)}
      {formulier.vorig && (<><dt className="font-semibold">Wijzigt</dt><dd>Besluit <span className="font-mono">{formulier.vorig.identificatie}</span></dd></>)}
    </dl>
  );
}
