import type { Metadata } from 'next';
import { readDossier } from '@/components/dossier/read-dossier';
import { ConsentBadges } from '@/components/gesprek/consent-badges';
import { RecordToestemmingForm, ShareWithPartyForm, WithdrawToestemmingForm } from '@/components/gesprek/toestemming-forms';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requirePagePermission } from '@/lib/auth/session';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { TOESTEMMING_SOORT_LABELS, WETTELIJKE_GROND_LABELS, WIJZE_LABELS } from '@/lib/domain/labels';
import { CONSENT_STATUS_LABELS, type ConsentStatus } from '@/lib/domain/toestemming';
import { getToestemmingen } from '@/lib/server/toestemming/get-toestemmingen';
import { recordToestemmingAction, shareWithPartyAction, withdrawToestemmingAction } from './actions';
import { listPartnerOrganisaties } from '@/lib/server/ketenpartner/list-partner-organisaties';

export const metadata: Metadata = { title: 'Toestemming' };

const STATUS_TONE: Record<ConsentStatus, BadgeTone> = { GELDIG: 'success', NOG_NIET_GELDIG: 'neutral', VERLOPEN: 'warning', INGETROKKEN: 'danger' };

export default async function ToestemmingenPage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const today = new Date();
  const data = await readDossier(getToestemmingen(actor, huishoudenId, today));
  if (!data) return null; // refused: the dossier layout shows why, with break the glass
  const mayWrite = can(actor, 'toestemming:write');
  const mayShare = can(actor, 'gegevensdeling:write');
  const geldigeDelen = data.toestemmingen.filter((t) => t.soort === 'DELEN_MET_PARTIJ' && t.status === 'GELDIG');

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Toestemming en gegevens delen</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Voordat het team {data.huishouden.naam} bespreekt of gegevens deelt, legt de inwoner toestemming vast: om in het team te
          bespreken, en per partij en doel om te delen. Zonder toestemming delen kan alleen op een wettelijke grond, zoals de meldcode.
        </p>
        <div className="mt-3">
          <ConsentBadges summary={data.summary} />
        </div>
      </div>

      <Section title="Vastgelegde toestemming">
        <DataTable
          caption="Vastgelegde toestemming"
          rows={data.toestemmingen}
          rowKey={(t) => t.id}
          empty={<EmptyState>Er is nog geen toestemming vastgelegd.</EmptyState>}
          columns={[
            { header: 'Van', cell: (t) => <>{t.persoonNaam}{t.gegevenDoor && <span className="block text-slate-600">door {t.gegevenDoor}</span>}</> },
            { header: 'Waarvoor', cell: (t) => (t.soort === 'DELEN_MET_PARTIJ' ? <>Delen met <strong>{t.partij}</strong><span className="block text-slate-600">{t.doel}</span></> : TOESTEMMING_SOORT_LABELS[t.soort]) },
            { header: 'Hoe', cell: (t) => WIJZE_LABELS[t.wijze] },
            { header: 'Gegeven op', cell: (t) => formatDatum(t.gegevenOp) },
            { header: 'Geldig tot', cell: (t) => (t.geldigTot ? formatDatum(t.geldigTot) : 'tot intrekking') },
            { header: 'Status', cell: (t) => <><Badge tone={STATUS_TONE[t.status]}>{CONSENT_STATUS_LABELS[t.status]}</Badge>{t.ingetrokkenOp && <span className="block text-sm text-slate-600">op {formatDatum(t.ingetrokkenOp)}</span>}</> },
            {
              header: 'Actie',
              cell: (t) =>
                mayWrite && !t.ingetrokkenOp ? (
                  <WithdrawToestemmingForm action={withdrawToestemmingAction} toestemmingId={t.id} label={`${TOESTEMMING_SOORT_LABELS[t.soort]} van ${t.persoonNaam}${t.partij ? ` (${t.partij})` : ''}`} today={toIsoDate(today)} />
                ) : null,
            },
          ]}
        />
      </Section>

      {mayWrite && (
        <Section title="Toestemming vastleggen">
          <RecordToestemmingForm action={recordToestemmingAction} huishoudenId={huishoudenId} leden={data.leden} today={toIsoDate(today)} partners={await listPartnerOrganisaties(actor)} />
        </Section>
      )}

      <Section title="Gegevens gedeeld of partij geraadpleegd">
        {mayShare && (
          <div className="mb-6 border-b border-slate-200 pb-4">
            <ShareWithPartyForm action={shareWithPartyAction} huishoudenId={huishoudenId} partijen={geldigeDelen.map((t) => ({ partij: t.partij!, doel: t.doel! }))} />
          </div>
        )}
        <DataTable
          caption="Gegevens gedeeld of partij geraadpleegd"
          rows={data.delingen}
          rowKey={(d) => d.id}
          empty={<EmptyState>Er zijn nog geen gegevens gedeeld.</EmptyState>}
          columns={[
            { header: 'Datum', cell: (d) => formatDatum(d.op) },
            { header: 'Partij', cell: (d) => d.partij },
            { header: 'Doel', cell: (d) => d.doel },
            {
              header: 'Grond',
              cell: (d) =>
                d.wettelijkeGrond ? (
                  <><Badge tone="warning">{WETTELIJKE_GROND_LABELS[d.wettelijkeGrond]}</Badge>{d.grondToelichting && <span className="block text-sm text-slate-700">{d.grondToelichting}</span>}</>
                ) : (
                  <>Toestemming{d.toestemmingVan && <span className="block text-sm text-slate-600">van {d.toestemmingVan}</span>}</>
                ),
            },
            { header: 'Door', cell: (d) => d.doorNaam },
          ]}
        />
      </Section>
    </>
  );
}
