import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatumKort } from '@/lib/domain/dates';
import { WET_LABELS } from '@/lib/domain/labels';
import { zoekVerlopenDossiers, type Aantallen } from '@/lib/server/bewaartermijn/verlopen-dossiers';
import { AnonimiseerForm } from './anonimiseer-form';

export const metadata: Metadata = { title: 'Bewaartermijnen' };

const AANTAL_LABELS: [keyof Aantallen, string, string][] = [
  ['personen', 'persoon', 'personen'], ['meldingen', 'melding', 'meldingen'], ['gesprekken', 'gesprek', 'gesprekken'],
  ['planversies', 'planversie', 'planversies'], ['beschikkingen', 'beschikking', 'beschikkingen'], ['documenten', 'document', 'documenten'],
  ['journaal', 'journaalregel', 'journaalregels'], ['consulten', 'consult', 'consulten'], ['taken', 'taak', 'taken'],
  ['netwerk', 'netwerkrelatie', 'netwerkrelaties'], ['betrokkenen', 'betrokkene', 'betrokkenen'],
];

export default async function BewaartermijnenPage() {
  const actor = await requirePagePermission('beheer:manage');
  const lijst = await zoekVerlopenDossiers(actor);
  return (
    <>
      <PageHeader
        title="Bewaartermijnen"
        description={
          <>
            Dossiers waarvan alle casussen zijn afgesloten en de bewaartermijn voorbij is, worden geanonimiseerd. Elke nacht om 03:00 gebeurt dat vanzelf; hier zie je vooraf precies welke dossiers het zijn (proefdraaien, er verandert niets) en kun je het nu starten. De termijnen per wet stel je in bij <Link href="/beheer/instellingen">Instellingen</Link>.
          </>
        }
      />
      <Section title={`Voorbij de bewaartermijn (${lijst.length})`}>
        <DataTable
          caption="Dossiers die nu geanonimiseerd zouden worden"
          rows={lijst}
          rowKey={(d) => d.huishoudenId}
          empty={<EmptyState>Er zijn geen dossiers voorbij de bewaartermijn.</EmptyState>}
          columns={[
            { header: 'Casus', cell: (d) => (<><span className="block font-mono">{d.casusnummers.join(', ')}</span><span className="text-xs text-slate-600">Huishouden {d.huishoudenId.slice(0, 8)}</span></>) },
            { header: 'Afgesloten op', cell: (d) => formatDatumKort(d.afgeslotenOp) },
            { header: 'Termijn', cell: (d) => `${d.termijnJaren} jaar (${d.wetten.length ? d.wetten.map((w) => WET_LABELS[w]).join(', ') : WET_LABELS.WMO}), verstreken ${formatDatumKort(d.termijnVerstrekenOp)}` },
            {
              header: 'Wat gewist wordt',
              cell: (d) => AANTAL_LABELS.filter(([k]) => d.aantallen[k] > 0).map(([k, een, meer]) => `${d.aantallen[k]} ${d.aantallen[k] === 1 ? een : meer}`).join(', ') || 'alleen de huishoudgegevens',
            },
          ]}
        />
      </Section>
      <Section title="Nu anonimiseren">
        <AnonimiseerForm aantal={lijst.length} />
      </Section>
    </>
  );
}
