import { Badge } from '@/components/ui/badge';
import { daysLeft, termStatus } from '@/lib/domain/deadlines';

/** 'nog 3 dagen', '2 dagen te laat', 'vandaag' next to a date. */
export function TermijnBadge({ op, today }: { op: Date; today: Date }) {
  const status = termStatus(op, today);
  const left = daysLeft(op, today);
  if (status === 'OVERDUE') return <Badge tone="danger">{-left === 1 ? '1 dag te laat' : `${-left} dagen te laat`}</Badge>;
  if (left === 0) return <Badge tone="warning">vandaag</Badge>;
  if (status === 'DUE_SOON') return <Badge tone="warning">{left === 1 ? 'morgen' : `nog ${left} dagen`}</Badge>;
  return null;
}
