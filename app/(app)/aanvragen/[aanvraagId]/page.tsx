import type { Metadata } from 'next';
import { TermijnUitleg } from '@/components/termijn-uitleg';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { HervattenForm, OpschortenForm, VerdagenForm } from '@/components/beschikking/aanvraag-forms';
import { TermijnBadge } from '@/components/beschikking/termijn-badge';
import { getActorGemeente, requirePagePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { beschikkingTermDays } from '@/lib/domain/deadlines';
import { isOpenAanvraag } from '@/lib/domain/aanvraag-termijn';
import { AANVRAAG_STATUS_LABELS, BESCHIKKING_STATUS_LABELS, BESLUIT_SOORT_LABELS, LEVERINGSVORM_LABELS, WET_LABELS } from '@/lib/domain/labels';
import { formatPostcode } from '@/lib/domain/postcode';
import { getAanvraag } from '@/lib/server/aanvraag/get-aanvraag';
import { opschortingWeergave } from '@/lib/domain/opschorting-weergave';
import { readOrRefuse } from '@/lib/auth/refuse';
import { hervattenAction, opschortenAction, verdagenAction } from '../actions';

export const metadata: Metadata = { title: 'Aanvraag' };

export default async function AanvraagPage({ params, searchParams }: { params: Promise<{ aanvraagId: string }>; searchParams: Promise<{ melding?: string }> }) {
  const { aanvraagId } = await params;
  const { melding } = await searchParams;
  const actor = await requirePagePermission('aanvraag:read');
  const data = await readOrRefuse(getAanvraag(actor, aanvraagId));
  const gemeente = await getActorGemeente(actor);
  const { aanvraag, termijn, acties, huishouden } = data;
  const open = isOpenAanvraag(aanvraag.status);
  const vandaag = toIsoDate(new Date());
  const openOpschorting = aanvraag.opschortingen.find((o) => o.tot === null);

  return (
    <>
      <PageHeader
        title={`Aanvraag ${aanvraag.nummer}`}
        description={<>{data.product.code} {data.product.naam} · {WET_LABELS[aanvraag.wet]} · {data.inwoner.naam}</>}
        actions={can(actor, 'dossier:read') ? <Link href={`/huishoudens/${huishouden.id}/beschikkingen`} className={buttonClasses('secondary', 'no-underline')}>Naar het dossier</Link> : undefined}
      />
      {melding === 'geregistreerd' && (
        <Alert variant="success" title="De schriftelijke aanvraag is geregistreerd">
          De beslistermijn loopt vanaf de ontvangst op {formatDatum(aanvraag.ontvangenOp)}: uiterlijk beslissen op {formatDatum(termijn.uiterlijk)}.
        </Alert>
      )}
      {melding === 'opgeschort' && termijn.opgeschort && <Alert variant="success">De termijn is opgeschort. De uiterlijke beslisdatum schuift op zolang de opschorting loopt.</Alert>}
      {melding === 'hervat' && !termijn.opgeschort && <Alert variant="success">De termijn loopt weer. Uiterlijk beslissen: {formatDatum(termijn.uiterlijk)}.</Alert>}
      {melding === 'verdaagd' && aanvraag.verdaagdOp && (
        <Alert variant="success">
          De beslistermijn is verdaagd tot {formatDatum(termijn.uiterlijk)}. De <a href={`/aanvragen/${aanvraag.id}/verdagingsbrief`}>verdagingsbrief</a> voor de inwoner staat in het dossier.
        </Alert>
      )}
      {open && termijn.status === 'OVERDUE' && !termijn.opgeschort && (
        <Alert variant="error" title="De beslistermijn is verstreken">
          Uiterlijk op {formatDatum(termijn.uiterlijk)} had een besluit genomen moeten zijn. Beslis zo snel mogelijk; de inwoner kan de gemeente in gebreke stellen.
        </Alert>
      )}

      <Section title="Aanvraag">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Status</dt>
          <dd><Badge tone={aanvraag.status === 'BESCHIKT' ? 'success' : 'neutral'}>{AANVRAAG_STATUS_LABELS[aanvraag.status]}</Badge>{data.behandelaar && <> · behandelaar {data.behandelaar}</>}</dd>
          <dt className="font-semibold">Inwoner</dt>
          <dd>{data.inwoner.naam}{data.inwoner.geboortedatum && <>, geboren {formatDatum(data.inwoner.geboortedatum)}</>}</dd>
          <dt className="font-semibold">Adres</dt>
          <dd>{huishouden.straat} {huishouden.huisnummer}{huishouden.huisnummerToevoeging ?? ''}, {formatPostcode(huishouden.postcode)} {huishouden.woonplaats}</dd>
          <dt className="font-semibold">Gevraagd product</dt>
          <dd><span className="font-mono">{data.product.code}</span> {data.product.naam} (categorie {data.product.categorie})</dd>
          <dt className="font-semibold">Leveringsvorm</dt>
          <dd>{LEVERINGSVORM_LABELS[aanvraag.leveringsvorm]}</dd>
          <dt className="font-semibold">Binnengekomen</dt>
          <dd>
            {aanvraag.schriftelijk ? <>Per brief, geregistreerd op {formatDatum(aanvraag.createdAt)}</> : 'Uit het vastgestelde ondersteuningsplan'}
            {aanvraag.registratieReden && <span className="block text-sm text-slate-700">Later geregistreerd: {aanvraag.registratieReden}</span>}
          </dd>
          {aanvraag.toelichting && (<><dt className="font-semibold">Toelichting</dt><dd>{aanvraag.toelichting}</dd></>)}
          {data.plan && (
            <>
              <dt className="font-semibold">Uit het plan</dt>
              <dd>
                Versie {data.plan.planVersie.versienummer}{data.plan.planVersie.vastgesteldOp && <>, vastgesteld {formatDatum(data.plan.planVersie.vastgesteldOp)}</>}: {data.plan.omschrijving}
                {data.plan.overwegingToelichting && <span className="block text-sm text-slate-700">Voorliggend overwogen: {data.plan.overwegingToelichting}</span>}
              </dd>
            </>
          )}
        </dl>
      </Section>

      <Section title="Beslistermijn">
        <dl className="mb-4 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Ontvangen</dt>
          <dd>{formatDatum(aanvraag.ontvangenOp)}</dd>
          <dt className="font-semibold">Termijn</dt>
          <dd>
            {beschikkingTermDays(aanvraag.wet, gemeente)} dagen ({aanvraag.wet === 'WMO' ? 'Wmo 2015 art. 2.3.5' : 'Awb 4:13'})
            {termijn.dagenOpgeschort > 0 && <>, plus {termijn.dagenOpgeschort} {termijn.dagenOpgeschort === 1 ? 'dag' : 'dagen'} opgeschort</>}
            {aanvraag.verdagingDagen && <>, plus {aanvraag.verdagingDagen} dagen verdaagd</>}
          </dd>
          <dt className="font-semibold">Uiterlijk beslissen</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {formatDatum(termijn.uiterlijk)} {open && <TermijnBadge termijn={termijn} />}
            {termijn.opgeschort && <span className="text-sm text-slate-700">(schuift op zolang de opschorting loopt)</span>}
            <span className="basis-full"><TermijnUitleg uitleg={termijn.uitleg} /></span>
          </dd>
          {aanvraag.verdaagdOp && (
            <>
              <dt className="font-semibold">Verdaagd</dt>
              <dd>
                Op {formatDatum(aanvraag.verdaagdOp)} met {aanvraag.verdagingDagen} dagen: {aanvraag.verdagingReden}
                {data.verdagingsbriefId && <> · <a href={`/aanvragen/${aanvraag.id}/verdagingsbrief`}>Verdagingsbrief (pdf)</a></>}
              </dd>
            </>
          )}
        </dl>
        {aanvraag.opschortingen.length > 0 && (
          <DataTable
            caption="Opschortingen"
            rows={aanvraag.opschortingen}
            rowKey={(o) => o.id}
            columns={[
              { header: 'Opgeschort', cell: (o) => opschortingWeergave(o).periode },
              { header: 'Termijn loopt weer', cell: (o) => (o.tot ? opschortingWeergave(o).hervat : <Badge tone="warning">Nog opgeschort</Badge>) },
              { header: 'Reden', cell: (o) => o.reden },
              { header: 'Door', cell: (o) => o.door },
            ]}
          />
        )}
        {(acties.opschorten || acties.hervatten || acties.verdagen) && (
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            {acties.opschorten && (
              <div>
                <h3 className="mb-2 font-bold">Termijn opschorten</h3>
                <p className="mb-3 text-sm text-slate-700">Wacht je op informatie van de inwoner? Dan telt die tijd niet mee (Awb 4:15).</p>
                <OpschortenForm action={opschortenAction} aanvraagId={aanvraag.id} version={aanvraag.version} vandaag={vandaag} />
              </div>
            )}
            {acties.hervatten && openOpschorting && (
              <div>
                <h3 className="mb-2 font-bold">Termijn hervatten</h3>
                <p className="mb-3 text-sm text-slate-700">Opgeschort sinds {formatDatum(openOpschorting.van)}: {openOpschorting.reden}</p>
                <HervattenForm action={hervattenAction} aanvraagId={aanvraag.id} version={aanvraag.version} vandaag={vandaag} />
              </div>
            )}
            {acties.verdagen && (
              <div>
                <h3 className="mb-2 font-bold">Beslistermijn verdagen</h3>
                <p className="mb-3 text-sm text-slate-700">Eén keer, vóór de termijn verloopt, met een brief aan de inwoner (Awb 4:14).</p>
                <VerdagenForm action={verdagenAction} aanvraagId={aanvraag.id} version={aanvraag.version} />
              </div>
            )}
          </div>
        )}
        {open && !acties.verdagen && acties.verdagenWaarom && can(actor, 'aanvraag:behandelen') && <p className="mt-4 text-sm text-slate-700">Verdagen kan niet: {acties.verdagenWaarom}</p>}
      </Section>

      <Section
        title="Besluit"
        actions={
          acties.beschikkingOpstellen ? (
            <Link href={`/aanvragen/${aanvraag.id}/beschikking`} className={buttonClasses('primary', 'no-underline')}>Beschikking opstellen</Link>
          ) : acties.lopendConceptId ? (
            <Link href={`/beschikkingen/${acties.lopendConceptId}`} className={buttonClasses('secondary', 'no-underline')}>Naar het concept</Link>
          ) : undefined
        }
      >
        <DataTable
          caption="Besluiten op deze aanvraag"
          rows={data.beschikkingen}
          rowKey={(b) => b.id}
          empty={<EmptyState>Er is nog geen besluit op deze aanvraag.</EmptyState>}
          columns={[
            { header: 'Beschikking', cell: (b) => <Link href={`/beschikkingen/${b.id}`} className="font-mono">{b.identificatie}</Link> },
            { header: 'Besluit', cell: (b) => BESLUIT_SOORT_LABELS[b.besluit] },
            { header: 'Status', cell: (b) => <Badge tone={b.status === 'VERVALLEN' ? 'neutral' : b.status === 'CONCEPT' ? 'info' : 'success'}>{BESCHIKKING_STATUS_LABELS[b.status]}</Badge> },
            { header: 'Datum', cell: (b) => (b.datum ? formatDatum(b.datum) : '—') },
            { header: 'Verzonden', cell: (b) => (b.verzenddatum ? formatDatum(b.verzenddatum) : '—') },
          ]}
        />
      </Section>
    </>
  );
}
