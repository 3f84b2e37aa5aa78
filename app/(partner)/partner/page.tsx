import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePartner } from '@/lib/auth/partner';
import { formatDatumKort } from '@/lib/domain/dates';
import { ACTIE_STATUS_LABELS } from '@/lib/domain/labels';
import { ACTIE_TERMIJN_LABELS, type ActieTermijn } from '@/lib/domain/partner-toegang';
import { getPartnerWerklijst, WERKLIJST_MAX, type WerklijstActie } from '@/lib/server/partner/get-partner-werklijst';

export const metadata: Metadata = { title: 'Acties' };

const TOON: Record<ActieTermijn, BadgeTone> = { TE_LAAT: 'danger', BINNENKORT: 'warning', OPEN: 'neutral', GEDAAN: 'success' };

/** Issue 22: the partner's worklist: its actions in the plans of the households it may see, late first. */
export default async function PartnerWerklijstPage() {
  const partner = await requirePartner();
  const acties = await getPartnerWerklijst(partner);
  return (
    <>
      <h1 className="text-3xl font-bold">Acties van {partner.organisatieNaam}</h1>
      <p className="mt-2 text-slate-700">
        De acties die jouw organisatie uitvoert in de plannen van huishoudens, zolang het huishouden daar toestemming voor geeft.
      </p>
      <div className="mt-6">
        <DataTable<WerklijstActie>
          caption="Acties van jouw organisatie"
          rows={acties}
          rowKey={(a) => a.id}
          empty={<EmptyState>Er staan nu geen acties voor jouw organisatie in een plan.</EmptyState>}
          columns={[
            { header: 'Termijn', cell: (a) => <Badge tone={TOON[a.termijn]}>{ACTIE_TERMIJN_LABELS[a.termijn]}</Badge> },
            { header: 'Actie', cell: (a) => <Link href={`/partner/huishoudens/${a.huishoudenId}#actie-${a.id}`}>{a.wat}</Link> },
            { header: 'Huishouden', cell: (a) => a.namen.join(', ') || 'Huishouden' },
            { header: 'Doel', cell: (a) => a.doel ?? '—' },
            { header: 'Uiterlijk', cell: (a) => (a.uiterlijk ? formatDatumKort(a.uiterlijk) : '—') },
            { header: 'Stand', cell: (a) => ACTIE_STATUS_LABELS[a.status] },
          ]}
        />
        {acties.length === WERKLIJST_MAX && <p className="mt-3 text-slate-700">De eerste {WERKLIJST_MAX} acties staan hier.</p>}
      </div>
    </>
  );
}
