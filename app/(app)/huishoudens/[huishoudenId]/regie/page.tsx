import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { belastingPerFte } from '@/lib/domain/casusverdeling';
import { formatDatum } from '@/lib/domain/dates';
import { GEBEURTENIS_SOORT_LABELS, REGIEVORM_LABELS, VERZOEK_STATUS_LABELS } from '@/lib/domain/labels';
import { getRegieDossier } from '@/lib/server/regie/get-regie-dossier';
import { DoorzettingsmachtForm, EndRegieForm, OpschalingForm, WijzigRegieForm } from './regie-forms';
import { formatGetal as getal } from '@/lib/domain/getallen';
import { readDossier } from '@/components/dossier/read-dossier';

export const metadata: Metadata = { title: 'Regie' };


async function read(actor: Parameters<typeof getRegieDossier>[0], huishoudenId: string) {
  return readDossier(getRegieDossier(actor, huishoudenId));
}

export default async function RegiePage({ params }: { params: Promise<{ huishoudenId: string }> }) {
  const { huishoudenId } = await params;
  const actor = await requirePagePermission('dossier:read');
  const data = await read(actor, huishoudenId);
  if (!data) return null; // the layout shows "Geen toegang" with break the glass
  const { casus } = data;
  const verzoekenVanCasus = casus ? data.verzoeken.filter((v) => v.casusId === casus.id) : [];
  const openVerzoek = verzoekenVanCasus.find((v) => v.status === 'OPEN');

  return (
    <>
      <div className="mb-6">
        <h2 className="text-xl font-bold text-slate-900">Regie</h2>
        <p className="mt-1 max-w-3xl text-slate-700">
          Eén regisseur in de lead per huishouden. Een procesregisseur heeft de lead als die er is; een casusregisseur staat naast het
          huishouden. Elke wijziging blijft in de geschiedenis: van wie, naar wie, wanneer en waarom.
        </p>
        {casus?.intakeDoor && casus.intakeDoor !== casus.contactpersoon && (
          <p className="mt-2 text-sm text-slate-700">
            {casus.intakeDoor} deed de intake; sinds de regie is overgedragen is {casus.contactpersoon} het aanspreekpunt.
          </p>
        )}
      </div>

      {casus?.fase === 'WACHT_OP_REGIE' && <Alert variant="warning" title="Wacht op regie">Deze casus wacht op een regisseur. De teamleider wijst die toe in de casusverdeling.</Alert>}
      {data.vraagtCasusregisseur && (
        <Alert variant="warning" title="Casusregisseur nodig">Er is een procesregisseur maar nog geen casusregisseur naast het huishouden. Wijs een casusregisseur toe.</Alert>
      )}
      {data.problemen.length > 0 && (
        <Alert variant="error" title="De regie klopt niet">
          <ul className="list-disc pl-5">{data.problemen.map((p) => <li key={p}>{p}</li>)}</ul>
        </Alert>
      )}

      <Section title="Huidige regie">
        <DataTable
          caption="Huidige regie"
          rows={data.huidige}
          rowKey={(h) => h.id}
          empty={<EmptyState>Dit huishouden heeft nu geen regisseur.</EmptyState>}
          columns={[
            { header: 'Regisseur', cell: (h) => <span className="font-semibold">{h.houder}</span> },
            { header: 'Vorm', cell: (h) => REGIEVORM_LABELS[h.vorm] },
            {
              header: 'Rol',
              cell: (h) => (
                <span className="flex flex-wrap gap-1">
                  {h.lead && <Badge tone="info">Lead</Badge>}
                  {h.isMonitoring && <Badge>Houdt de vinger aan de pols</Badge>}
                  {h.isAanbieder && <Badge>Aanbieder</Badge>}
                  {h.uitzonderingReden && <Badge tone="warning">Uitzondering</Badge>}
                  {!h.lead && !h.isMonitoring && !h.uitzonderingReden && h.vorm === 'CASUSREGIE' && <Badge>Naast de procesregisseur</Badge>}
                </span>
              ),
            },
            { header: 'Sinds', cell: (h) => formatDatum(h.vanaf) },
            {
              header: 'Reden',
              cell: (h) => (
                <>
                  {h.reden}
                  {h.uitzonderingReden && <span className="block text-sm text-slate-700">Uitzondering: {h.uitzonderingReden} (akkoord {h.goedgekeurdDoor})</span>}
                </>
              ),
            },
            ...(data.mag.toewijzen && data.huidige.length > 1
              ? [{ header: 'Actie', cell: (h: (typeof data.huidige)[number]) => <EndRegieForm huishoudenId={huishoudenId} toewijzingId={h.id} version={h.version} label={`${REGIEVORM_LABELS[h.vorm].toLowerCase()} van ${h.houder}`} /> }]
              : []),
          ]}
        />
      </Section>


      <Section title="Geschiedenis van de regie">
        <DataTable
          caption="Geschiedenis van de regie: van wie, naar wie, wanneer en waarom"
          rows={data.geschiedenis}
          rowKey={(g) => g.id}
          empty={<EmptyState>Er is nog nooit regie toegewezen.</EmptyState>}
          columns={[
            { header: 'Van', cell: (g) => formatDatum(g.vanaf) },
            { header: 'Tot', cell: (g) => (g.tot ? formatDatum(g.tot) : <Badge tone="success">Nu</Badge>) },
            { header: 'Regisseur', cell: (g) => <>{g.houder}{g.vervangt && <span className="block text-sm text-slate-600">na {g.vervangt}</span>}</> },
            { header: 'Vorm', cell: (g) => `${REGIEVORM_LABELS[g.vorm]}${g.lead ? ' (lead)' : ''}` },
            { header: 'Waarom', cell: (g) => <>{g.reden}{g.uitzonderingReden && <span className="block text-sm">Uitzondering: {g.uitzonderingReden}</span>}</> },
            { header: 'Einde', cell: (g) => g.eindreden ?? '—' },
            { header: 'Door', cell: (g) => g.toegewezenDoor ?? '—' },
          ]}
        />
      </Section>

      {casus && (data.mag.opschalen || verzoekenVanCasus.length > 0) && (
        <Section title="Opschalen naar procesregie">
          {openVerzoek && (
            <Alert variant="info" title="Verzoek ligt bij de teamleider">
              {openVerzoek.aangevraagdDoor} vroeg op {formatDatum(openVerzoek.createdAt)} om op te schalen.
            </Alert>
          )}
          {data.mag.opschalen && <OpschalingForm huishoudenId={huishoudenId} casusId={casus.id} />}
          {verzoekenVanCasus.length > 0 && (
            <div className="mt-4">
              <DataTable
                caption="Verzoeken om op te schalen"
                rows={verzoekenVanCasus}
                rowKey={(v) => v.id}
                columns={[
                  { header: 'Gevraagd', cell: (v) => <>{formatDatum(v.createdAt)}<span className="block text-sm text-slate-600">{v.aangevraagdDoor}</span></> },
                  { header: 'Reden', cell: (v) => v.reden },
                  { header: 'Status', cell: (v) => <Badge tone={v.status === 'OPEN' ? 'warning' : v.status === 'TOEGEKEND' ? 'success' : 'neutral'}>{VERZOEK_STATUS_LABELS[v.status]}</Badge> },
                  { header: 'Besluit', cell: (v) => (v.besluitOp ? <>{formatDatum(v.besluitOp)} door {v.besluitDoor}{v.besluitToelichting && <span className="block text-sm">{v.besluitToelichting}</span>}</> : '—') },
                ]}
              />
            </div>
          )}
        </Section>
      )}

      {(data.mag.doorzettingsmacht || data.gebeurtenissen.length > 0) && (
        <Section title="Doorzettingsmacht en opschaling">
          {data.gebeurtenissen.length > 0 && (
            <ul className="mb-4 space-y-2">
              {data.gebeurtenissen.map((g) => (
                <li key={g.id} className="border-l-4 border-brand-600 pl-3">
                  <span className="font-semibold">{GEBEURTENIS_SOORT_LABELS[g.soort]}</span> · {formatDatum(g.op)} · {g.door}
                  <span className="block">{g.omschrijving}</span>
                </li>
              ))}
            </ul>
          )}
          {data.mag.doorzettingsmacht && casus && <DoorzettingsmachtForm huishoudenId={huishoudenId} casusId={casus.id} />}
        </Section>
      )}


      {data.mag.toewijzen && casus && (
        <Section title="Regie wijzigen">
          <WijzigRegieForm
            huishoudenId={huishoudenId}
            casusId={casus.id}
            version={casus.version}
            aanbieders={data.aanbieders}
            teamleden={data.teamleden.map((t) => {
              const fte = belastingPerFte(t.caseload.weighted, t.beschikbaarheid);
              return {
                id: t.id,
                label: `${t.naam} (${t.caseload.count} casussen, gewogen ${getal(t.caseload.weighted)}${fte === null ? '' : `, ${getal(fte)} per fte`}${t.procesregieMandaat ? ', mandaat procesregie' : ''})`,
              };
            })}
          />
        </Section>
      )}
    </>
  );
}
