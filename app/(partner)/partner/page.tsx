import type { Metadata } from 'next';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePartner } from '@/lib/auth/partner';
import { formatDatumKort, toCalendarDay } from '@/lib/domain/dates';
import { ACTIE_STATUS_LABELS } from '@/lib/domain/labels';
import { ACTIE_TERMIJN_LABELS, type ActieTermijn } from '@/lib/domain/partner-toegang';
import { getPartnerConsulten } from '@/lib/server/partner/get-partner-consulten';
import { getPartnerWerklijst, WERKLIJST_MAX, type WerklijstActie } from '@/lib/server/partner/get-partner-werklijst';

export const metadata: Metadata = { title: 'Acties' };

const TOON: Record<ActieTermijn, BadgeTone> = { TE_LAAT: 'danger', BINNENKORT: 'warning', OPEN: 'neutral', GEDAAN: 'success' };

/** Issue 22: the partner's worklist: the regisseurs' open questions to it, and its actions in the plans of the households it may see, late first. */
export default async function PartnerWerklijstPage() {
  const partner = await requirePartner();
  const acties = await getPartnerWerklijst(partner);
  const vragen = await getPartnerConsulten(partner);
  return (
    <>
      <h1 className="text-3xl font-bold">Acties van {partner.organisatieNaam}</h1>
      <p className="mt-2 text-slate-700">
        De acties die jouw organisatie uitvoert in de plannen van huishoudens, zolang het huishouden daar toestemming voor geeft.
      </p>
      {vragen.length > 0 && (
        <section className="mt-6" aria-labelledby="vragen">
          <h2 id="vragen" className="text-2xl font-bold">Vragen om advies</h2>
          <ul className="mt-2">
            {vragen.map((k) => (
              <li key={k.id} className="mt-2">
                <Badge tone={k.uiterlijkOp < toCalendarDay(new Date()) ? 'danger' : 'warning'}>Uiterlijk {formatDatumKort(k.uiterlijkOp)}</Badge>{' '}
                <a href={`/partner/huishoudens/${k.huishoudenId}#vraag-${k.id}`}>{k.namen.join(', ') || 'Huishouden'}</a>: {k.vraag.length > 120 ? `${k.vraag.slice(0, 117)}…` : k.vraag}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-6">
        <DataTable<WerklijstActie>
          caption="Acties van jouw organisatie"
          rows={acties}
          rowKey={(a) => a.id}
          empty={<EmptyState>Er staan nu geen acties voor jouw organisatie in een plan.</EmptyState>}
          columns={[
            { header: 'Termijn', cell: (a) => <Badge tone={TOON[a.termijn]}>{ACTIE_TERMIJN_LABELS[a.termijn]}</Badge> },
            { header: 'Actie', cell: (a) => <a href={`/partner/huishoudens/${a.huishoudenId}#actie-${a.id}`}>{a.wat}</a> },
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
