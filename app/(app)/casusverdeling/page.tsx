import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, calendarDaysBetween } from '@/lib/domain/dates';
import { URGENTIE_LABELS } from '@/lib/domain/labels';
import { listWachtendOpRegie } from '@/lib/server/overview/list-wachtend-op-regie';

export const metadata: Metadata = { title: 'Casusverdeling' };

export default async function CasusverdelingPage() {
  const actor = await requirePagePermission('regie:assign');
  const { casussen, leden } = await listWachtendOpRegie(actor);
  const today = new Date();
  return (
    <>
      <PageHeader title="Casusverdeling" description="Casussen die wachten op een regisseur, en de caseload van je team." />
      <StatGrid stats={[{ label: 'Wachten op regie', value: casussen.length, tone: casussen.length ? 'warning' : undefined }, { label: 'Teamleden', value: leden.length }]} />
      <Section title="Wachten op regie">
        <DataTable
          caption="Casussen die wachten op regie"
          rows={casussen}
          rowKey={(c) => c.id}
          empty={<EmptyState>Er wachten geen casussen op regie.</EmptyState>}
          columns={[
            { header: 'Casus', cell: (c) => <span className="font-mono">{c.nummer}</span> },
            { header: 'Huishouden', cell: (c) => c.huishouden.naam },
            { header: 'Wijk', cell: (c) => c.huishouden.wijk?.naam ?? '—' },
            { header: 'Urgentie', cell: (c) => <Badge tone={c.urgentie === 'NORMAAL' ? 'neutral' : 'danger'}>{URGENTIE_LABELS[c.urgentie]}</Badge> },
            { header: 'Gemeld', cell: (c) => `${formatDatum(c.meldingOntvangenOp)} (${calendarDaysBetween(c.meldingOntvangenOp, today)} dagen)` },
          ]}
        />
      </Section>
      <Section title="Team">
        <DataTable
          caption="Teamleden en caseload"
          rows={leden}
          rowKey={(l) => l.id}
          columns={[
            { header: 'Naam', cell: (l) => l.naam },
            { header: 'Caseload', cell: (l) => l._count.regie },
            { header: 'Beschikbaar', cell: (l) => (l.afwezigTot && l.afwezigTot > today ? `Afwezig tot ${formatDatum(l.afwezigTot)}` : `${l.beschikbaarheid}%`) },
            { header: 'Focuswijken', cell: (l) => l.focuswijken.map((f) => f.wijk.naam).join(', ') || '—' },
          ]}
        />
      </Section>
    </>
  );
}
