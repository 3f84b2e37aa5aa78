import type { Metadata } from 'next';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { weekdag } from '@/lib/domain/termijnwet';
import { listBesluitdagen } from '@/lib/server/beheer/besluitdagen';
import { RowActionForm } from '../_components/row-action-form';
import { removeBesluitdagAction } from './actions';
import { BesluitdagForm } from './besluitdag-form';

export const metadata: Metadata = { title: 'Feestdagen · Beheer' };

const dag = (d: Date) => `${weekdag(d)} ${formatDatum(d)}`;

export default async function FeestdagenPage() {
  const actor = await requirePagePermission('beheer:manage');
  const { besluitdagen, feestdagen } = await listBesluitdagen(actor);
  return (
    <>
      <PageHeader
        title="Feestdagen voor termijnen"
        description="Een wettelijke termijn die eindigt op een zaterdag, zondag of feestdag loopt door tot de eerstvolgende werkdag (Algemene termijnenwet). De feestdagen berekent Wijkregie zelf. Dagen die de regering daarnaast bij Koninklijk Besluit gelijkstelt, houdt u hier bij. Deze lijst geldt voor alle gemeenten."
      />
      <Section title="Gelijkgestelde dagen (art. 3 lid 3)">
        <DataTable
          caption="Dagen die bij Koninklijk Besluit gelijkgesteld zijn aan een feestdag, met hun bron"
          rows={besluitdagen}
          rowKey={(b) => b.id}
          empty={<EmptyState>Er staan geen gelijkgestelde dagen in de lijst.</EmptyState>}
          columns={[
            { header: 'Dag', cell: (b) => <span className="whitespace-nowrap">{dag(b.datum)}</span> },
            { header: 'Welke dag', cell: (b) => b.naam },
            { header: 'Bron', cell: (b) => b.bron },
            {
              header: 'Actie',
              cell: (b) => <RowActionForm action={removeBesluitdagAction} fields={{ besluitdagId: b.id }} label="Verwijderen" context={`${b.naam}, ${formatDatum(b.datum)}`} />,
            },
          ]}
        />
      </Section>
      <Section title="Dag toevoegen">
        <p className="mb-4 max-w-prose">
          Na een wijziging rekent Wijkregie de opgeslagen bezwaartermijnen van verzonden beschikkingen opnieuw uit. Alle andere termijnen worden bij elke
          weergave berekend.
        </p>
        <BesluitdagForm />
      </Section>
      <Section title="Feestdagen van de wet (art. 3 lid 1)">
        <DataTable
          caption="De feestdagen die Wijkregie zelf berekent, van dit jaar en volgend jaar"
          rows={feestdagen}
          rowKey={(f) => f.datum.toISOString()}
          columns={[
            { header: 'Dag', cell: (f) => <span className="whitespace-nowrap">{dag(f.datum)}</span> },
            { header: 'Feestdag', cell: (f) => f.naam },
          ]}
        />
      </Section>
    </>
  );
}
