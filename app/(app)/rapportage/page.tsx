import type { Metadata } from 'next';
import { PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { getRapportageOverzicht } from '@/lib/server/overview/get-rapportage-overzicht';

export const metadata: Metadata = { title: 'Rapportage' };

export default async function RapportagePage() {
  const actor = await requirePagePermission('rapportage:read');
  const data = await getRapportageOverzicht(actor);
  const totaalRegie = data.regie.reduce((sum, r) => sum + r.aantal, 0);
  const proces = data.regie.find((r) => r.vorm === 'PROCESREGIE')?.aantal ?? 0;
  return (
    <>
      <PageHeader title="Rapportage" description="Stuurinformatie op geaggregeerd niveau, zonder persoonsgegevens." />
      <Section title="Casussen per fase">
        <DataTable caption="Casussen per fase" rows={data.perFase} rowKey={(r) => r.fase} columns={[{ header: 'Fase', cell: (r) => FASE_LABELS[r.fase] }, { header: 'Aantal', cell: (r) => r.aantal }]} />
      </Section>
      <Section title="Open casussen per wijk">
        <DataTable caption="Open casussen per wijk" rows={data.perWijk} rowKey={(r) => r.wijk} columns={[{ header: 'Wijk', cell: (r) => r.wijk }, { header: 'Aantal', cell: (r) => r.aantal }]} />
      </Section>
      <Section title="Aandeel procesregie">
        <p>
          {totaalRegie ? `${Math.round((proces / totaalRegie) * 100)}%` : '—'} van de huishoudens in regie heeft procesregie (norm 10–15%): {proces} van {totaalRegie}.
        </p>
      </Section>
    </>
  );
}
