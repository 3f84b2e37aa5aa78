import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Veiligheid } from '@/lib/domain/enums';
import { VEILIGHEID_LABELS } from '@/lib/domain/labels';

export const NIVEAU_TONE: Record<Veiligheid, BadgeTone> = { GEEN_ZORGEN: 'success', TWIJFEL: 'warning', RISICO: 'danger', ACUUT: 'danger' };

export function VeiligheidBadge({ niveau }: { niveau: Veiligheid }) {
  return <Badge tone={NIVEAU_TONE[niveau]}>{VEILIGHEID_LABELS[niveau]}</Badge>;
}
