import { Badge, type BadgeTone } from '@/components/ui/badge';
import { TEAM_CONSENT_LABELS, type ConsentSummary, type TeamConsentStatus } from '@/lib/domain/toestemming';

const TONE: Record<TeamConsentStatus, BadgeTone> = { GELDIG: 'success', VERLOPEN: 'warning', INGETROKKEN: 'danger', ONTBREEKT: 'warning' };

/** Consent at a glance: team discussion, and the parties data may be shared with today. */
export function ConsentBadges({ summary }: { summary: ConsentSummary }) {
  return (
    <p className="flex flex-wrap items-center gap-2">
      <Badge tone={TONE[summary.besprekenInTeam]}>{TEAM_CONSENT_LABELS[summary.besprekenInTeam]}</Badge>
      <Badge tone={summary.delen ? 'info' : 'neutral'}>
        {summary.delen === 0 ? 'Geen toestemming om te delen' : `Delen toegestaan met ${summary.partijen.join(', ')}`}
      </Badge>
    </p>
  );
}
