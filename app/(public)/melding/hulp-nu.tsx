import { HULP_NU } from '@/lib/domain/melding';

/** Where to get help now: shown at once when the safety answer points to danger, and again on the confirmation. */
export function HulpNu({
  titel = 'Is iemand nu in gevaar? Wacht dan niet op ons.',
  slot = 'U kunt deze melding daarna nog steeds versturen. Wij behandelen haar dan met voorrang.',
}: {
  titel?: string;
  /** The last line: on the form, that the melding can still be sent; on the confirmation, that it has been. */
  slot?: string;
}) {
  return (
    <div className="mb-6 border-l-8 border-red-700 bg-red-50 p-4 text-red-950">
      <p className="text-xl font-bold">{titel}</p>
      <ul className="mt-2 list-none space-y-2 p-0">
        <li>
          {HULP_NU.spoed.naam}: bel{' '}
          <a href={HULP_NU.spoed.href} className="font-bold text-red-900">
            {HULP_NU.spoed.nummer}
          </a>
          .
        </li>
        <li>
          Zorgen over huiselijk geweld of kindermishandeling? Bel {HULP_NU.veiligThuis.naam}:{' '}
          <a href={HULP_NU.veiligThuis.href} className="font-bold text-red-900">
            {HULP_NU.veiligThuis.nummer}
          </a>{' '}
          ({HULP_NU.veiligThuis.toelichting}).
        </li>
      </ul>
      <p className="mt-2">{slot}</p>
    </div>
  );
}
