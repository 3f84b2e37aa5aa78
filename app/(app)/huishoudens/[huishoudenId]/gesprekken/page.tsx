import type { Metadata } from 'next';
import Link from 'next/link';
import { NetworkMap } from '@/components/gesprek/network-map';
import { readDossier } from '@/components/dossier/read-dossier';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { ZrmChart } from '@/components/zrm/zrm-chart';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum } from '@/lib/domain/dates';
import { GESPREK_STATUS_LABELS } from '@/lib/domain/labels';
import { listGesprekken } from '@/lib/server/gesprek/list-gesprekken';

export const metadata: Metadata = { title: 'Gesprekken' };

export default async function GesprekkenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const data = await readDossier(listGesprekken(actor, huishoudenId));
  if (!data) return null; // refused: the dossier layout shows why, with break the glass
  const mayWrite = can(actor, 'gesprek:write');
  const base = `/huishoudens/${huishoudenId}/gesprekken`;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-xl font-bold text-slate-900">Gesprekken</h2>
          <p className="mt-1 max-w-3xl text-slate-700">
            De keukentafelgesprekken met {data.huishouden.naam}: per leefgebied, met mantelzorg, netwerk en screening. Na het gesprek
            krijgt de inwoner een verslag.
          </p>
        </div>
        {mayWrite && data.casus && (
          <Link href={`${base}/nieuw`} className={buttonClasses('primary')}>
            Nieuw gesprek
          </Link>
        )}
      </div>
      {mayWrite && !data.casus && <p className="mb-4 text-slate-700">Er is geen open casus: een nieuw gesprek kan pas als de casus weer open is.</p>}

      <Section title="Alle gesprekken">
        <DataTable
          caption="Alle gesprekken"
          rows={data.gesprekken}
          rowKey={(g) => g.id}
          empty={<EmptyState>Er is nog geen gesprek vastgelegd.</EmptyState>}
          columns={[
            { header: 'Datum', cell: (g) => (mayWrite ? <Link href={`${base}/${g.id}`}>{formatDatum(g.datum)}</Link> : formatDatum(g.datum)) },
            { header: 'Plaats', cell: (g) => g.plaats || '—' },
            { header: 'Leefgebieden', cell: (g) => g.leefgebieden.join(', ') || '—' },
            { header: 'Gevoerd door', cell: (g) => g.voerder },
            { header: 'Status', cell: (g) => <Badge tone={g.status === 'AFGEROND' ? 'success' : 'warning'}>{GESPREK_STATUS_LABELS[g.status]}</Badge> },
            {
              header: 'Verslag',
              cell: (g) =>
                g.verslagVerstuurdOp ? (
                  <>Verstuurd op {formatDatum(g.verslagVerstuurdOp)}</>
                ) : g.status === 'AFGEROND' && (g.heeftVerslag || mayWrite) ? (
                  <a href={`${base}/${g.id}/verslag`}>Verslag (pdf)</a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Section>

      <Section title="Netwerkkaart">
        <NetworkMap netwerk={data.netwerk} huishouden={data.huishouden.naam} />
      </Section>

      <Section title="Zelfredzaamheid (ZRM) over tijd">
        {data.zrm.length === 0 ? (
          <EmptyState>Er zijn nog geen ZRM-scores. Scoor alleen de domeinen die bij de vraag horen.</EmptyState>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">Score 1 is acute problematiek, 5 is volledig zelfredzaam.</p>
            {data.zrm.map((persoon) => (
              <ZrmChart key={persoon.persoonId} naam={persoon.naam} scores={persoon.scores} />
            ))}
          </>
        )}
      </Section>
    </>
  );
}
