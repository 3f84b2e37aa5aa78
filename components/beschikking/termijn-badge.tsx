import { Badge } from '@/components/ui/badge';
import { dagenOverTekst, type AanvraagTermijn } from '@/lib/domain/aanvraag-termijn';

/** The days left of a legal term, coloured: overdue red, three days or less amber, paused neutral. */
export function TermijnBadge({ termijn }: { termijn: AanvraagTermijn }) {
  if (termijn.opgeschort) return <Badge tone="neutral">Termijn staat stil</Badge>;
  const tone = termijn.status === 'OVERDUE' ? 'danger' : termijn.status === 'DUE_SOON' ? 'warning' : 'success';
  return <Badge tone={tone}>{dagenOverTekst(termijn.dagenOver)}</Badge>;
}
