import type { Metadata } from 'next';
import Link from 'next/link';
import { ActieStatusForm, AfsluitenForm, AkkoordForm, HeropenenForm, StapForm } from '@/components/plan/plan-forms';
import { PlanStatusBadge, PlanView } from '@/components/plan/plan-view';
import { readPlan } from '@/components/plan/read-plan';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, Section } from '@/components/ui/page';
import { DataTable } from '@/components/ui/table';
import { requirePagePermission } from '@/lib/auth/session';
import { FASE_LABELS } from '@/lib/domain/casus-transitions';
import { formatDatum, toIsoDate } from '@/lib/domain/dates';
import { DOEL_RESULTAAT_LABELS, EVALUATIE_BESLUIT_LABELS } from '@/lib/domain/labels';
import { getPlan } from '@/lib/server/plan/get-plan';
import { PartnerInbreng } from '@/components/partner/partner-inbreng';
import { getPartnerInbreng } from '@/lib/server/ketenpartner/get-partner-inbreng';
import { partnerConsultVragenAction, voorstelBeoordelenAction, zorgsignaalAfhandelenAction } from './partner-actions';
import { actieStatusAction, afsluitenAction, akkoordAction, heropenenAction, nieuweVersieAction, startPlanAction, terugNaarConceptAction, vaststellenAction, voorleggenAction } from './actions';

export const metadata: Metadata = { title: 'Ondersteuningsplan' };

const MELDINGEN: Record<string, string> = {
  voorgelegd: 'Het plan ligt nu ter akkoord bij het huishouden. Geef het de pdf mee en leg het akkoord vast zodra het huishouden akkoord is.',
  concept: 'Het plan is terug in concept. Een eerder akkoord telt niet meer.',
  akkoord: 'Het akkoord van het huishouden is vastgelegd.',
  vastgesteld: 'Het plan is vastgesteld. Deze versie verandert niet meer; een wijziging wordt een nieuwe versie.',
  geevalueerd: 'De evaluatie is vastgelegd. Het plan loopt door.',
  afgesloten: 'De casus is afgesloten. De waakvlam staat in de werkvoorraad.',
  heropend: 'De casus is heropend, met de hele geschiedenis.',
};

type SearchParams = { versie?: string; melding?: string; aanvragen?: string; opgeslagen?: string };

export default async function PlanPage({ params, searchParams }: { params: Promise<{ huishoudenId: string }>; searchParams: Promise<SearchParams> }) {
  const { huishoudenId } = await params;
  const zoek = await searchParams;
  const actor = await requirePagePermission('dossier:read');
  const versienummer = zoek.versie ? Number(zoek.versie) : undefined;
  const data = await readPlan(huishoudenId, getPlan(actor, huishoudenId, { versienummer }));
  const base = `/huishoudens/${huishoudenId}/plan`;
  const vandaag = toIsoDate(new Date());
  const melding = zoek.melding ? MELDINGEN[zoek.melding] : zoek.opgeslagen ? 'Het concept is opgeslagen.' : null;
  const aanvragen = zoek.aanvragen?.split(',').filter(Boolean) ?? [];

  const casus = data.casus;
  const casusBlok = casus && (casus.afsluiten || casus.heropenen || casus.fase === 'AFGESLOTEN') && (
    <Section title={casus.fase === 'AFGESLOTEN' ? 'Casus afgesloten' : 'Casus afsluiten'}>
      {casus.fase === 'AFGESLOTEN' && (
        <dl className="mb-4 grid gap-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Afgesloten op</dt>
          <dd>{casus.afgeslotenOp ? formatDatum(casus.afgeslotenOp) : '—'}</dd>
          <dt className="font-semibold">Reden</dt>
          <dd>{casus.afsluitreden ?? '—'}</dd>
          <dt className="font-semibold">Waakvlam</dt>
          <dd>{casus.waakvlamOp ? formatDatum(casus.waakvlamOp) : '—'}</dd>
        </dl>
      )}
      {casus.afsluiten && (
        <AfsluitenForm
          action={afsluitenAction}
          fields={{ huishoudenId, casusId: casus.id, version: casus.version }}
          waakvlamStandaard={toIsoDate(data.waakvlamStandaard)}
          reasons={casus.afsluiten}
        />
      )}
      {casus.heropenen && <HeropenenForm action={heropenenAction} fields={{ huishoudenId, casusId: casus.id, version: casus.version }} opties={casus.heropenen} />}
    </Section>
  );

  if (!data.plan) {
    return (
      <>
        <Kop />
        {melding && <Alert variant="success">{melding}</Alert>}
        <Section title="Nog geen plan">
          {data.kanStarten ? (
            <StapForm
              action={startPlanAction}
              fields={{ huishoudenId }}
              label="Plan opstellen"
              uitleg="Maak het plan samen met het huishouden. De vragen uit het keukentafelgesprek staan er al in."
            />
          ) : (
            <EmptyState>
              {casus && casus.fase !== 'AFGESLOTEN'
                ? `Het plan begint als de regie is belegd. De casus is nu in de fase ${FASE_LABELS[casus.fase]}.`
                : 'Er is geen open casus, dus ook geen plan.'}
            </EmptyState>
          )}
        </Section>
        {casusBlok}
      </>
    );
  }

  const { plan } = data;
  const versie = plan.versie;
  const stappen = plan.stappen;
  const stapVelden = { huishoudenId, versieId: versie.id, version: versie.version };

  return (
    <>
      <Kop />
      {melding && (
        <Alert variant="success">
          {melding}
          {aanvragen.length > 0 && (
            <span className="block">
              {aanvragen.length === 1 ? 'Aanvraag' : 'Aanvragen'} {aanvragen.join(', ')} {aanvragen.length === 1 ? 'staat' : 'staan'} klaar bij de backoffice.
            </span>
          )}
        </Alert>
      )}
      {data.kanStarten && (
        <Section title="Nieuwe casus">
          <StapForm action={startPlanAction} fields={{ huishoudenId }} label="Plan opstellen" uitleg="De casus is opnieuw begonnen. Het plan hieronder hoort bij de vorige casus." />
        </Section>
      )}

      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h3 className="text-lg font-bold">Versie {versie.versienummer}</h3>
        <PlanStatusBadge status={versie.status} />
        {!plan.isNieuwste && <span className="text-slate-700">Je bekijkt een eerdere versie.</span>}
        <div className="ml-auto flex flex-wrap gap-2">
          {stappen.bewerken && (
            <Link href={`${base}/bewerken`} className={buttonClasses('primary')}>
              Concept bewerken
            </Link>
          )}
          {stappen.evalueren && (
            <Link href={`${base}/evaluatie`} className={buttonClasses('primary')}>
              Evaluatie vastleggen
            </Link>
          )}
          <a href={`${base}/pdf?versie=${versie.versienummer}`} className={buttonClasses('secondary')}>
            Plan als pdf
          </a>
          {versie.versienummer > 1 && (
            <Link href={`${base}/verschillen?naar=${versie.versienummer}`} className={buttonClasses('secondary')}>
              Wat is er veranderd
            </Link>
          )}
        </div>
      </div>

      {plan.isNieuwste && (stappen.voorleggen || stappen.akkoord || stappen.vaststellen || stappen.nieuweVersie || stappen.terugNaarConcept) && (
        <Section title="Volgende stap">
          {stappen.voorleggen && (
            <StapForm
              action={voorleggenAction}
              fields={stapVelden}
              label="Voorleggen aan het huishouden"
              reasons={stappen.voorleggen}
              uitleg="Het huishouden leest het plan en zegt of het klopt. Zolang het ter akkoord ligt, verandert de tekst niet."
            />
          )}
          {stappen.akkoord && (
            <div className="mb-6">
              <h3 className="mb-2 font-bold">Akkoord van het huishouden</h3>
              <AkkoordForm
                action={akkoordAction}
                fields={stapVelden}
                vandaag={vandaag}
                huidig={{ op: versie.akkoordInwonerOp ? toIsoDate(versie.akkoordInwonerOp) : null, wijze: versie.akkoordWijze }}
              />
            </div>
          )}
          {stappen.vaststellen && (
            <div className="mb-6">
              <h3 className="mb-2 font-bold">Vaststellen</h3>
              <StapForm
                action={vaststellenAction}
                fields={stapVelden}
                label="Plan vaststellen"
                reasons={stappen.vaststellen}
                uitleg="Na vaststellen is het plan bindend voor iedereen en verandert deze versie niet meer. Elk maatwerkonderdeel wordt een aanvraag voor de backoffice."
              />
            </div>
          )}
          {stappen.terugNaarConcept && (
            <StapForm action={terugNaarConceptAction} fields={stapVelden} label="Terug naar concept" variant="secondary" uitleg="Wil het huishouden iets anders? Zet het plan terug naar concept en pas het aan." />
          )}
          {stappen.nieuweVersie && (
            <StapForm
              action={nieuweVersieAction}
              fields={stapVelden}
              label="Nieuwe versie maken"
              variant="secondary"
              uitleg="Deze versie is vastgesteld en verandert niet meer. Een wijziging maak je in een nieuwe versie; deze blijft gelden tot de nieuwe is vastgesteld."
            />
          )}
        </Section>
      )}
      {plan.inBewerking && !stappen.bewerken && plan.isNieuwste === false && (
        <p className="mb-4 text-slate-700">Versie {plan.inBewerking.versienummer} is in bewerking.</p>
      )}

      <PlanView
        versie={versie}
        actieStatus={stappen.actieStatus ? (a) => <ActieStatusForm action={actieStatusAction} huishoudenId={huishoudenId} actieId={a.id} status={a.status} wat={a.wat} /> : undefined}
      />

      <Section title="Versies">
        <DataTable
          caption="Versies van het plan"
          rows={plan.versies}
          rowKey={(v) => v.id}
          columns={[
            { header: 'Versie', cell: (v) => (v.versienummer === versie.versienummer ? `Versie ${v.versienummer} (getoond)` : <Link href={`${base}?versie=${v.versienummer}`}>Versie {v.versienummer}</Link>) },
            { header: 'Status', cell: (v) => <PlanStatusBadge status={v.status} /> },
            { header: 'Opgesteld', cell: (v) => `${formatDatum(v.createdAt)}${v.opgesteldDoor ? ` door ${v.opgesteldDoor}` : ''}` },
            { header: 'Vastgesteld', cell: (v) => (v.vastgesteldOp ? formatDatum(v.vastgesteldOp) : '—') },
            {
              header: 'Verschil',
              cell: (v) => (v.versienummer > 1 ? <Link href={`${base}/verschillen?naar=${v.versienummer}`}>Vergelijk met versie {v.versienummer - 1}</Link> : '—'),
            },
          ]}
        />
      </Section>

      <Section title="Evaluaties">
        {plan.evaluaties.length === 0 ? (
          <EmptyState>Er is nog niet geëvalueerd.</EmptyState>
        ) : (
          <ul className="grid gap-4">
            {plan.evaluaties.map((e) => (
              <li key={e.id} className="rounded border border-slate-200 p-4">
                <p className="font-bold">
                  {formatDatum(e.datum)}: {EVALUATIE_BESLUIT_LABELS[e.besluit]} (versie {e.versienummer})
                </p>
                <p className="text-sm text-slate-700">Door {e.door ?? 'onbekend'}</p>
                {e.toelichting && <p className="mt-1">{e.toelichting}</p>}
                <ul className="mt-2 list-disc pl-5">
                  {e.doelen.map((d) => (
                    <li key={d.omschrijving}>
                      {d.omschrijving}: <span className="font-semibold">{DOEL_RESULTAAT_LABELS[d.resultaat]}</span>
                      {d.toelichting ? `. ${d.toelichting}` : ''}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {casusBlok}
      <PartnerInbreng huishoudenId={huishoudenId} inbreng={await getPartnerInbreng(actor, huishoudenId)} acties={{ zorgsignaalAfhandelen: zorgsignaalAfhandelenAction, voorstelBeoordelen: voorstelBeoordelenAction, consultVragen: partnerConsultVragenAction }} />
    </>
  );
}

function Kop() {
  return (
    <div className="mb-6">
      <h2 className="text-xl font-bold text-slate-900">Ondersteuningsplan</h2>
      <p className="mt-1 max-w-3xl text-slate-700">
        Het plan van het huishouden: doelen in hun eigen woorden, wie wat doet, welke hulp en wanneer jullie evalueren. Een vastgestelde versie
        verandert niet meer; een wijziging wordt een nieuwe versie.
      </p>
    </div>
  );
}
