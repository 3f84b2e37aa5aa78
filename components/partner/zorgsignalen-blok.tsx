// Issue 22: unhandled zorgsignalen of ketenpartners, crisis first — at the top of Mijn werkvoorraad (households in
// regie) and of the casusverdeling (the teamleider's teams).
import { Badge } from '@/components/ui/badge';
import { Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { formatDatumTijd } from '@/lib/domain/dates';
import { PARTNER_SIGNAAL_SOORT_LABELS } from '@/lib/domain/labels';
import type { OpenZorgsignaal } from '@/lib/server/ketenpartner/get-open-zorgsignalen';

/** The signals as the page's own statement read them (issue 23: getWerkvoorraad, getCasusverdeling). */
export function ZorgsignalenBlok({ signalen }: { signalen: OpenZorgsignaal[] }) {
  if (!signalen.length) return null;
  return (
    <Section title="Zorgsignalen van ketenpartners">
      <DataTable
        caption="Zorgsignalen van ketenpartners die nog niet zijn afgehandeld, crisis eerst"
        rows={signalen}
        rowKey={(s) => s.id}
        columns={[
          { header: 'Signaal', cell: (s) => <Badge tone={s.soort === 'CRISIS' ? 'danger' : 'warning'}>{PARTNER_SIGNAAL_SOORT_LABELS[s.soort]}</Badge> },
          { header: 'Huishouden', cell: (s) => <a href={`/huishoudens/${s.huishoudenId}/plan`}>{s.huishoudenNaam}</a> },
          { header: 'Casus', cell: (s) => s.casusNummer ?? '—' },
          { header: 'Van', cell: (s) => s.organisatie },
          { header: 'Ontvangen', cell: (s) => formatDatumTijd(s.createdAt) },
        ]}
      />
    </Section>
  );
}
