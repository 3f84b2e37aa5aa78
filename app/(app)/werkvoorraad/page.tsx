import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { PageHeader, Section, StatGrid, EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum } from '@/lib/domain/dates';
import { daysLeft, termStatus } from '@/lib/domain/deadlines';
import { listMijnHuishoudens } from '@/lib/server/overview/list-werkvoorraad';

export const metadata: Metadata = { title: 'Mijn werkvoorraad' };

export default async function WerkvoorraadPage() {
  const actor = await requirePagePermission('werkvoorraad:read');
  const today = new Date();
  const rows = await listMijnHuishoudens(actor);
  const overdue = rows.filter((r) => r.volgendeDatum && termStatus(r.volgendeDatum, today) === 'OVERDUE').length;
  return (
    <>
      <PageHeader title="Mijn werkvoorraad" description="De huishoudens waarvoor jij regisseur bent, op volgorde van de eerstvolgende datum." />
      <StatGrid stats={[{ label: 'Huishoudens in regie', value: rows.length }, { label: 'Verlopen', value: overdue, tone: overdue ? 'danger' : undefined }]} />
      <Section title="Huishoudens">
        <DataTable
          caption="Mijn huishoudens"
          rows={rows}
          rowKey={(r) => r.casus.id}
          empty={<EmptyState>Je hebt nog geen huishoudens in regie.</EmptyState>}
          columns={[
            { header: 'Huishouden', cell: (r) => <span className="font-semibold">{r.huishouden.naam}</span> },
            { header: 'Wijk', cell: (r) => r.huishouden.wijk?.naam ?? '—' },
            { header: 'Fase', cell: (r) => FASE_LABELS[r.casus.fase] },
            { header: 'Regie', cell: (r) => (r.vorm === 'PROCESREGIE' ? 'Procesregie' : 'Casusregie') + (r.lead ? '' : ' (naast lead)') },
            {
              header: 'Eerstvolgende datum',
              cell: (r) => {
                if (!r.volgendeDatum) return '—';
                const status = termStatus(r.volgendeDatum, today);
                const left = daysLeft(r.volgendeDatum, today);
                return (
                  <span className="flex flex-wrap items-center gap-2">
                    {formatDatum(r.volgendeDatum)}
                    {status === 'OVERDUE' && <Badge tone="danger">{-left} dagen te laat</Badge>}
                    {status === 'DUE_SOON' && <Badge tone="warning">nog {left} dagen</Badge>}
                  </span>
                );
              },
            },
          ]}
        />
      </Section>
    </>
  );
}
